// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;
import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramPositions;
import privflow.diagram.SvgExport;
import privflow.diagram.Zone;
import privflow.model.DataFlowModel;
import privflow.model.ProcessingActivity;
import privflow.model.io.AtomicFile;

/**
 * {@code privflow diagram MODEL --out FILE.svg}: the data-flow diagram with jurisdiction zones and
 * findings, as SVG; of the whole model or of a part ({@code --transfers-only}, {@code --activity},
 * {@code --zone}). A diagram above {@link Diagram#MAX_NODES} nodes or {@link Diagram#MAX_EDGES}
 * edges is refused, with the sizes of the parts that could be drawn instead.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true, sortOptions = false)
final class DiagramCommand extends ModelCommand {

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "diagram.model")
    String modelName;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", descriptionKey = "diagram.out")
    Path out;

    @Option(names = "--transfers-only", descriptionKey = "diagram.transfersOnly")
    boolean transfersOnly;

    @Option(names = "--activity", paramLabel = "ACTIVITY", descriptionKey = "diagram.activity")
    String activity;

    @Option(names = "--zone", paramLabel = "ZONE", descriptionKey = "diagram.zone")
    String zone;

    @Mixin
    ScenarioOption scenario;

    @Override
    public Integer call() {
        Locale locale = locale();
        if (Files.isDirectory(out)) {
            throw new InputException(Messages.format(locale, "Error_OutIsFolder", out)); //$NON-NLS-1$
        }
        CheckedModel model = CheckedModel.load(modelName, options, scenario.name);
        Diagram diagram = part(Diagram.of(model.model(), model.analyse(options), locale), model.model(), locale);
        if (diagram.tooLarge()) {
            Diagram transfers = diagram.transfers();
            throw new InputException(Messages.format(locale, "Diagram_TooLarge", model.file(), diagram.nodes().size(), //$NON-NLS-1$
                    diagram.edges().size(), Diagram.MAX_NODES, Diagram.MAX_EDGES, transfers.nodes().size(), transfers.edges().size(),
                    model.model().getActivities().size()));
        }
        if (diagram.nodes().isEmpty() && (activity != null || zone != null || transfersOnly)) {
            err().println(Messages.format(locale, "Diagram_EmptyPart")); //$NON-NLS-1$
        }
        DiagramPositions positions;
        try {
            positions = DiagramPositions.read(DiagramPositions.beside(model.file()));
        } catch (IOException e) {
            err().println(Messages.format(locale, "Diagram_PositionsIgnored", e.getMessage())); //$NON-NLS-1$
            positions = new DiagramPositions();
        }
        String svg = SvgExport.svg(diagram, DiagramLayout.of(diagram, positions), locale);
        try {
            AtomicFile.write(out, svg.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(Messages.format(locale, "Error_Write", out, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
        out().println(Messages.format(locale, "Diagram_Written", out, diagram.nodes().size(), //$NON-NLS-1$
                diagram.edges().size()));
        return Main.OK;
    }

    /** @return the part of {@code diagram} the options ask for: all of it, or only what each option keeps */
    private Diagram part(Diagram diagram, DataFlowModel model, Locale locale) {
        Diagram part = diagram;
        if (activity != null) {
            part = part.activity(activityId(model, locale));
        }
        if (zone != null) {
            part = part.zone(zone(locale));
        }
        if (transfersOnly) {
            part = part.transfers();
        }
        return part;
    }

    /** @return the id of the activity named by {@code --activity} (its id, else its name, in any case) */
    private String activityId(DataFlowModel model, Locale locale) {
        for (ProcessingActivity a : model.getActivities()) {
            if (activity.equals(a.getId())) {
                return a.getId();
            }
        }
        List<ProcessingActivity> named = model.getActivities().stream()
                .filter(a -> a.getName() != null && a.getName().strip().equalsIgnoreCase(activity.strip())).toList();
        if (named.size() == 1) {
            return named.get(0).getId();
        }
        String known = model.getActivities().stream().limit(10).map(a -> a.getId() + " (" + a.getName() + ')') //$NON-NLS-1$
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
        throw new InputException(Messages.format(locale, named.isEmpty() ? "Diagram_NoActivity" : "Diagram_AmbiguousActivity", //$NON-NLS-1$ //$NON-NLS-2$
                activity, known, model.getActivities().size()));
    }

    private Zone zone(Locale locale) {
        for (Zone z : Zone.values()) {
            if (zoneName(z).equalsIgnoreCase(zone.strip())) {
                return z;
            }
        }
        throw new InputException(Messages.format(locale, "Diagram_NoZone", zone, //$NON-NLS-1$
                Arrays.stream(Zone.values()).map(DiagramCommand::zoneName).collect(Collectors.joining(", ")))); //$NON-NLS-1$
    }

    /** @return how {@code --zone} names a zone: {@code third-country} for {@link Zone#THIRD_COUNTRY} */
    private static String zoneName(Zone zone) {
        return zone.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
