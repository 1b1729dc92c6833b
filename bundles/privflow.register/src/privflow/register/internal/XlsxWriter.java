// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import privflow.model.io.AtomicFile;
import privflow.register.Register;
import privflow.register.Register.Section;

/**
 * A workbook with a sheet per section, written with fastexcel's streaming writer (rows are flushed
 * as they are written, so memory does not grow with the register): a bold, frozen header row with
 * an autofilter, wrapped text, column widths by content, landscape pages that repeat the header
 * row. Formula-like texts are neutralised and every cell is written as an inline string (a shared
 * string table would hold every distinct text of the register in memory until the end).
 */
public final class XlsxWriter {

    private static final int FLUSH_EVERY = 512;

    private XlsxWriter() {
    }

    public static void write(Register register, Path file) throws IOException {
        Path streamed = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream out = Files.newOutputStream(streamed)) {
                Workbook workbook = new Workbook(out, "privflow", "0.1"); //$NON-NLS-1$ //$NON-NLS-2$
                workbook.properties().setTitle(register.title()).setSubject(register.subtitle());
                for (Section section : register.sections()) {
                    writeSheet(workbook.newWorksheet(section.sheetName()), section, register.locale());
                }
                workbook.finish();
            }
            AtomicFile.write(file, out -> normalise(streamed, out, register.date()));
        } finally {
            Files.deleteIfExists(streamed);
        }
    }

    /**
     * Copies the workbook entry by entry (streaming, like the writer), with every entry's time and
     * the document's creation time set to the register's date: fastexcel stamps both with the wall
     * clock, and the same register must give the same bytes.
     */
    private static void normalise(Path workbook, OutputStream out, LocalDate date) throws IOException {
        LocalDateTime time = date.atStartOfDay();
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipFile in = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                zip.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    if ("docProps/core.xml".equals(entry.getName())) { //$NON-NLS-1$
                        String core = new String(content.readAllBytes(), StandardCharsets.UTF_8);
                        core = CREATED.matcher(core).replaceAll("$1" + date + "T00:00:00Z$2"); //$NON-NLS-1$ //$NON-NLS-2$
                        zip.write(core.getBytes(StandardCharsets.UTF_8));
                    } else {
                        content.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)"); //$NON-NLS-1$

    private static void writeSheet(Worksheet sheet, Section section, java.util.Locale locale) throws IOException {
        int columns = section.columns().size();
        // Sheet settings first: the streaming writer emits them before the first rows it flushes.
        sheet.freezePane(0, 1);
        sheet.repeatRows(0);
        sheet.pageOrientation("landscape"); //$NON-NLS-1$
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        for (int c = 0; c < columns; c++) {
            sheet.inlineString(0, c, Cells.neutralised(section.columns().get(c).title()));
            sheet.width(c, width(section, c));
        }
        sheet.range(0, 0, 0, columns - 1).style().bold().fillColor("E8EEF7").wrapText(true).verticalAlignment("top").set(); //$NON-NLS-1$ //$NON-NLS-2$
        int r = 1;
        for (List<Object> row : section.rows()) {
            for (int c = 0; c < row.size(); c++) {
                sheet.inlineString(r, c, Cells.neutralised(Cells.text(row.get(c), locale)));
            }
            sheet.range(r, 0, r, columns - 1).style().wrapText(true).verticalAlignment("top").set(); //$NON-NLS-1$
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
            r++;
        }
        sheet.setAutoFilter(0, 0, Math.max(0, r - 1), columns - 1);
        sheet.finish();
    }

    /** @return a width between 12 and 60 characters, from the header and the first rows */
    private static double width(Section section, int column) {
        int longest = section.columns().get(column).title().length();
        int sampled = 0;
        for (List<Object> row : section.rows()) {
            for (String value : Cells.values(row.get(column))) {
                longest = Math.max(longest, value.length());
            }
            if (++sampled == 200) {
                break;
            }
        }
        return Math.max(12, Math.min(60, longest + 2));
    }
}
