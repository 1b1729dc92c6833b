// SPDX-License-Identifier: EPL-2.0
package privflow.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Transfer;
import privflow.model.Derogation;
import privflow.model.DerogationPoint;
import privflow.model.DataFlow;
import privflow.model.Organisation;
import privflow.model.SccModule;
import privflow.model.Service;

/**
 * The seam between findings and transfers: every finding of a transfer rule names the transfer it
 * concerns, and that is the right one even where its flow has several (the transfers are set up so
 * that the flow's first transfer is never the answer).
 */
class FindingTransferTest {

    /** @return the only finding of {@code rule}, after checking that its transfer is also found from the transfer's side */
    private static Finding only(AnalysisResult result, Rule rule) {
        List<Finding> found = Findings.of(result, rule);
        assertEquals(1, found.size(), () -> result.findings().toString());
        Finding f = found.get(0);
        assertTrue(f.transfer().isPresent(), () -> f + " names no transfer");
        assertTrue(result.transfers().contains(f.transfer().get()), "the transfer is one of the result's");
        assertTrue(result.findingsAbout(f.transfer().get()).contains(f), "the transfer knows its finding");
        assertEquals(f.transfer().get().path(), f.path(), "the finding's path is its transfer's");
        return f;
    }

    private static void assertTransfer(Finding f, DataFlow flow, String country, Transfer.Kind kind) {
        Transfer t = f.transfer().get();
        assertSame(flow, t.flow());
        assertEquals(country, t.country(), f::toString);
        assertEquals(kind, t.kind(), f::toString);
    }

    @Test
    void transferWithoutToolNamesTheUncoveredCountry() {
        ModelBuilder m = new ModelBuilder();
        DataFlow f = m.flow("f", m.customers, m.service("s", m.organisation("vendor", "FI"), "CH", "CN"));
        Finding finding = only(Findings.run(m.model), Rule.TRANSFER_WITHOUT_TOOL);
        assertTransfer(finding, f, "CN", Transfer.Kind.STORAGE);
        assertSame(m.model.getServices().get(0), finding.transfer().get().recipient());
    }

    @Test
    void adequacyScopeReviewDueNamesTheAdequateCountry() {
        ModelBuilder m = new ModelBuilder();
        m.model.setAsOf(LocalDate.of(2030, 6, 1));
        Service s = m.service("s", m.organisation("vendor", "FI"), "CN", "BR");
        DataFlow f = m.flow("f", m.customers, s);
        AnalysisResult result = Findings.run(m.model);
        Finding review = only(result, Rule.ADEQUACY_SCOPE);
        assertEquals("adequacy-scope:f:s:BR:review", review.key(), "the key only identifies the finding");
        assertTransfer(review, f, "BR", Transfer.Kind.STORAGE);
    }

    @Test
    void adequacyScopeOutOfScopeNamesTheUsTransfer() {
        ModelBuilder m = new ModelBuilder();
        DataFlow f = m.flow("f", m.customers, m.service("s", m.organisation("vendor", "FI"), "CH", "US"));
        assertTransfer(only(Findings.run(m.model), Rule.ADEQUACY_SCOPE), f, "US", Transfer.Kind.STORAGE);
    }

    @Test
    void onwardTransferNamesTheSubProcessor() {
        ModelBuilder m = new ModelBuilder();
        Service desk = m.service("desk", m.organisation("in", "IN"), "IN");
        Service payroll = m.service("payroll", m.organisation("fi", "FI"), "CH");
        payroll.getSubProcessors().add(desk);
        DataFlow f = m.flow("f", m.customers, payroll);
        Finding finding = only(Findings.run(m.model), Rule.ONWARD_TRANSFER);
        assertTransfer(finding, f, "IN", Transfer.Kind.ONWARD);
        assertSame(desk, finding.transfer().get().recipient());
    }

    @Test
    void remoteAccessNamesTheAccessingCountry() {
        ModelBuilder m = new ModelBuilder();
        Service s = m.service("s", m.organisation("fi", "FI"), "CH");
        m.location(s, "IN", true);
        DataFlow f = m.flow("f", m.customers, s);
        assertTransfer(only(Findings.run(m.model), Rule.REMOTE_ACCESS_TRANSFER), f, "IN", Transfer.Kind.REMOTE_ACCESS);
    }

    @Test
    void sccModuleMismatchNamesTheTransferTheClausesCover() {
        ModelBuilder m = new ModelBuilder();
        Organisation vendor = m.organisation("vendor", "FI");
        DataFlow f = m.flow("f", m.customers, m.service("s", vendor, "CH", "IN"));
        f.setSafeguard(RulesTest.scc(SccModule.C2C, LocalDate.of(2026, 1, 1)));
        assertTransfer(only(Findings.run(m.model), Rule.SCC_MODULE_MISMATCH), f, "IN", Transfer.Kind.STORAGE);
    }

    @Test
    void tiaMissingNamesTheTransferRelyingOnTheClauses() {
        ModelBuilder m = new ModelBuilder();
        DataFlow f = m.flow("f", m.customers, m.service("s", m.organisation("fi", "FI"), "CH", "IN"));
        f.setSafeguard(RulesTest.scc(SccModule.C2P, null));
        Finding finding = only(Findings.run(m.model), Rule.TIA_MISSING_OR_OLD);
        assertTransfer(finding, f, "IN", Transfer.Kind.STORAGE);
        assertTrue(finding.message(Locale.ENGLISH).contains("India"), () -> finding.message(Locale.ENGLISH));
    }

    @Test
    void derogationNamesTheTransferRelyingOnIt() {
        ModelBuilder m = new ModelBuilder();
        DataFlow f = m.flow("f", m.customers, m.service("s", m.organisation("fi", "FI"), "CH", "CN"));
        Derogation d = ModelBuilder.F.createDerogation();
        d.setId("d");
        d.setPoint(DerogationPoint.EXPLICIT_CONSENT);
        f.setSafeguard(d);
        assertTransfer(only(Findings.run(m.model), Rule.DEROGATION_SYSTEMATIC), f, "CN", Transfer.Kind.STORAGE);
    }

    @Test
    void aTransferToAnOrganisationWithoutAServiceHasTheOrganisationAsRecipient() {
        ModelBuilder m = new ModelBuilder();
        Organisation partner = m.organisation("partner", "CN");
        DataFlow f = m.flow("f", m.controller, partner);
        Finding finding = only(Findings.run(m.model), Rule.TRANSFER_WITHOUT_TOOL);
        assertTransfer(finding, f, "CN", Transfer.Kind.LEGAL_ENTITY);
        assertSame(partner, finding.transfer().get().recipient());
        assertEquals(null, finding.transfer().get().service());
    }

    @Test
    void findingsOfOtherRulesNameNoTransferAndEveryFindingHasASubject() {
        ModelBuilder m = new ModelBuilder();
        Service s = m.service("s", m.organisation("vendor", "US"), "US");
        s.setContract(privflow.model.ContractType.CONSUMER_TERMS_PERSONAL);
        m.flow("f", m.customers, s);
        m.activity.setDataSubjectsInformed(false);
        AnalysisResult result = Findings.run(m.model);
        for (Finding f : result.findings()) {
            assertSame(f.elements().get(0), f.subject());
            assertEquals(f.rule().isTransferRule(), f.transfer().isPresent(), f::toString);
        }
        assertTrue(result.findings().stream().anyMatch(f -> !f.rule().isTransferRule()), "the model raises other rules too");
    }
}
