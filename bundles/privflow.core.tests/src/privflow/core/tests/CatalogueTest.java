// SPDX-License-Identifier: EPL-2.0
package privflow.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.core.Catalogues;
import privflow.core.LegalFacts;
import privflow.model.AdequacyDecision;
import privflow.model.AdequacyScope;
import privflow.model.Catalogue;
import privflow.model.PrivflowFactory;
import privflow.model.io.ModelStore;

/** The shipped catalogue is dated and sourced; a user's catalogue overrides it without a rebuild. */
class CatalogueTest {

    @TempDir
    Path dir;

    @Test
    void shippedCatalogueKnowsTheEeaAndIsDatedAndSourced() {
        Catalogue shipped = Catalogues.shipped();
        assertNotNull(shipped.getAsOf());
        assertEquals(shipped.getAsOf(), Catalogues.shippedAsOf(), "the date --version reads without loading the catalogue");
        assertFalse(shipped.getSources().isEmpty());
        LegalFacts facts = LegalFacts.of(java.util.List.of(shipped));
        assertEquals(30, shipped.getCountries().stream().filter(c -> c.isEea()).count());
        assertTrue(facts.isEea("NO") && facts.isEea("GR") && !facts.isEea("CH") && !facts.isEea("GB"));
        for (AdequacyDecision d : shipped.getAdequacyDecisions()) {
            assertNotNull(d.getSource(), d.getKey() + " has a source");
            assertNotNull(d.getAdopted(), d.getKey() + " has a date");
        }
        assertTrue(facts.knownServices().containsKey("whatsapp-consumer"));
        assertTrue(facts.scenarios().containsKey("dpf-invalid") && facts.scenarios().containsKey("uk-not-renewed"));
    }

    @Test
    void ukDecisionInForceDependsOnTheDate() {
        LegalFacts facts = LegalFacts.of(java.util.List.of(Catalogues.shipped()));
        assertEquals("GB-2021", facts.adequacyInForce("GB", LocalDate.of(2024, 1, 1)).getKey());
        assertEquals("GB-2025", facts.adequacyInForce("GB", LocalDate.of(2026, 1, 1)).getKey());
        assertNull(facts.adequacyInForce("US", LocalDate.of(2021, 10, 29)));
        assertNull(facts.withScenario("uk-not-renewed").adequacyInForce("GB", LocalDate.of(2026, 1, 1)));
        assertEquals("GB-2021", facts.withScenario("uk-not-renewed").expiredAdequacy("GB", LocalDate.of(2026, 1, 1)).getKey());
    }

    @Test
    void userCatalogueFolderAddsADecision() throws Exception {
        Catalogue mine = PrivflowFactory.eINSTANCE.createCatalogue();
        mine.setName("Our legal team's additions");
        mine.setAsOf(LocalDate.of(2027, 1, 1));
        AdequacyDecision india = PrivflowFactory.eINSTANCE.createAdequacyDecision();
        india.setKey("IN");
        india.setCountry("IN");
        india.setScope(AdequacyScope.WHOLE);
        india.setAdopted(LocalDate.of(2026, 12, 1));
        india.setSource("hypothetical, for the test");
        mine.getAdequacyDecisions().add(india);
        ModelStore.save(mine, dir.resolve("ours.privflowcat"));
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        LegalFacts facts = Catalogues.facts(dir, null);
        assertNotNull(facts.adequacyInForce("IN", LocalDate.of(2027, 2, 1)));
        assertEquals(LocalDate.of(2027, 1, 1), facts.asOf());
    }
}
