// SPDX-License-Identifier: EPL-2.0
package privflow.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds files of the privflow repository (examples, goldens, schemas) from a test's working
 * directory, which Tycho sets to the test bundle's target folder.
 */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** @return the repository file {@code relative}, found from the working directory upwards */
    public static Path of(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    /** @return the bundled example {@code examples/NAME.privflow} */
    public static Path example(String name) {
        return of("examples/" + name + ".privflow");
    }
}
