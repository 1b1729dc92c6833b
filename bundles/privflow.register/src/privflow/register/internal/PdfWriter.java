// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import privflow.model.io.AtomicFile;
import privflow.register.Register;
import privflow.register.Register.Section;

/**
 * PDF rendered from the register's HTML with openhtmltopdf, the DejaVu fonts embedded (so that
 * Finnish and every other Latin text renders the same everywhere), and the document's dates and id
 * fixed from the register's date and content, so the same register gives the same bytes. It is
 * written with a classic cross-reference table: PDFBox's compressed cross-reference stream gives
 * a trailer size that readers such as qpdf warn about.
 */
public final class PdfWriter {

    private static final String FAMILY = "DejaVu Sans"; //$NON-NLS-1$

    /** Rows laid out at once; above this the register is rendered in parts. */
    static final int CHUNK_ROWS = 800;

    private PdfWriter() {
    }

    public static void write(Register register, Path file) throws IOException {
        int rows = register.sections().stream().mapToInt(sec -> sec.rows().size()).sum();
        if (rows <= CHUNK_ROWS) {
            String html = HtmlWriter.render(register, false);
            AtomicFile.write(file, out -> {
                try (PdfBoxRenderer renderer = renderer(html)) {
                    renderer.createPDFWithoutClosing();
                    PDDocument document = renderer.getPdfDocument();
                    fixMetadata(document, register, html);
                    document.save(out, CompressParameters.NO_COMPRESSION);
                }
            });
        } else {
            writeInParts(register, file);
        }
    }

    /**
     * A large register is laid out in parts (the front matter, then at most {@link #CHUNK_ROWS} rows
     * of a section at a time) whose pages are then joined, so time and memory grow with the rows
     * instead of with the square of one huge table.
     */
    private static void writeInParts(Register register, Path file) throws IOException {
        Path dir = AtomicFile.scratchFolder(file);
        List<Path> parts = new ArrayList<>();
        MessageDigest digest = sha256();
        try {
            parts.add(renderPart(dir, parts.size(), HtmlWriter.renderPart(register, null, true), digest));
            for (Section section : register.sections()) {
                int size = HtmlWriter.asCards(section) ? CHUNK_ROWS / 8 : CHUNK_ROWS;
                int from = 0;
                do {
                    List<List<Object>> rows = section.rows().subList(from, Math.min(section.rows().size(), from + size));
                    Section part = new Section(section.id(), section.title(), section.sheetName(), section.columns(), rows);
                    parts.add(renderPart(dir, parts.size(), HtmlWriter.renderPart(register, part, from == 0), digest));
                    from += size;
                } while (from < section.rows().size());
            }
            byte[] id = Arrays.copyOf(digest.digest(), 16);
            AtomicFile.write(file, out -> {
                List<PDDocument> open = new ArrayList<>();
                try (PDDocument joined = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                    PDFMergerUtility merger = new PDFMergerUtility();
                    for (Path part : parts) {
                        PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(part.toFile()),
                                IOUtils.createTempFileOnlyStreamCache());
                        open.add(document);
                        merger.appendDocument(joined, document);
                    }
                    fixMetadata(joined, register, id);
                    joined.save(out, CompressParameters.NO_COMPRESSION);
                } finally {
                    for (PDDocument document : open) {
                        document.close();
                    }
                }
            });
        } finally {
            AtomicFile.deleteScratchFolder(dir);
        }
    }

    private static Path renderPart(Path dir, int index, String html, MessageDigest digest) throws IOException {
        digest.update(html.getBytes(StandardCharsets.UTF_8));
        Path part = dir.resolve(index + ".pdf"); //$NON-NLS-1$
        try (OutputStream out = Files.newOutputStream(part); PdfBoxRenderer renderer = renderer(html)) {
            renderer.createPDFWithoutClosing();
            renderer.getPdfDocument().save(out);
        }
        return part;
    }

    private static PdfBoxRenderer renderer(String html) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true); //$NON-NLS-1$
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true); //$NON-NLS-1$
        builder.withProducer("privflow"); //$NON-NLS-1$
        return builder.buildPdfRenderer();
    }

    private static InputStream font(String name) {
        InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream("fonts/" + name); //$NON-NLS-1$
        if (in == null) {
            throw new IllegalStateException("fonts/" + name + " is missing from privflow.register"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return in;
    }

    private static void fixMetadata(PDDocument document, Register register, String html) {
        fixMetadata(document, register, Arrays.copyOf(sha256().digest(html.getBytes(StandardCharsets.UTF_8)), 16));
    }

    private static void fixMetadata(PDDocument document, Register register, byte[] id) {
        PDDocumentInformation info = document.getDocumentInformation();
        Calendar date = GregorianCalendar.from(register.date().atStartOfDay(ZoneOffset.UTC));
        date.setTimeZone(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setTitle(register.title() + " \u2013 " + register.subtitle()); //$NON-NLS-1$
        info.setCreator("privflow"); //$NON-NLS-1$
        info.setProducer("privflow"); //$NON-NLS-1$
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
