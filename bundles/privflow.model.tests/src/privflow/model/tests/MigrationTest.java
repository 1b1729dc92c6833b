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
            assertTrue(saved.contains("urn:privflow:model:1.1") && saved.contains("channel=\"EMAIL\""), saved);
        } finally {
            ModelMigration.unregister(migration);
        }
    }

    @Test
    void aVersionOneZeroFileLoadsAndItsConsumerTermsReviewFollowsTheFindingsNewKey() throws Exception {
        Path file = dir.resolve("v10.privflow");
        Files.writeString(file,
                """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <privflow:DataFlowModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:privflow="urn:privflow:model:1.0" id="m" name="Old">
                          <services id="chat" name="Chat" contract="CONSUMER_TERMS_PERSONAL"/>
                          <services id="crm" name="CRM" contract="BUSINESS_NO_DPA"/>
                          <reviews id="r1" findingKey="no-processor-contract:chat" status="ACCEPTED" rationale="Stopped in June"/>
                          <reviews id="r2" findingKey="no-processor-contract:crm" status="ACCEPTED" rationale="DPA being signed"/>
                        </privflow:DataFlowModel>
                        """);
        DataFlowModel model = ModelStore.load(file);
        assertEquals("independent-controller:chat", model.getReviews().get(0).getFindingKey());
        assertEquals("Stopped in June", model.getReviews().get(0).getRationale());
        assertEquals("no-processor-contract:crm", model.getReviews().get(1).getFindingKey(), "a business contract keeps its rule");
        String saved = new String(ModelStore.toBytes(model), StandardCharsets.UTF_8);
        assertTrue(saved.contains("urn:privflow:model:1.1"), saved);
        assertTrue(Files.readString(file).contains("urn:privflow:model:1.0"), "loading never writes the file");
    }
}
