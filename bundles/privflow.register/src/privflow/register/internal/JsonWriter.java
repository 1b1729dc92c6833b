// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import privflow.model.io.AtomicFile;
import privflow.register.Register;
import privflow.register.Register.Section;

/**
 * JSON of schema {@code privflow-register/2} (docs/register-json.md): the register's title,
 * language and date, then each section with its columns and its rows as objects keyed by column id;
 * a cell with several values is an array.
 */
public final class JsonWriter {

    /** The schema id written into every file; a new version when the structure changes. */
    public static final String SCHEMA = "privflow-register/2"; //$NON-NLS-1$

    private JsonWriter() {
    }

    public static void write(Register register, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            com.google.gson.stream.JsonWriter json = new com.google.gson.stream.JsonWriter(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8));
            json.setIndent("  "); //$NON-NLS-1$
            json.beginObject();
            json.name("schema").value(SCHEMA); //$NON-NLS-1$
            json.name("title").value(register.title()); //$NON-NLS-1$
            json.name("subtitle").value(register.subtitle()); //$NON-NLS-1$
            json.name("language").value(register.locale().getLanguage()); //$NON-NLS-1$
            json.name("date").value(register.date().toString()); //$NON-NLS-1$
            json.name("sections").beginArray(); //$NON-NLS-1$
            for (Section section : register.sections()) {
                writeSection(json, section);
            }
            json.endArray();
            json.endObject();
            json.flush();
            out.write('\n');
        });
    }

    private static void writeSection(com.google.gson.stream.JsonWriter json, Section section) throws IOException {
        json.beginObject();
        json.name("id").value(section.id()); //$NON-NLS-1$
        json.name("title").value(section.title()); //$NON-NLS-1$
        json.name("columns").beginArray(); //$NON-NLS-1$
        for (Register.Column column : section.columns()) {
            json.beginObject().name("id").value(column.id()).name("title").value(column.title()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        json.endArray();
        json.name("rows").beginArray(); //$NON-NLS-1$
        for (List<Object> row : section.rows()) {
            json.beginObject();
            for (int i = 0; i < row.size(); i++) {
                json.name(section.columns().get(i).id());
                Object cell = row.get(i);
                if (cell instanceof List<?>) {
                    json.beginArray();
                    for (String value : Cells.values(cell)) {
                        json.value(value);
                    }
                    json.endArray();
                } else {
                    json.value(Cells.text(cell));
                }
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
}
