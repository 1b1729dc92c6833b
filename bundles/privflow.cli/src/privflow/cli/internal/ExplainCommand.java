// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;
import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.core.Finding;
import privflow.model.AdequacyDecision;
import privflow.model.Catalogue;
import privflow.model.ReviewDecision;
import privflow.model.io.ElementPositions;
import privflow.edit.Labels;

/**
 * {@code privflow explain MODEL KEY}: the whole reasoning behind one finding: facts, the catalogue
 * entries used with their dates and sources, the path, the remedies and the review.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false)
final class ExplainCommand extends ModelCommand {

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "explain.model")
    String modelName;

    @Parameters(index = "1", paramLabel = "FINDING-KEY", descriptionKey = "explain.key")
    String key;

    @Mixin
    ScenarioOption scenario;

    @Override
    public Integer call() {
        Locale locale = locale();
        CheckedModel model = CheckedModel.load(modelName, options, scenario.name);
        AnalysisResult result = model.analyse(options);
        Finding f = find(result, key, modelName, locale);
        PrintWriter out = out();
        out.println(Messages.format(locale, "Explain_Header", f.rule().id(), f.severity().label(locale), f.rule().article(locale), //$NON-NLS-1$
                f.rule().title(locale)));
        out.println(Messages.format(locale, "Explain_Key", f.key())); //$NON-NLS-1$
        ElementPositions.Position at = model.locator().of(f.subject());
        out.println(Messages.format(locale, "Explain_Location", model.name(), at.line(), at.column())); //$NON-NLS-1$
        out.println();
        out.println(f.message(locale));
        section(out, Messages.get(locale, "Explain_Elements"), labels(model, f.elements(), locale)); //$NON-NLS-1$
        section(out, Messages.get(locale, "Explain_Path"), labels(model, f.path(), locale)); //$NON-NLS-1$
        section(out, Messages.get(locale, "Explain_Facts"), f.facts().stream().map(t -> t.render(locale)).toList()); //$NON-NLS-1$
        section(out, Messages.get(locale, "Explain_Catalogue"), catalogueEntries(result, f, locale)); //$NON-NLS-1$
        section(out, Messages.get(locale, "Explain_Remedies"), f.remedies().stream().map(t -> t.render(locale)).toList()); //$NON-NLS-1$
        out.println();
        out.println(Messages.get(locale, "Explain_Review")); //$NON-NLS-1$
        ReviewDecision d = f.decision();
        out.println("  " + (d == null //$NON-NLS-1$
                ? f.review().label(locale)
                : Messages.format(locale, "Explain_Decision", f.review().label(locale), Labels.of(d.getStatus(), locale), //$NON-NLS-1$
                        String.valueOf(d.getReviewer()), d.getDate() == null ? "-" : d.getDate(), String.valueOf(d.getRationale())))); //$NON-NLS-1$
        out.println("  " + Messages.format(locale, "Explain_Fingerprint", f.fingerprint())); //$NON-NLS-1$ //$NON-NLS-2$
        out.println();
        out.println(Messages.get(locale, "Explain_Rule")); //$NON-NLS-1$
        out.println("  " + f.rule().help(locale)); //$NON-NLS-1$
        out.flush();
        return Main.OK;
    }

    /**
     * Finds the finding by its key, or by a prefix of it that only one key has.
     *
     * @throws InputException naming the keys that may be meant
     */
    static Finding find(AnalysisResult result, String key, String modelName, Locale locale) {
        Finding exact = result.finding(key);
        if (exact != null) {
            return exact;
        }
        List<Finding> matches = result.findings().stream().filter(f -> f.key().startsWith(key)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        List<String> candidates = (matches.isEmpty() ? result.findings() : matches).stream().map(Finding::key)
                .filter(k -> matches.size() > 1 || k.startsWith(key.split(":", 2)[0])) //$NON-NLS-1$
                .limit(10).toList();
        String message = Messages.format(locale, matches.isEmpty() ? "Error_NoFinding" : "Error_AmbiguousFinding", key, modelName); //$NON-NLS-1$ //$NON-NLS-2$
        if (!candidates.isEmpty()) {
            message += System.lineSeparator() + Messages.get(locale, "Error_Candidates") + System.lineSeparator() + "  " //$NON-NLS-1$ //$NON-NLS-2$
                    + String.join(System.lineSeparator() + "  ", candidates); //$NON-NLS-1$
        }
        throw new InputException(message);
    }

    private static List<String> labels(CheckedModel model, List<EObject> elements, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (EObject e : elements) {
            lines.add(Labels.of(e, locale) + " (" + Labels.type(e.eClass(), locale) + ", " + model.name() + ':' //$NON-NLS-1$//$NON-NLS-2$
                    + model.locator().of(e).line() + ')');
        }
        return lines;
    }

    /** The catalogues applied and the adequacy decisions for the countries the finding's transfers reach. */
    private static List<String> catalogueEntries(AnalysisResult result, Finding f, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (Catalogue c : result.facts().catalogues()) {
            lines.add(Messages.format(locale, "Explain_CatalogueEntry", Catalogues.name(c, locale), c.getAsOf(), //$NON-NLS-1$
                    String.join("; ", Catalogues.sources(c, locale)))); //$NON-NLS-1$
        }
        Set<String> countries = new LinkedHashSet<>();
        f.transfer().ifPresent(t -> countries.add(t.country()));
        for (String country : countries) {
            AdequacyDecision inForce = result.facts().adequacyInForce(country, result.asOf());
            boolean any = false;
            for (AdequacyDecision d : result.facts().adequacyDecisions().values()) {
                if (country.equals(d.getCountry())) {
                    any = true;
                    lines.add(CatalogCommand.decision(d, d == inForce, locale));
                }
            }
            if (!any) {
                lines.add(Messages.format(locale, "Explain_NoDecision", new Finding.Country(country).render(locale))); //$NON-NLS-1$
            }
        }
        return lines;
    }

    private static void section(PrintWriter out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        for (String line : lines) {
            out.println("  - " + line); //$NON-NLS-1$
        }
    }
}
