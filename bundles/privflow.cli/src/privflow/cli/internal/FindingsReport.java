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

    /** What a previous version found, or {@code null} without {@code --baseline}. */
    Baseline baseline;
    /** Whether only new and updated findings fail the check ({@code --new-only}). */
    boolean newOnly;

    /** @return this report, comparing with {@code baseline} (or not, if {@code null}) */
    FindingsReport comparedWith(Baseline baseline, boolean newOnly) {
        this.baseline = baseline;
        this.newOnly = newOnly;
        return this;
    }

    /**
     * @return whether {@code f} fails the check: open at or above the threshold and, with
     *         {@code --new-only}, new or updated since the baseline
     */
    boolean fails(privflow.core.Finding f) {
        return fails(f, threshold, baseline, newOnly);
    }

    /** @return whether {@code f} fails a check with {@code threshold} and, if given, a baseline */
    static boolean fails(privflow.core.Finding f, Threshold threshold, Baseline baseline, boolean newOnly) {
        if (!threshold.fails(f)) {
            return false;
        }
        return !newOnly || baseline == null || baseline.stateOf(f) != Baseline.State.UNCHANGED;
    }

    /** @return all findings of {@code models} analysed with {@code options} */
    static List<privflow.core.Finding> all(List<CheckedModel> models, ModelOptions options) {
        List<privflow.core.Finding> all = new java.util.ArrayList<>();
        for (CheckedModel model : models) {
            all.addAll(model.analyse(options).findings());
        }
        return all;
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
