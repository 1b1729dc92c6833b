// SPDX-License-Identifier: EPL-2.0
package privflow.model.io;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;

/** Maps the names of an older format version onto the current metamodel while loading. */
final class MigratingMetaData extends BasicExtendedMetaData {

    private final ModelMigration migration;

    MigratingMetaData(EPackage.Registry registry, ModelMigration migration) {
        super(registry);
        this.migration = migration;
    }

    @Override
    public EStructuralFeature getElement(EClass eClass, String namespace, String name) {
        EStructuralFeature feature = super.getElement(eClass, namespace, name);
        return feature != null ? feature : migration.renamedFeature(eClass, name);
    }

    @Override
    public EStructuralFeature getAttribute(EClass eClass, String namespace, String name) {
        EStructuralFeature feature = super.getAttribute(eClass, namespace, name);
        return feature != null ? feature : migration.renamedFeature(eClass, name);
    }
}
