// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import privflow.model.ContractType;
import privflow.model.DataFlowModel;
import privflow.model.DataKind;
import privflow.model.Identified;
import privflow.model.Service;
import privflow.model.io.ModelStore;

class ExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = {"cleaning-company.privflow", "cleaning-company-2026.privflow", "midsize-company.privflow",
            "saas-dpa-scc.privflow"})
    void exampleRoundTripsByteIdentically(String name) throws Exception {
        Path file = Examples.file(name);
        DataFlowModel model = ModelStore.load(file);
        assertArrayEquals(Files.readAllBytes(file), ModelStore.toBytes(model),
                name + " must be saved exactly as committed (run the normaliser after editing it by hand)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cleaning-company.privflow", "cleaning-company-2026.privflow", "midsize-company.privflow",
            "saas-dpa-scc.privflow"})
    void everyElementHasAUniqueUuid(String name) throws Exception {
        DataFlowModel model = ModelStore.load(Examples.file(name));
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified identified) {
                UUID.fromString(identified.getId());
                assertTrue(ids.add(identified.getId()), "duplicate id " + identified.getId());
            }
        }
        assertTrue(ids.size() > 10);
    }

    @Test
    void aPastedCopyGetsNewIdsAndAnUndoneDeleteKeepsItsOwn() throws Exception {
        DataFlowModel model = ModelStore.load(Examples.file("midsize-company.privflow"));
        Service payroll = model.getServices().stream().filter(s -> "Payroll service".equals(s.getName())).findFirst()
                .orElseThrow();
        Service copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(payroll);
        model.getServices().add(copy);
        assertTrue(!copy.getId().equals(payroll.getId()), "the copy needs its own id");
        assertEquals(copy, model.eResource().getEObject(copy.getId()));
        assertEquals(payroll, model.eResource().getEObject(payroll.getId()));

        String id = payroll.getId();
        int index = model.getServices().indexOf(payroll);
        model.getServices().remove(payroll);
        model.getServices().add(index, payroll);
        assertEquals(id, payroll.getId(), "re-adding the same element keeps its id, so references stay valid");
    }

    @Test
    void cleaningCompanySendsDoorCodesToWhatsAppOnPersonalTerms() throws Exception {
        DataFlowModel model = ModelStore.load(Examples.file("cleaning-company.privflow"));
        Service whatsapp = model.getServices().stream().filter(s -> "whatsapp-consumer".equals(s.getCatalogueEntry()))
                .findFirst().orElseThrow();
        assertEquals(ContractType.CONSUMER_TERMS_PERSONAL, whatsapp.getContract());
        assertTrue(whatsapp.getLocations().stream().anyMatch(l -> "US".equals(l.getCountry())));
        assertTrue(model.getFlows().stream().anyMatch(f -> f.getTarget() == whatsapp
                && f.getDataCategories().stream().anyMatch(c -> c.getKind() == DataKind.ACCESS_CODE)));
    }

    @Test
    void midsizePayrollHasASubProcessorInIndia() throws Exception {
        DataFlowModel model = ModelStore.load(Examples.file("midsize-company.privflow"));
        Service payroll = model.getServices().stream().filter(s -> "Payroll service".equals(s.getName())).findFirst()
                .orElseThrow();
        assertEquals("IN", payroll.getSubProcessors().get(0).getLocations().get(0).getCountry());
    }
}
