// SPDX-License-Identifier: EPL-2.0
package privflow.register.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.Catalogues;
import privflow.model.DataFlowModel;
import privflow.model.io.ModelStore;
import privflow.register.Register;

/** Examples and registers for the tests. */
final class Fixtures {

    static final Locale FI = Locale.of("fi");

    private Fixtures() {
    }

    /** @return the repository file {@code relative}, found from the working directory upwards */
    static Path repositoryFile(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(relative))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(relative + " not found");
        }
        return dir.resolve(relative);
    }

    static DataFlowModel example(String name) throws Exception {
        return ModelStore.load(repositoryFile("examples/" + name + ".privflow"));
    }

    static Register register(DataFlowModel model, Locale locale) throws Exception {
        var result = Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT);
        return Register.of(model, result, locale, model.getAsOf() != null ? model.getAsOf() : LocalDate.of(2026, 11, 24));
    }

    static Register register(String example, Locale locale) throws Exception {
        return register(example(example), locale);
    }
}
