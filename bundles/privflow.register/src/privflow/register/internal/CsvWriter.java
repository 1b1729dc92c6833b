// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import privflow.model.io.AtomicFile;
import privflow.model.io.AtomicFolder;
import privflow.register.Register;
import privflow.register.Register.Column;
import privflow.register.Register.Section;

/**
 * RFC 4180 CSV in UTF-8 (CRLF line ends, fields quoted when needed), one file per section named
 * {@code <section id>.csv}, in the output folder. Several values in a cell are separated by line
 * breaks inside the quoted field; formula-like texts are neutralised.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /**
     * Writes the sections' files into {@code folder}: readers see either all of the previous files
     * or all of the new ones; other files in the folder stay.
     */
    public static void write(Register register, Path folder) throws IOException {
        Map<String, AtomicFile.Content> files = new LinkedHashMap<>();
        for (Section section : register.sections()) {
            files.put(section.id() + ".csv", out -> { //$NON-NLS-1$
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
                List<String> header = new ArrayList<>();
                for (Column column : section.columns()) {
                    header.add(Cells.neutralised(column.title()));
                }
                printer.printRecord(header);
                for (List<Object> row : section.rows()) {
                    List<String> cells = new ArrayList<>(row.size());
                    for (Object cell : row) {
                        cells.add(Cells.neutralised(Cells.text(cell)));
                    }
                    printer.printRecord(cells);
                }
                printer.flush();
            });
        }
        AtomicFolder.write(folder, files);
    }
}
