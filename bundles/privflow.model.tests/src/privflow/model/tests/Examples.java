// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's examples/ folder from a test's working directory. */
public final class Examples {

    private Examples() {
    }

    /** @return the path of examples/{@code name} */
    public static Path file(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("examples").resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("examples/" + name + " not found above " + Path.of("").toAbsolutePath());
    }
}
