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
     * one more than the highest object number.
     */
    static void assertTrailerSizeFits(java.nio.file.Path pdf) throws java.io.IOException {
        String text = new String(java.nio.file.Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher objects = java.util.regex.Pattern.compile("(?m)^(\\d+) 0 obj").matcher(text);
        int highest = 0;
        while (objects.find()) {
            highest = Math.max(highest, Integer.parseInt(objects.group(1)));
        }
        int trailer = text.lastIndexOf("trailer");
        org.junit.jupiter.api.Assertions.assertTrue(trailer > 0, "a classic trailer");
        java.util.regex.Matcher size = java.util.regex.Pattern.compile("/Size (\\d+)").matcher(text.substring(trailer));
        org.junit.jupiter.api.Assertions.assertTrue(size.find(), "the trailer has a /Size");
        org.junit.jupiter.api.Assertions.assertEquals(highest + 1, Integer.parseInt(size.group(1)),
                "trailer /Size is one plus the highest object number");
    }
}
