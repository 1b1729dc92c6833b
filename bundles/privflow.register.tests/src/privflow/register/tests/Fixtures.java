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

    /**
     * Asserts what {@code qpdf --check} checks of a PDF's cross-reference: the trailer's /Size is
     * one more than the highest object number, and every object in the file is in the
     * cross-reference.
     */
    static void assertTrailerSizeFits(java.nio.file.Path pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var cos = document.getDocument();
            long highest = cos.getXrefTable().keySet().stream().mapToLong(org.apache.pdfbox.cos.COSObjectKey::getNumber).max()
                    .orElse(0);
            org.junit.jupiter.api.Assertions.assertEquals(highest + 1, cos.getTrailer().getInt(org.apache.pdfbox.cos.COSName.SIZE),
                    "trailer /Size is one plus the highest object number");
            org.junit.jupiter.api.Assertions.assertEquals(highest,
                    cos.getXrefTable().keySet().stream().filter(key -> key.getNumber() > 0).count(),
                    "every object number up to the highest is in use");
        }
    }
}
