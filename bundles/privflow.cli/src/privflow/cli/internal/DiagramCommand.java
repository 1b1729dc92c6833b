// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;
import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramPositions;
import privflow.diagram.SvgExport;
import privflow.model.io.AtomicFile;

/** {@code privflow diagram MODEL --out FILE.svg}: the data-flow diagram with jurisdiction zones and findings, as SVG. */
@Command(name = "diagram", mixinStandardHelpOptions = true, sortOptions = false)
final class DiagramCommand extends ModelCommand {

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "diagram.model")
    String modelName;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", descriptionKey = "diagram.out")
    Path out;

    @Mixin
    ScenarioOption scenario;

    @Override
    public Integer call() {
        Locale locale = locale();
        if (Files.isDirectory(out)) {
            throw new InputException(Messages.format(locale, "Error_OutIsFolder", out)); //$NON-NLS-1$
        }
        CheckedModel model = CheckedModel.load(modelName, options, scenario.name);
        Diagram diagram = Diagram.of(model.model(), model.analyse(options), locale);
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
}
