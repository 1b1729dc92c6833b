// SPDX-License-Identifier: EPL-2.0
package privflow.register.tests;

import java.time.LocalDate;
import java.util.Locale;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.Catalogues;
import privflow.model.DataFlowModel;
import privflow.model.io.ModelStore;
import privflow.register.Register;
import privflow.testing.RepositoryFiles;

/** Examples and registers for the tests. */
final class Fixtures {

    static final Locale FI = Locale.of("fi");

    private Fixtures() {
    }

    static DataFlowModel example(String name) throws Exception {
        return ModelStore.load(RepositoryFiles.example(name));
    }

    static Register register(DataFlowModel model, Locale locale) throws Exception {
        var result = Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT);
        return Register.of(model, result, locale, model.getAsOf() != null ? model.getAsOf() : LocalDate.of(2026, 11, 24));
    }

    static Register register(String example, Locale locale) throws Exception {
        return register(example(example), locale);
    }
}
