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

/** Writes the SVG diagram of a model file. Arguments: model out.svg [en|fi]. */
public final class DiagramSample {

    private DiagramSample() {
    }

    public static void main(String[] args) throws Exception {
        DataFlowModel model = ModelStore.load(Path.of(args[0]));
        Locale locale = Locale.of(args.length > 2 ? args[2] : "en");
        AnalysisResult result = Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT);
        Diagram diagram = Diagram.of(model, result, locale);
        Files.writeString(Path.of(args[1]), SvgExport.svg(diagram, DiagramLayout.of(diagram), locale));
        System.out.println("privflow: wrote " + args[1]);
    }
}
