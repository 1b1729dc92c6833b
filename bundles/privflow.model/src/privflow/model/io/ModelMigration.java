// SPDX-License-Identifier: EPL-2.0
package privflow.model.io;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How a file written in an older version of the format is read. The namespace URI of a model
 * carries its version ({@code urn:privflow:model:1.1}); a file whose namespace is that of a
 * registered migration loads into the current metamodel, with renamed elements and attributes
 * mapped by {@link #renamedFeature} and anything else adjusted by {@link #migrate} afterwards.
 * The next save writes the current format. See docs/model-format.md.
 */
public abstract class ModelMigration {

    private static final List<ModelMigration> REGISTERED = new CopyOnWriteArrayList<>(List.of(new Version10Migration()));

    private final String namespace;

    /** @param namespace the namespace URI of the old version this migration reads */
    protected ModelMigration(String namespace) {
        this.namespace = Objects.requireNonNull(namespace);
    }

    /** @return the namespace URI of the old version */
    public final String namespace() {
        return namespace;
    }

    /**
     * @param eClass the class of the element being read
     * @param xmlName an element or attribute name the current metamodel does not know
     * @return the current feature it was renamed to, or {@code null}
     */
    public EStructuralFeature renamedFeature(EClass eClass, String xmlName) {
        return null;
    }

    /** Adjusts a model just loaded from a file of the old version; the default does nothing. */
    public void migrate(EObject root) {
        // Renames alone need no further step.
    }

    /** Makes {@code migration} known to {@link ModelStore}. */
    public static void register(ModelMigration migration) {
        REGISTERED.add(migration);
    }

    /** Forgets {@code migration}. */
    public static void unregister(ModelMigration migration) {
        REGISTERED.remove(migration);
    }

    static List<ModelMigration> registered() {
        return REGISTERED;
    }

    static ModelMigration forNamespace(String namespace) {
        for (ModelMigration migration : REGISTERED) {
            if (migration.namespace.equals(namespace)) {
                return migration;
            }
        }
        return null;
    }
}
