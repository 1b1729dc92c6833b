// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import java.nio.file.Path;
import privflow.testing.RepositoryFiles;

/** Finds the repository's examples/ folder from a test's working directory. */
public final class Examples {

    private Examples() {
    }

    /** @return the path of examples/{@code name} */
    public static Path file(String name) {
        return RepositoryFiles.of("examples/" + name);
    }
}
