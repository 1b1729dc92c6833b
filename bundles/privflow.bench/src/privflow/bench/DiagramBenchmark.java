// SPDX-License-Identifier: EPL-2.0
package privflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.SvgExport;
import privflow.model.DataFlowModel;
import privflow.model.io.ModelStore;

/**
 * The diagram of a generated model: building it, the ELK layout (target: under 1 s for 300 nodes)
 * and the SVG, against the floor of EMF's fastest plain XMI load of the same file. Writes the SVG
 * of the last run to the file given as fifth argument, if any.
 * Arguments: services flows activities runs [svg-file].
 */
public final class DiagramBenchmark {

    private DiagramBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkArgs a = BenchmarkArgs.parse(args, 280, 600, 40);
        int runs = a.runs();
        Path file = a.generate("model.privflow");
        double floor = Floor.emfPlainLoadMillis(file, 5, runs);
        DataFlowModel model = ModelStore.load(file);
        AnalysisResult result = Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT);
        Diagram[] diagram = new Diagram[1];
        DiagramLayout[] layout = new DiagramLayout[1];
        String[] svg = new String[1];
        double build = Measure.medianMillis(3, runs, () -> diagram[0] = Diagram.of(model, result, Locale.ENGLISH));
        double elk = Measure.medianMillis(3, runs, () -> layout[0] = DiagramLayout.of(diagram[0]));
        double export = Measure.medianMillis(3, runs, () -> svg[0] = SvgExport.svg(diagram[0], layout[0], Locale.ENGLISH));
        System.out.printf("diagram: %d nodes, %d edges, %d zones (model of %d services, %d flows; file %s)%n", diagram[0].nodes().size(),
                diagram[0].edges().size(), layout[0].zones().size(), a.services(), a.flows(), Measure.mb(Files.size(file)));
        System.out.printf("floor: EMF plain XMI load %8.1f ms%n", floor);
        System.out.printf("build diagram            %8.1f ms   ratio to floor %.2f%n", build, build / floor);
        System.out.printf("ELK layout               %8.1f ms   ratio to floor %.2f%n", elk, elk / floor);
        System.out.printf("SVG export               %8.1f ms   ratio to floor %.2f  (%s)%n", export, export / floor,
                Measure.mb(svg[0].length()));
        if (args.length > 4) {
            Files.writeString(Path.of(args[4]), svg[0]);
        }
        Files.delete(file);
        Files.delete(file.getParent());
    }
}
