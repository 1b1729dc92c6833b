// SPDX-License-Identifier: EPL-2.0
package privflow.register.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import privflow.register.RegisterFormat;
import privflow.testing.RepositoryFiles;

/**
 * The register of the cleaning-company example is the product: it is compared with committed
 * golden files. After an intended change, refresh them with
 * {@code PRIVFLOW_UPDATE_GOLDEN=1 releng/mvnw -B verify -pl bundles/privflow.register.tests -am}
 * and review the diff.
 */
class GoldenTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"JSON, en, cleaning-company.en.json, ''", "CSV, fi, cleaning-company.fi, register.csv",
            "CSV, fi, cleaning-company.fi, transfers.csv", "HTML, en, cleaning-company.en.html, ''"})
    void cleaningCompanyRegisterMatchesTheGoldenFile(RegisterFormat format, String language, String golden, String part)
            throws Exception {
        Path out = dir.resolve("out");
        format.write(Fixtures.register("cleaning-company", Locale.of(language)), out);
        Path produced = part.isEmpty() ? out : out.resolve(part);
        String name = part.isEmpty() ? golden : golden + "." + part;
        Path expected = RepositoryFiles.of("bundles/privflow.register.tests/golden").resolve(name);
        if (System.getenv("PRIVFLOW_UPDATE_GOLDEN") != null) {
            Files.copy(produced, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), Files.readString(produced, StandardCharsets.UTF_8),
                name + " differs from the golden file; if the change is intended, refresh the golden files");
    }
}
