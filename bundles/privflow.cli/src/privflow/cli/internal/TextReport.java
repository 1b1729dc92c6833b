// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.Severity;
import privflow.model.ReviewDecision;
import privflow.model.io.ElementPositions;
import privflow.edit.Labels;

/** {@code check --format text}: findings grouped by severity, each with its place, path and key. */
final class TextReport extends FindingsReport {

    TextReport(Locale locale, Threshold threshold) {
        super(locale, threshold);
    }

    @Override
    void write(List<CheckedModel> models, ModelOptions options, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        int failing = 0;
        for (CheckedModel model : models) {
            AnalysisResult result = model.analyse(options);
            List<Finding> open = new ArrayList<>();
            List<Finding> reviewed = new ArrayList<>();
            for (Finding f : result.findings()) {
                (f.review().isOpen() ? open : reviewed).add(f);
                if (fails(f)) {
                    failing++;
                }
            }
            out.println(Messages.format(locale, "Text_ModelHeader", model.name(), result.asOf(), //$NON-NLS-1$
                    result.facts().asOf() == null ? "-" : result.facts().asOf(), scenarioName(result))); //$NON-NLS-1$
            out.println("  " + counts(result.openCounts(), open.size(), reviewed.size())); //$NON-NLS-1$
            for (Severity severity : Severity.values()) {
                List<Finding> ofSeverity = open.stream().filter(f -> f.severity() == severity).toList();
                if (ofSeverity.isEmpty()) {
                    continue;
                }
                out.println();
                out.println("  " + severity.label(locale).toUpperCase(locale)); //$NON-NLS-1$
                for (Finding f : ofSeverity) {
                    writeFinding(out, model, f);
                }
            }
            if (!reviewed.isEmpty()) {
                out.println();
                out.println("  " + Messages.get(locale, "Text_Reviewed")); //$NON-NLS-1$ //$NON-NLS-2$
                for (Finding f : reviewed) {
                    ReviewDecision d = f.decision();
                    out.println("    " + Messages.format(locale, "Text_ReviewedFinding", f.key(), f.review().label(locale), //$NON-NLS-1$ //$NON-NLS-2$
                            java.util.Objects.toString(d.getReviewer(), ""), d.getDate() == null ? "-" : d.getDate(), //$NON-NLS-1$
                            java.util.Objects.toString(d.getRationale(), ""))); //$NON-NLS-1$
                }
            }
            out.println();
        }
        if (baseline != null) {
            List<Finding> all = all(models, options);
            List<Baseline.Entry> absent = baseline.absent(all);
            Map<Baseline.State, Integer> states = new java.util.EnumMap<>(Baseline.State.class);
            all.forEach(f -> states.merge(baseline.stateOf(f), 1, Integer::sum));
            out.println(Messages.format(locale, "Text_Baseline", baseline.name(), states.getOrDefault(Baseline.State.NEW, 0), //$NON-NLS-1$
                    states.getOrDefault(Baseline.State.UPDATED, 0), states.getOrDefault(Baseline.State.UNCHANGED, 0),
                    absent.size()));
            for (Baseline.Entry gone : absent) {
                out.println("  " + Messages.format(locale, "Text_BaselineAbsent", gone.rule(), gone.key())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        out.println(verdict(locale, threshold, failing));
        out.flush();
    }

    private void writeFinding(PrintWriter out, CheckedModel model, Finding f) {
        ElementPositions.Position at = model.locator().of(f.subject());
        String state = baseline == null
                ? "" //$NON-NLS-1$
                : Messages.get(locale, "Text_State_" + baseline.stateOf(f).name()) + "  "; //$NON-NLS-1$ //$NON-NLS-2$
        out.println("    " + state + Messages.format(locale, "Text_FindingHeader", f.rule().id(), f.rule().article(locale), //$NON-NLS-1$ //$NON-NLS-2$
                model.name(), at.line(), at.column()));
        out.println("      " + f.message(locale)); //$NON-NLS-1$
        if (!f.path().isEmpty()) {
            out.println("      " + Messages.format(locale, "Text_Path", path(f.path(), locale))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (f.review() != privflow.core.ReviewState.OPEN) {
            out.println("      " + Messages.format(locale, "Text_Review", f.review().label(locale))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.println("      " + Messages.format(locale, "Text_Key", f.key())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String counts(Map<Severity, Integer> openCounts, int open, int reviewed) {
        String bySeverity = openCounts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().count(e.getValue(), locale))
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        String detail = bySeverity.isEmpty() ? "" : " (" + bySeverity + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return Messages.format(locale, "Text_Counts", open, detail, reviewed); //$NON-NLS-1$
    }

    private String scenarioName(AnalysisResult result) {
        return result.facts().scenario() == null
                ? "" //$NON-NLS-1$
                : Messages.format(locale, "Text_Scenario", result.facts().scenario().getKey()); //$NON-NLS-1$
    }

    /** @return the labels of {@code elements} joined by arrows */
    static String path(List<EObject> elements, Locale locale) {
        return String.join(" \u2192 ", Labels.of(elements, locale)); //$NON-NLS-1$
    }

    /** @return the last line: how many open findings reach the threshold */
    static String verdict(Locale locale, Threshold threshold, int failing) {
        if (threshold.severity() == null) {
            return Messages.get(locale, "Text_VerdictNever"); //$NON-NLS-1$
        }
        return Messages.format(locale, "Text_Verdict", failing, threshold.severity().label(locale)); //$NON-NLS-1$
    }

}
