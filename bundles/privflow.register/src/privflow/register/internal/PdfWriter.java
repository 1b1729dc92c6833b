// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import privflow.model.io.AtomicFile;
import privflow.register.Register;

/**
 * PDF rendered from the register's HTML with openhtmltopdf, the DejaVu fonts embedded (so that
 * Finnish and every other Latin text renders the same everywhere), and the document's dates and id
 * fixed from the register's date and content, so the same register gives the same bytes.
 */
public final class PdfWriter {

    private static final String FAMILY = "DejaVu Sans"; //$NON-NLS-1$

    private PdfWriter() {
    }

    public static void write(Register register, Path file) throws IOException {
        String html = HtmlWriter.render(register);
        AtomicFile.write(file, out -> {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true); //$NON-NLS-1$
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true); //$NON-NLS-1$
            builder.withProducer("privflow"); //$NON-NLS-1$
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                PDDocument document = renderer.getPdfDocument();
                fixMetadata(document, register, html);
                document.save(out);
            }
        });
    }

    private static InputStream font(String name) {
        InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream("fonts/" + name); //$NON-NLS-1$
        if (in == null) {
            throw new IllegalStateException("fonts/" + name + " is missing from privflow.register"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return in;
    }

    private static void fixMetadata(PDDocument document, Register register, String html) {
        PDDocumentInformation info = document.getDocumentInformation();
        Calendar date = GregorianCalendar.from(register.date().atStartOfDay(ZoneOffset.UTC));
        date.setTimeZone(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setTitle(register.title() + " \u2013 " + register.subtitle()); //$NON-NLS-1$
        info.setCreator("privflow"); //$NON-NLS-1$
        info.setProducer("privflow"); //$NON-NLS-1$
        byte[] id = Arrays.copyOf(sha256(html), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
