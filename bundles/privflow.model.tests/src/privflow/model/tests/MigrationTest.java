// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.model.Channel;
import privflow.model.DataFlowModel;
import privflow.model.PrivflowPackage;
import privflow.model.io.ModelMigration;
import privflow.model.io.ModelStore;

/** An older format version loads through a registered migration and is saved in the current one. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void oldNamespaceWithRenamedAttributeLoadsAndSavesAsCurrentVersion() throws Exception {
        ModelMigration migration = new ModelMigration("urn:privflow:model:0.9") {
            @Override
            public EStructuralFeature renamedFeature(EClass eClass, String xmlName) {
                return eClass == PrivflowPackage.Literals.DATA_FLOW && "medium".equals(xmlName)
                        ? PrivflowPackage.Literals.DATA_FLOW__CHANNEL
                        : null;
            }

            @Override
            public void migrate(EObject root) {
                ((DataFlowModel) root).setDescription("migrated from 0.9");
            }
        };
        Path file = dir.resolve("old.privflow");
        Files.writeString(file,
                """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <privflow:DataFlowModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:privflow="urn:privflow:model:0.9" id="m" name="Old">
                          <flows id="f" name="Mail" medium="EMAIL"/>
                        </privflow:DataFlowModel>
                        """);
        ModelMigration.register(migration);
        try {
            DataFlowModel model = ModelStore.load(file);
            assertEquals(Channel.EMAIL, model.getFlows().get(0).getChannel());
            assertEquals("migrated from 0.9", model.getDescription());
            String saved = new String(ModelStore.toBytes(model), StandardCharsets.UTF_8);
            assertTrue(saved.contains("urn:privflow:model:1.0") && saved.contains("channel=\"EMAIL\""), saved);
        } finally {
            ModelMigration.unregister(migration);
        }
    }
}
