// SPDX-License-Identifier: EPL-2.0
package privflow.register;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import privflow.register.internal.CsvWriter;
import privflow.register.internal.DocxWriter;
import privflow.register.internal.HtmlWriter;
import privflow.register.internal.JsonWriter;
import privflow.register.internal.PdfWriter;
import privflow.register.internal.XlsxWriter;

/**
 * The formats the register is written in. Every writer produces the same bytes for the same
 * register, and replaces its output atomically (a failed or cancelled export leaves no
 * half-written file).
 */
public enum RegisterFormat {
    /** One workbook, a sheet a section; streamed, so memory does not grow with the rows. */
    XLSX("xlsx"), //$NON-NLS-1$
    /** RFC 4180, UTF-8: one file per section, {@code <section id>.csv}, in the output folder. */
    CSV("csv"), //$NON-NLS-1$
    /** One self-contained HTML file with a table of contents and print styles. */
    HTML("html"), //$NON-NLS-1$
    /** PDF/A-2u and PDF/UA-1: tagged, DejaVu fonts embedded, laid out page by page with the HTML's look. */
    PDF("pdf"), //$NON-NLS-1$
    /** A Word document: headings, a table of contents, tables with repeated header rows, page numbers. */
    DOCX("docx"), //$NON-NLS-1$
    /** JSON with a versioned schema ({@code privflow-register/2}, see docs/register-json.md). */
    JSON("json"); //$NON-NLS-1$

    private final String extension;

    RegisterFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file extension, e.g. {@code xlsx} */
    public String extension() {
        return extension;
    }

    /** @return the format for a name or extension such as {@code xlsx}, or {@code null} */
    public static RegisterFormat byName(String name) {
        for (RegisterFormat f : values()) {
            if (f.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }

    /**
     * Writes {@code register} to {@code out}: a file, or for CSV a folder.
     */
    public void write(Register register, Path out) throws IOException {
        switch (this) {
            case XLSX -> XlsxWriter.write(register, out);
            case CSV -> CsvWriter.write(register, out);
            case HTML -> HtmlWriter.write(register, out);
            case PDF -> PdfWriter.write(register, out);
            case DOCX -> DocxWriter.write(register, out);
            case JSON -> JsonWriter.write(register, out);
        }
    }
}
