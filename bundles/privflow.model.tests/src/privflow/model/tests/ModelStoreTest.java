// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.Organisation;
import privflow.model.PrivflowFactory;
import privflow.model.Service;
import privflow.model.io.ModelLoadException;
import privflow.model.io.ModelStore;

class ModelStoreTest {

    private static final PrivflowFactory F = PrivflowFactory.eINSTANCE;

    @TempDir
    Path dir;

    static DataFlowModel smallModel() {
        DataFlowModel model = F.createDataFlowModel();
        model.setName("Small");
        model.setAsOf(LocalDate.of(2026, 11, 24));
        Organisation meta = F.createOrganisation();
        meta.setName("WhatsApp LLC");
        meta.setCountry("US");
        model.getOrganisations().add(meta);
        Service whatsapp = F.createService();
        whatsapp.setName("WhatsApp");
        whatsapp.setProvider(meta);
        model.getServices().add(whatsapp);
        DataFlow flow = F.createDataFlow();
        flow.setTarget(whatsapp);
        model.getFlows().add(flow);
        return model;
    }

    @Test
    void savedModelLoadsWithReferencesAndDates() throws Exception {
        Path file = dir.resolve("small.privflow");
        ModelStore.save(smallModel(), file);
        DataFlowModel loaded = ModelStore.load(file);
        assertEquals(LocalDate.of(2026, 11, 24), loaded.getAsOf());
        Service service = loaded.getServices().get(0);
        assertSame(loaded.getOrganisations().get(0), service.getProvider());
        assertSame(service, loaded.getFlows().get(0).getTarget());
        assertNotNull(service.getId(), "every element gets a stable id");
    }

    @Test
    void savingAnUnchangedModelGivesIdenticalBytes() throws Exception {
        Path file = dir.resolve("small.privflow");
        ModelStore.save(smallModel(), file);
        byte[] first = Files.readAllBytes(file);
        DataFlowModel loaded = ModelStore.load(file);
        ModelStore.save(loaded, file);
        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Test
    void dateIsWrittenAsPlainIsoDate() throws Exception {
        String text = new String(ModelStore.toBytes(smallModel()), StandardCharsets.UTF_8);
        assertTrue(text.contains("asOf=\"2026-11-24\""), text);
    }

    @Test
    void doctypeIsRefusedAndTheFileIsLeftAlone() throws Exception {
        Path file = dir.resolve("xxe.privflow");
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <privflow:DataFlowModel xmlns:privflow="urn:privflow:model:1.0" name="&x;"/>
                """;
        Files.writeString(file, hostile);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(file));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertEquals(2, e.getLine());
        assertEquals(hostile, Files.readString(file));
    }
}
