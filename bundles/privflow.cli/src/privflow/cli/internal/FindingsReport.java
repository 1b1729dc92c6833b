// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import com.google.gson.stream.JsonWriter;

/** Writes the findings of checked models in one output format, in one language. */
abstract class FindingsReport {

    /** The language of the messages. */
    final Locale locale;
    /** From which severity an open finding fails the check. */
    final Threshold threshold;

    FindingsReport(Locale locale, Threshold threshold) {
        this.locale = locale;
        this.threshold = threshold;
    }

    /** Writes the findings of {@code models}, analysed with {@code options}, to {@code out}. */
    abstract void write(List<CheckedModel> models, ModelOptions options, Writer out) throws IOException;

    /** @return a JSON writer to {@code out} as the JSON formats write: indented, no HTML escaping */
    static JsonWriter json(Writer out) {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  "); //$NON-NLS-1$
        json.setHtmlSafe(false);
        return json;
    }
}
