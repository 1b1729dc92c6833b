// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.stream.JsonWriter;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.model.Identified;
import privflow.model.ReviewDecision;
import privflow.model.io.ElementPositions;
import privflow.edit.Labels;

/**
 * {@code check --format sarif}: a SARIF 2.1.0 log that code-scanning tools accept. One run; every
 * rule with its help and GDPR article; each result located in its model file (line and column of
 * the element's start tag), keyed by the finding key, and suppressed when a legal review accepted,
 * mitigated or rejected it.
 */
final class SarifReport extends FindingsReport {

    private static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"; //$NON-NLS-1$

    /** The partial fingerprint under which the finding key is written. */
    static final String KEY_FINGERPRINT = "privflowFindingKey/v1"; //$NON-NLS-1$

    SarifReport(Locale locale, Threshold threshold) {
        super(locale, threshold);
    }

    @Override
    void write(List<CheckedModel> models, ModelOptions options, Writer out) throws IOException {
        JsonWriter json = json(out);
        json.beginObject();
        json.name("$schema").value(SCHEMA); //$NON-NLS-1$
        json.name("version").value("2.1.0"); //$NON-NLS-1$ //$NON-NLS-2$
        json.name("runs").beginArray().beginObject(); //$NON-NLS-1$
        writeTool(json);
        json.name("artifacts").beginArray(); //$NON-NLS-1$
        for (CheckedModel model : models) {
            json.beginObject().name("location").beginObject().name("uri").value(uri(model)).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            json.name("mimeType").value("application/xml").endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        json.endArray();
        json.name("results").beginArray(); //$NON-NLS-1$
        for (int i = 0; i < models.size(); i++) {
            CheckedModel model = models.get(i);
            for (Finding f : model.analyse(options).findings()) {
                writeResult(json, model, i, f);
            }
        }
        if (baseline != null) {
            for (Baseline.Entry gone : baseline.absent(all(models, options))) {
                writeAbsent(json, gone);
            }
        }
        json.endArray();
        json.name("columnKind").value("utf16CodeUnits"); //$NON-NLS-1$ //$NON-NLS-2$
        json.endObject().endArray();
        json.endObject();
        json.flush();
        out.write('\n');
    }

    private void writeTool(JsonWriter json) throws IOException {
        json.name("tool").beginObject().name("driver").beginObject(); //$NON-NLS-1$ //$NON-NLS-2$
        json.name("name").value("privflow"); //$NON-NLS-1$ //$NON-NLS-2$
        json.name("semanticVersion").value(Version.number()); //$NON-NLS-1$
        json.name("language").value(locale.getLanguage()); //$NON-NLS-1$
        json.name("rules").beginArray(); //$NON-NLS-1$
        for (Rule rule : Rule.values()) {
            json.beginObject();
            json.name("id").value(rule.id()); //$NON-NLS-1$
            json.name("name").value(camelCase(rule)); //$NON-NLS-1$
            json.name("shortDescription").beginObject().name("text").value(rule.title(locale)).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            json.name("fullDescription").beginObject().name("text").value(rule.help(locale)).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            String help = Messages.format(locale, "Sarif_Help", rule.help(locale), rule.article()); //$NON-NLS-1$
            json.name("help").beginObject().name("text").value(help) //$NON-NLS-1$ //$NON-NLS-2$
                    .name("markdown") //$NON-NLS-1$
                    .value(Messages.format(locale, "Sarif_HelpMarkdown", rule.title(locale), rule.help(locale), rule.article())) //$NON-NLS-1$
                    .endObject();
            json.name("defaultConfiguration").beginObject().name("level").value(level(rule.defaultSeverity())).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
            json.name("properties").beginObject(); //$NON-NLS-1$
            json.name("tags").beginArray().value("privacy").value("gdpr"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (rule.isTransferRule()) {
                json.value("gdpr-chapter-v"); //$NON-NLS-1$
            }
            json.endArray();
            json.name("gdprArticle").value(rule.article()); //$NON-NLS-1$
            json.name("security-severity").value(securitySeverity(rule.highestSeverity())); //$NON-NLS-1$
            json.name("problem.severity") //$NON-NLS-1$
                    .value(level(rule.defaultSeverity()).equals("note") ? "recommendation" : level(rule.defaultSeverity())); //$NON-NLS-1$ //$NON-NLS-2$
            json.endObject();
            json.endObject();
        }
        json.endArray();
        json.endObject().endObject();
    }

    private void writeResult(JsonWriter json, CheckedModel model, int artifact, Finding f) throws IOException {
        json.beginObject();
        json.name("ruleId").value(f.rule().id()); //$NON-NLS-1$
        json.name("ruleIndex").value(f.rule().ordinal()); //$NON-NLS-1$
        json.name("level").value(level(f.severity())); //$NON-NLS-1$
        json.name("message").beginObject().name("text").value(f.message(locale)).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        EObject anchor = f.subject();
        json.name("locations").beginArray(); //$NON-NLS-1$
        location(json, model, artifact, anchor, null);
        json.endArray();
        if (!f.path().isEmpty()) {
            json.name("relatedLocations").beginArray(); //$NON-NLS-1$
            int id = 1;
            for (EObject step : f.path()) {
                location(json, model, artifact, step, id++);
            }
            json.endArray();
        }
        json.name("partialFingerprints").beginObject().name(KEY_FINGERPRINT).value(f.key()).endObject(); //$NON-NLS-1$
        if (baseline != null) {
            json.name("baselineState").value(baseline.stateOf(f).id()); //$NON-NLS-1$
        }
        ReviewDecision d = f.decision();
        if (!f.review().isOpen()) {
            json.name("suppressions").beginArray().beginObject(); //$NON-NLS-1$
            json.name("kind").value("external"); //$NON-NLS-1$ //$NON-NLS-2$
            json.name("status").value("accepted"); //$NON-NLS-1$ //$NON-NLS-2$
            json.name("justification").value(Messages.format(locale, "Sarif_Justification", f.review().label(locale), //$NON-NLS-1$ //$NON-NLS-2$
                    java.util.Objects.toString(d.getReviewer(), ""), String.valueOf(d.getDate()), //$NON-NLS-1$
                    java.util.Objects.toString(d.getRationale(), ""))); //$NON-NLS-1$
            json.endObject().endArray();
        }
        json.name("properties").beginObject(); //$NON-NLS-1$
        json.name("key").value(f.key()); //$NON-NLS-1$
        json.name("factsFingerprint").value(f.fingerprint()); //$NON-NLS-1$
        json.name("severity").value(f.severity().id()); //$NON-NLS-1$
        json.name("security-severity").value(securitySeverity(f.severity())); //$NON-NLS-1$
        json.name("gdprArticle").value(f.rule().article()); //$NON-NLS-1$
        json.name("review").value(f.review().id()); //$NON-NLS-1$
        json.name("remedies").beginArray(); //$NON-NLS-1$
        for (Finding.Text remedy : f.remedies()) {
            json.value(remedy.render(locale));
        }
        json.endArray();
        json.endObject();
        json.endObject();
    }

    /** A finding of the baseline that is gone: SARIF's {@code absent} result, without a location in the current model. */
    private void writeAbsent(JsonWriter json, Baseline.Entry gone) throws IOException {
        Rule rule = gone.rule() == null ? null : Rule.byId(gone.rule());
        json.beginObject();
        json.name("ruleId").value(gone.rule()); //$NON-NLS-1$
        if (rule != null) {
            json.name("ruleIndex").value(rule.ordinal()); //$NON-NLS-1$
        }
        json.name("level").value("none"); //$NON-NLS-1$ //$NON-NLS-2$
        json.name("message").beginObject().name("text") //$NON-NLS-1$ //$NON-NLS-2$
                .value(Messages.format(locale, "Sarif_Absent", gone.message() == null ? gone.key() : gone.message())).endObject(); //$NON-NLS-1$
        json.name("partialFingerprints").beginObject().name(KEY_FINGERPRINT).value(gone.key()).endObject(); //$NON-NLS-1$
        json.name("baselineState").value(Baseline.State.ABSENT.id()); //$NON-NLS-1$
        json.name("properties").beginObject().name("key").value(gone.key()).name("severity").value(gone.severity()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        json.endObject();
    }

    private void location(JsonWriter json, CheckedModel model, int artifact, EObject element, Integer id) throws IOException {
        ElementPositions.Position at = model.locator().of(element);
        json.beginObject();
        if (id != null) {
            json.name("id").value(id.intValue()); //$NON-NLS-1$
        }
        json.name("physicalLocation").beginObject(); //$NON-NLS-1$
        json.name("artifactLocation").beginObject().name("uri").value(uri(model)).name("index").value(artifact).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        json.name("region").beginObject().name("startLine").value(at.line()).name("startColumn").value(at.column()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        json.endObject();
        json.name("logicalLocations").beginArray().beginObject(); //$NON-NLS-1$
        json.name("name").value(Labels.of(element, locale)); //$NON-NLS-1$
        json.name("fullyQualifiedName").value(element.eClass().getName() + '/' //$NON-NLS-1$
                + (element instanceof Identified i ? i.getId() : "")); //$NON-NLS-1$
        json.name("kind").value("element"); //$NON-NLS-1$ //$NON-NLS-2$
        json.endObject().endArray();
        if (id != null) {
            json.name("message").beginObject().name("text").value(Labels.of(element, locale)).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        json.endObject();
    }

    /** @return the model's location as a URI reference: relative to the working folder when inside it */
    static String uri(CheckedModel model) {
        Path file = model.file().toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize(); //$NON-NLS-1$
        if (file.startsWith(cwd)) {
            String relative = cwd.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            try {
                return new URI(null, null, relative, null).toASCIIString();
            } catch (URISyntaxException e) {
                // fall back to an absolute URI
            }
        }
        return file.toUri().toASCIIString();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error"; //$NON-NLS-1$
            case MEDIUM -> "warning"; //$NON-NLS-1$
            case LOW, INFO -> "note"; //$NON-NLS-1$
        };
    }

    /** @return the CVSS-like score code-scanning tools rank by: critical from 9.0, high from 7.0 */
    private static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5"; //$NON-NLS-1$
            case HIGH -> "8.0"; //$NON-NLS-1$
            case MEDIUM -> "5.5"; //$NON-NLS-1$
            case LOW -> "3.0"; //$NON-NLS-1$
            case INFO -> "0.0"; //$NON-NLS-1$
        };
    }

    private static String camelCase(Rule rule) {
        StringBuilder name = new StringBuilder();
        for (String part : rule.id().split("-")) { //$NON-NLS-1$
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

}
