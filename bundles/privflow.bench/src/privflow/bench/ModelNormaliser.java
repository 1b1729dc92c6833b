// SPDX-License-Identifier: EPL-2.0
package privflow.bench;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;

import privflow.model.Catalogue;
import privflow.model.io.ModelStore;

/**
 * Loads each model or catalogue file (migrating an older format) and saves it as privflow writes
 * it, so that a file edited by hand diffs cleanly and round-trips byte-identically. Usage:
 * {@code releng/normalise-model.sh FILE...}
 */
public final class ModelNormaliser {

    private ModelNormaliser() {
    }

    public static void main(String[] args) throws Exception {
        for (String name : args) {
            Path file = Path.of(name);
            EObject root = name.endsWith("." + ModelStore.CATALOGUE_EXTENSION)
                    ? ModelStore.load(ModelStore.newResourceSet(), file, Catalogue.class)
                    : ModelStore.load(file);
            ModelStore.save(root, file);
            System.out.println("normalised " + file); //$NON-NLS-1$
        }
    }
}
