// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;
import privflow.core.AnalysisOptions;
import privflow.core.Finding;
import privflow.core.LegalFacts;
import privflow.core.ScenarioComparison;
import privflow.core.ScenarioComparison.FlowChange;
import privflow.core.ScenarioComparison.FlowStatus;
import privflow.model.DataFlow;
import privflow.model.Scenario;
import privflow.edit.Labels;

/** {@code privflow scenario MODEL --scenario NAME}: which flows change status under a what-if scenario. */
@Command(name = "scenario", mixinStandardHelpOptions = true, sortOptions = false)
final class ScenarioCommand extends ModelCommand {

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "scenario.model")
    String modelName;

    @Option(names = "--scenario", required = true, paramLabel = "NAME", descriptionKey = "scenario.name")
    String scenario;

    @Override
    public Integer call() {
        Locale locale = locale();
        CheckedModel model = CheckedModel.load(modelName, options, null);
        LegalFacts facts = model.facts().with(model.model().getCatalogue());
        CheckedModel.withScenario(facts, scenario, locale);
        ScenarioComparison comparison = ScenarioComparison.compare(model.model(), facts,
                AnalysisOptions.DEFAULT.withAsOf(options.asOf), scenario);
        PrintWriter out = out();
        Scenario s = comparison.scenario();
        String name = new Finding.Translated(s.getName(), s.getNameFi()).render(locale);
        out.println(Messages.format(locale, "Scenario_Header", s.getKey(), name, model.name(), //$NON-NLS-1$
                comparison.baseline().asOf()));
        if (s.getDescription() != null) {
            out.println("  " + new Finding.Translated(s.getDescription(), s.getDescriptionFi()).render(locale)); //$NON-NLS-1$
        }
        out.println();
        out.println(Messages.format(locale, "Scenario_Flows", comparison.flowChanges().size())); //$NON-NLS-1$
        for (FlowChange change : comparison.flowChanges()) {
            DataFlow flow = change.flow();
            out.println("  - " + Messages.format(locale, "Scenario_FlowChange", Labels.of(flow, locale), //$NON-NLS-1$ //$NON-NLS-2$
                    flow.getSource() == null ? "?" : Labels.of(flow.getSource(), locale), //$NON-NLS-1$
                    flow.getTarget() == null ? "?" : Labels.of(flow.getTarget(), locale), //$NON-NLS-1$
                    status(change.before(), locale), status(change.after(), locale),
                    model.name(), model.locator().of(flow).line()));
        }
        findings(out, Messages.format(locale, "Scenario_NewFindings", comparison.newFindings().size()), comparison.newFindings(), locale); //$NON-NLS-1$
        findings(out, Messages.format(locale, "Scenario_GoneFindings", comparison.goneFindings().size()), comparison.goneFindings(), //$NON-NLS-1$
                locale);
        out.flush();
        return Main.OK;
    }

    private static String status(FlowStatus status, Locale locale) {
        return Messages.get(locale, "FlowStatus_" + status.name()); //$NON-NLS-1$
    }

    private static void findings(PrintWriter out, String title, List<Finding> findings, Locale locale) {
        out.println();
        out.println(title);
        for (Finding f : findings) {
            out.println("  - " + f.severity().label(locale).toUpperCase(locale) + ' ' + f.rule().id() + ": " + f.message(locale)); //$NON-NLS-1$
        }
    }
}
