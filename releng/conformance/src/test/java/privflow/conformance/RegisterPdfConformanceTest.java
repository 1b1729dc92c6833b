// SPDX-License-Identifier: EPL-2.0
package privflow.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every register PDF privflow writes, as a user gets it from the command-line distribution (each
 * example in English and Finnish, and a large generated register), conforms to PDF/A-2u and to
 * PDF/UA-1 as veraPDF checks them: no failed rule.
 */
class RegisterPdfConformanceTest {

    private static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1);

    @TempDir
    static Path dir;

    private static final List<Path> pdfs = new ArrayList<>();

    @BeforeAll
    static void writeRegisters() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        List<Path> models = new ArrayList<>(Distribution.examples());
        Path large = dir.resolve("generated-1500-flows.privflow");
        Distribution.generate(large, 150, 1500, 200);
        models.add(large);
        for (Path model : models) {
            for (String language : List.of("en", "fi")) {
                Path pdf = dir.resolve(Distribution.stem(model) + "-" + language + ".pdf");
                Distribution.register(model, language, pdf);
                pdfs.add(pdf);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRegisterPdfConforms() {
        return pdfs.stream().flatMap(pdf -> FLAVOURS.stream().map(flavour -> DynamicTest.dynamicTest(
                pdf.getFileName() + " is " + flavour.getId(), () -> assertConforms(pdf, flavour))));
    }

    private static void assertConforms(Path pdf, PDFAFlavour flavour) throws Exception {
        Map<String, String> failures = new TreeMap<>();
        int checks;
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            checks = result.getTotalAssertions();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.putIfAbsent(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber(),
                            assertion.getMessage() + " at " + assertion.getLocation().getContext());
                }
            }
            if (!failures.isEmpty() || !result.isCompliant()) {
                fail(pdf.getFileName() + " fails " + failures.size() + " rules of " + flavour.getId() + ": " + failures);
            }
        }
        assertTrue(checks > 100, "veraPDF checked the document (" + checks + " checks)");
    }

}
