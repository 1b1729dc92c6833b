// SPDX-License-Identifier: EPL-2.0
package privflow.bench;

import java.nio.file.Path;
import java.util.Locale;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.Catalogues;
import privflow.model.DataFlowModel;
import privflow.model.io.ModelStore;
import privflow.register.Register;
import privflow.register.RegisterFormat;

/**
 * Writes the register of a model in every format and language into a folder, for the sample
 * images in docs/ (releng/render-register-samples.sh). Arguments: model file, output folder.
 */
public final class RegisterSamples {

    private RegisterSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        Path out = Path.of(args[1]);
        DataFlowModel loaded = ModelStore.load(model);
        var result = Analysis.run(loaded, Catalogues.facts(null, loaded), AnalysisOptions.DEFAULT);
        String base = model.getFileName().toString().replaceFirst("\\.privflow$", "");
        for (Locale locale : Register.LANGUAGES) {
            Register register = Register.of(loaded, result, locale, result.asOf());
            for (RegisterFormat format : RegisterFormat.values()) {
                Path file = out.resolve(base + "." + locale.getLanguage() + "." + format.extension());
                format.write(register, file);
                System.out.println("privflow: wrote " + file);
            }
        }
    }
}
