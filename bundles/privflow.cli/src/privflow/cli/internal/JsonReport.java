// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.stream.JsonWriter;

import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.Severity;
import privflow.model.Identified;
import privflow.model.ReviewDecision;
import privflow.model.io.ElementPositions;
import privflow.core.Transfer;
import privflow.edit.Labels;

/**
 * {@code check --format json}: schema {@code privflow-check/1} (docs/check-json.md). Deterministic:
 * the same models give the same bytes.
 */
final class JsonReport extends FindingsReport {

    /** The schema id written into every output; bump it on an incompatible change. */
    static final String SCHEMA = "privflow-check/1"; //$NON-NLS-1$

    JsonReport(Locale locale, Threshold threshold) {
        super(locale, threshold);
    }

    @Override
    void write(List<CheckedModel> models, ModelOptions options, Writer out) throws IOException {
        JsonWriter json = json(out);
        json.beginObject();
        json.name("schema").value(SCHEMA); //$NON-NLS-1$
        json.name("tool").beginObject().name("name").value("privflow").name("version").value(Version.number()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        json.name("language").value(locale.getLanguage()); //$NON-NLS-1$
        json.name("failOn").value(threshold.id()); //$NON-NLS-1$
        json.name("models").beginArray(); //$NON-NLS-1$
        int failing = 0;
        for (CheckedModel model : models) {
            AnalysisResult result = model.analyse(options);
            json.beginObject();
            json.name("file").value(model.name()); //$NON-NLS-1$
            json.name("name").value(model.model().getName()); //$NON-NLS-1$
            json.name("asOf").value(String.valueOf(result.asOf())); //$NON-NLS-1$
            json.name("catalogueAsOf").value(String.valueOf(result.facts().asOf())); //$NON-NLS-1$
            json.name("scenario"); //$NON-NLS-1$
            if (result.facts().scenario() == null) {
                json.nullValue();
            } else {
                json.value(result.facts().scenario().getKey());
            }
            json.name("open").beginObject(); //$NON-NLS-1$
            for (Severity s : Severity.values()) {
                json.name(s.id()).value(result.openCounts().get(s));
            }
            json.endObject();
            json.name("transfers").value(result.transfers().size()); //$NON-NLS-1$
            json.endObject();
            for (Finding f : result.findings()) {
                if (fails(f)) {
                    failing++;
                }
            }
        }
        json.endArray();
        json.name("failing").value(failing); //$NON-NLS-1$
        if (baseline != null) {
            json.name("baseline").beginObject(); //$NON-NLS-1$
            json.name("file").value(baseline.name()); //$NON-NLS-1$
            json.name("newOnly").value(newOnly); //$NON-NLS-1$
            json.name("absent").beginArray(); //$NON-NLS-1$
            for (Baseline.Entry gone : baseline.absent(all(models, options))) {
                json.beginObject().name("key").value(gone.key()).name("rule").value(gone.rule()) //$NON-NLS-1$ //$NON-NLS-2$
                        .name("severity").value(gone.severity()).name("message").value(gone.message()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            }
            json.endArray().endObject();
        }
        json.name("findings").beginArray(); //$NON-NLS-1$
        for (CheckedModel model : models) {
            for (Finding f : model.analyse(options).findings()) {
                writeFinding(json, model, f);
            }
        }
        json.endArray();
        json.endObject();
        json.flush();
        out.write('\n');
    }

    private void writeFinding(JsonWriter json, CheckedModel model, Finding f) throws IOException {
        json.beginObject();
        json.name("model").value(model.name()); //$NON-NLS-1$
        json.name("key").value(f.key()); //$NON-NLS-1$
        if (baseline != null) {
            json.name("baselineState").value(baseline.stateOf(f).id()); //$NON-NLS-1$
        }
        json.name("rule").value(f.rule().id()); //$NON-NLS-1$
        json.name("severity").value(f.severity().id()); //$NON-NLS-1$
        json.name("article").value(f.rule().article()); //$NON-NLS-1$
        json.name("title").value(f.rule().title(locale)); //$NON-NLS-1$
        json.name("message").value(f.message(locale)); //$NON-NLS-1$
        ElementPositions.Position at = model.locator().of(f.subject());
        json.name("line").value(at.line()); //$NON-NLS-1$
        json.name("column").value(at.column()); //$NON-NLS-1$
        json.name("elements"); //$NON-NLS-1$
        elements(json, f.elements(), locale);
        json.name("path"); //$NON-NLS-1$
        elements(json, f.path(), locale);
        json.name("transfer"); //$NON-NLS-1$
        transfer(json, f.transfer().orElse(null));
        json.name("remedies").beginArray(); //$NON-NLS-1$
        for (Finding.Text remedy : f.remedies()) {
            json.value(remedy.render(locale));
        }
        json.endArray();
        json.name("fingerprint").value(f.fingerprint()); //$NON-NLS-1$
        json.name("review").beginObject(); //$NON-NLS-1$
        json.name("status").value(f.review().id()); //$NON-NLS-1$
        ReviewDecision d = f.decision();
        json.name("reviewer").value(d == null ? null : d.getReviewer()); //$NON-NLS-1$
        json.name("date").value(d == null || d.getDate() == null ? null : d.getDate().toString()); //$NON-NLS-1$
        json.name("rationale").value(d == null ? null : d.getRationale()); //$NON-NLS-1$
        json.endObject();
        json.endObject();
    }

    /** The transfer a finding concerns: its flow, recipient, country, how and what covers it; or null. */
    private static void transfer(JsonWriter json, Transfer t) throws IOException {
        if (t == null) {
            json.nullValue();
            return;
        }
        json.beginObject();
        json.name("flow").value(t.flow().getId()); //$NON-NLS-1$
        json.name("recipient").value(t.recipient() == null ? null : t.recipient().getId()); //$NON-NLS-1$
        json.name("country").value(t.country()); //$NON-NLS-1$
        json.name("kind").value(t.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')); //$NON-NLS-1$
        json.name("coverage").value(t.coverage().name().toLowerCase(Locale.ROOT).replace('_', '-')); //$NON-NLS-1$
        json.name("toolFrom").value(t.isToolInherited() && t.toolHolder() instanceof Identified holder ? holder.getId() : null); //$NON-NLS-1$
        if (t.kind() == Transfer.Kind.REMOTE_ACCESS) {
            json.name("accessedBy").value(t.accessor().getName().toLowerCase(Locale.ROOT).replace('_', '-')); //$NON-NLS-1$
        }
        json.endObject();
    }

    private static void elements(JsonWriter json, List<EObject> elements, Locale locale) throws IOException {
        json.beginArray();
        for (EObject e : elements) {
            json.beginObject();
            json.name("id").value(e instanceof Identified i ? i.getId() : null); //$NON-NLS-1$
            json.name("type").value(e.eClass().getName()); //$NON-NLS-1$
            json.name("label").value(Labels.of(e, locale)); //$NON-NLS-1$
            json.endObject();
        }
        json.endArray();
    }
}
