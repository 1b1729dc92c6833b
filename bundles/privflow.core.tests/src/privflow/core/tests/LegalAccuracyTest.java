// SPDX-License-Identifier: EPL-2.0
package privflow.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.LegalFacts;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.core.Transfer;
import privflow.model.Accessor;
import privflow.model.Channel;
import privflow.model.ContractType;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataKind;
import privflow.model.Derogation;
import privflow.model.DerogationPoint;
import privflow.model.DeviceControl;
import privflow.model.DpfCertification;
import privflow.model.Frequency;
import privflow.model.KnownOrganisation;
import privflow.model.KnownService;
import privflow.model.Organisation;
import privflow.model.Role;
import privflow.model.SccModule;
import privflow.model.Service;
import privflow.model.StandardContractualClauses;

/**
 * What a privacy lawyer checks beyond the single rules: the seed case as decided, who accesses
 * from where, transfer tools in contracts, the critical severity, and messages that state the
 * actual reason and fitting remedies.
 */
class LegalAccuracyTest {

    private static List<String> keys(List<Finding.Text> texts) {
        return texts.stream().map(Finding.Text::key).toList();
    }

    private static List<String> facts(Finding f) {
        return f.facts().stream().map(t -> t.render(Locale.ENGLISH)).toList();
    }

    private static StandardContractualClauses scc(SccModule module) {
        StandardContractualClauses scc = ModelBuilder.F.createStandardContractualClauses();
        scc.setId("scc-" + module.getName());
        scc.setModule(module);
        scc.setTiaReference("TIA 1");
        scc.setTiaDate(LocalDate.of(2026, 1, 1));
        return scc;
    }

    @Nested
    class UnmanagedDevices {
        @Test
        void accessCodesOnPersonalPhonesAreHighAndEndToEndEncryptionDoesNotHelp() {
            ModelBuilder m = new ModelBuilder();
            Service chat = m.service("chat", m.organisation("ie", "IE"), "IE");
            chat.setDevices(DeviceControl.PERSONAL);
            chat.setEndToEndEncrypted(true);
            DataFlow f = m.flow("f", m.controller, chat, m.category("door codes", DataKind.ACCESS_CODE, false));
            f.setChannel(Channel.E2E_CHAT_MESSAGE);
            Finding found = Findings.of(m.model, Rule.UNMANAGED_DEVICES).get(0);
            assertEquals(Severity.HIGH, found.severity());
            assertTrue(keys(found.facts()).contains("Fact_E2eOnDevice"));
            assertEquals(List.of("Remedy_ManagedDevices", "Remedy_Offboarding", "Remedy_NoAccessCodesInMessages"),
                    keys(found.remedies()));
            assertTrue(Findings.of(m.model, Rule.WEAK_CHANNEL).isEmpty(), "the channel itself is protected");
        }

        @Test
        void contactDataOnPersonalDevicesIsMediumWithoutTheAccessCodeRemedy() {
            ModelBuilder m = new ModelBuilder();
            Service chat = m.service("chat", m.organisation("ie", "IE"), "IE");
            chat.setDevices(DeviceControl.PERSONAL);
            m.flow("f", m.controller, chat);
            Finding found = Findings.of(m.model, Rule.UNMANAGED_DEVICES).get(0);
            assertEquals(Severity.MEDIUM, found.severity());
            assertFalse(keys(found.remedies()).contains("Remedy_NoAccessCodesInMessages"));
        }

        @Test
        void consumerAccountsCountAsUnmanagedUnlessTheModelSaysTheDevicesAreManaged() {
            ModelBuilder m = new ModelBuilder();
            Service chat = m.service("chat", m.organisation("ie", "IE"), "IE");
            chat.setContract(ContractType.CONSUMER_TERMS_PERSONAL);
            m.flow("f", m.controller, chat, m.category("identity code", DataKind.IDENTIFIER, false));
            Finding found = Findings.of(m.model, Rule.UNMANAGED_DEVICES).get(0);
            assertEquals(Severity.HIGH, found.severity());
            assertTrue(found.message(Locale.ENGLISH).contains("is used through consumer accounts"));
            chat.setDevices(DeviceControl.ORGANISATION_MANAGED);
            assertTrue(Findings.of(m.model, Rule.UNMANAGED_DEVICES).isEmpty());
        }

        @Test
        void aBusinessServiceOnUnrecordedDevicesIsNotAssumedUnmanaged() {
            ModelBuilder m = new ModelBuilder();
            m.flow("f", m.controller, m.service("crm", m.organisation("de", "DE"), "DE"));
            assertTrue(Findings.of(m.model, Rule.UNMANAGED_DEVICES).isEmpty());
        }
    }

    @Nested
    class WhoAccesses {
        @Test
        void theOrganisationsOwnStaffAbroadIsNotATransfer() {
            ModelBuilder m = new ModelBuilder();
            Service s = m.service("s", m.organisation("fi", "FI"), "FI");
            m.location(s, "IN", true).setAccessedBy(Accessor.CONTROLLER_STAFF);
            m.flow("f", m.customers, s);
            AnalysisResult result = Findings.run(m.model);
            assertTrue(result.transfers().isEmpty());
            assertTrue(Findings.of(result, Rule.REMOTE_ACCESS_TRANSFER).isEmpty());
        }

        @Test
        void anEeaProcessorsAffiliateAbroadNeedsModuleThree() {
            ModelBuilder m = new ModelBuilder();
            Organisation processor = m.organisation("processor", "DE");
            m.role(processor, Role.PROCESSOR);
            Service s = m.service("s", processor, "DE");
            m.location(s, "IN", true).setAccessedBy(Accessor.PROVIDER_AFFILIATE);
            m.flow("f", m.customers, s);
            Finding found = Findings.of(m.model, Rule.REMOTE_ACCESS_TRANSFER).get(0);
            assertEquals(SccModule.P2P, found.transfer().orElseThrow().fittingSccModule());
            assertTrue(found.message(Locale.ENGLISH).contains("which the provider's parent or affiliate access remotely from India"),
                    found.message(Locale.ENGLISH));
            assertTrue(facts(found).contains("Accessed from there by: the provider's parent or affiliate."), facts(found)::toString);
            assertFalse(keys(found.remedies()).contains("Remedy_RecordAccessor"));
        }

        @Test
        void aProcessorEstablishedWhereItsStaffAccessIsModuleTwo() {
            ModelBuilder m = new ModelBuilder();
            Organisation processor = m.organisation("processor", "IN");
            m.role(processor, Role.PROCESSOR);
            Service s = m.service("s", processor, "FI");
            m.location(s, "IN", true).setAccessedBy(Accessor.PROCESSOR_STAFF);
            m.flow("f", m.customers, s);
            Finding found = Findings.of(m.model, Rule.REMOTE_ACCESS_TRANSFER).get(0);
            assertEquals(SccModule.C2P, found.transfer().orElseThrow().fittingSccModule());
        }

        @Test
        void unrecordedAccessorsAreAssessedAsATransferAndAskedFor() {
            ModelBuilder m = new ModelBuilder();
            Service s = m.service("s", m.organisation("fi", "FI"), "FI");
            m.location(s, "IN", true);
            m.flow("f", m.customers, s);
            Finding found = Findings.of(m.model, Rule.REMOTE_ACCESS_TRANSFER).get(0);
            assertTrue(keys(found.remedies()).contains("Remedy_RecordAccessor"));
            assertTrue(keys(found.facts()).contains("Fact_AccessorUnknown"));
        }
    }

    @Nested
    class ContractTools {
        @Test
        void sccsInTheServicesDpaCoverEveryFlowToItAndShowAsInherited() {
            ModelBuilder m = new ModelBuilder();
            Organisation vendor = m.organisation("vendor", "US");
            m.role(vendor, Role.PROCESSOR);
            Service s = m.service("s", vendor, "US");
            s.getTransferTools().add(scc(SccModule.C2P));
            m.flow("f1", m.customers, s);
            m.flow("f2", m.controller, s);
            AnalysisResult result = Findings.run(m.model);
            assertTrue(result.findings().isEmpty(), result.findings()::toString);
            assertEquals(4, result.transfers().size(), "two flows, each to the vendor's entity and its US storage");
            for (Transfer t : result.transfers()) {
                assertEquals(Transfer.Coverage.SAFEGUARD, t.coverage());
                assertTrue(t.isToolInherited());
                assertEquals("standard contractual clauses, module 2 (controller to processor), in the contract of s",
                        t.toolText().render(Locale.ENGLISH));
            }
        }

        @Test
        void theProvidersContractCoversItsServicesAndAFlowCanOverride() {
            ModelBuilder m = new ModelBuilder();
            Organisation vendor = m.organisation("vendor", "IN");
            m.role(vendor, Role.PROCESSOR);
            vendor.getTransferTools().add(scc(SccModule.C2P));
            Service s = m.service("s", vendor, "IN");
            DataFlow f = m.flow("f", m.customers, s);
            Transfer t = Findings.run(m.model).transfers().get(0);
            assertEquals(vendor, t.toolHolder());
            Derogation derogation = ModelBuilder.F.createDerogation();
            derogation.setId("derogation");
            derogation.setPoint(DerogationPoint.EXPLICIT_CONSENT);
            f.setSafeguard(derogation);
            f.setFrequency(Frequency.REGULAR);
            AnalysisResult result = Findings.run(m.model);
            assertEquals(Transfer.Coverage.DEROGATION, result.transfers().get(0).coverage());
            assertFalse(result.transfers().get(0).isToolInherited());
            assertEquals(1, Findings.of(result, Rule.DEROGATION_SYSTEMATIC).size());
        }

        @Test
        void anInheritedModuleThatDoesNotFitTheRolesIsReportedWithWhereItComesFrom() {
            ModelBuilder m = new ModelBuilder();
            Organisation vendor = m.organisation("vendor", "IN");
            m.role(vendor, Role.PROCESSOR);
            Service s = m.service("s", vendor, "IN");
            s.getTransferTools().add(scc(SccModule.C2C));
            m.flow("f", m.customers, s);
            Finding found = Findings.of(m.model, Rule.SCC_MODULE_MISMATCH).get(0);
            assertTrue(
                    facts(found).contains(
                            "Transfer tool: standard contractual clauses, module 1 (controller to controller), in the contract of s."),
                    facts(found)::toString);
        }

        @Test
        void anInheritedSafeguardNeedsATransferImpactAssessmentToo() {
            ModelBuilder m = new ModelBuilder();
            Organisation vendor = m.organisation("vendor", "IN");
            m.role(vendor, Role.PROCESSOR);
            Service s = m.service("s", vendor, "IN");
            StandardContractualClauses clauses = scc(SccModule.C2P);
            clauses.setTiaReference(null);
            clauses.setTiaDate(null);
            s.getTransferTools().add(clauses);
            m.flow("f", m.customers, s);
            assertEquals(1, Findings.of(m.model, Rule.TIA_MISSING_OR_OLD).size());
        }
    }

    @Nested
    class CriticalSeverity {
        @Test
        void healthDataToIndiaWithNoToolIsCriticalAndContactDataIsHigh() {
            ModelBuilder m = new ModelBuilder();
            Service s = m.service("s", m.organisation("in", "IN"), "IN");
            DataFlow health = m.flow("health", m.customers, s, m.category("health", DataKind.HEALTH, true));
            m.flow("contact", m.customers, s);
            List<Finding> found = Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL);
            Finding critical = found.stream().filter(f -> f.subject() == health).findFirst().orElseThrow();
            Finding high = found.stream().filter(f -> f.subject() != health).findFirst().orElseThrow();
            assertEquals(Severity.CRITICAL, critical.severity());
            assertEquals(Severity.HIGH, high.severity());
            assertTrue(facts(high).stream().noneMatch(f -> f.contains("critical") || f.contains("raised")), facts(high)::toString);
        }

        @Test
        void criminalDataIdentityCodesAndAccessCodesAreCriticalToo() {
            for (DataKind kind : new DataKind[]{DataKind.IDENTIFIER, DataKind.ACCESS_CODE}) {
                ModelBuilder m = new ModelBuilder();
                m.flow("f", m.customers, m.service("s", m.organisation("in", "IN"), "IN"), m.category("c", kind, false));
                assertEquals(Severity.CRITICAL, Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).get(0).severity(), kind.getName());
            }
            ModelBuilder m = new ModelBuilder();
            DataCategory criminal = m.category("convictions", DataKind.OTHER, false);
            criminal.setCriminal(true);
            m.flow("f", m.customers, m.service("s", m.organisation("in", "IN"), "IN"), criminal);
            assertEquals(Severity.CRITICAL, Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).get(0).severity());
        }

        @Test
        void aCoveredTransferOfHealthDataIsNotCriticalAndTheRaiseIsStatedAsItHappened() {
            ModelBuilder m = new ModelBuilder();
            Organisation vendor = m.organisation("vendor", "IN");
            m.role(vendor, Role.PROCESSOR);
            DataFlow f = m.flow("f", m.customers, m.service("s", vendor, "IN"), m.category("health", DataKind.HEALTH, true));
            StandardContractualClauses clauses = scc(SccModule.C2P);
            clauses.setTiaReference(null);
            clauses.setTiaDate(null);
            f.setSafeguard(clauses);
            AnalysisResult result = Findings.run(m.model);
            assertTrue(result.findings().stream().noneMatch(x -> x.severity() == Severity.CRITICAL));
            Finding tia = Findings.of(result, Rule.TIA_MISSING_OR_OLD).get(0);
            assertEquals(Severity.HIGH, tia.severity());
            assertEquals("The finding is raised from medium to high because the flow carries health.", facts(tia).get(0));
        }

        @Test
        void aHighFindingOnSpecialDataDoesNotClaimARaise() {
            ModelBuilder m = new ModelBuilder();
            Organisation vendor = m.organisation("vendor", "IN");
            DataFlow f = m.flow("f", m.customers, m.service("s", vendor, "IN"), m.category("health", DataKind.HEALTH, true));
            Derogation derogation = ModelBuilder.F.createDerogation();
            derogation.setId("d");
            derogation.setPoint(DerogationPoint.EXPLICIT_CONSENT);
            f.setSafeguard(derogation);
            f.setFrequency(Frequency.REGULAR);
            Finding found = Findings.of(m.model, Rule.DEROGATION_SYSTEMATIC).get(0);
            assertEquals(Severity.HIGH, found.severity());
            assertTrue(facts(found).stream().noneMatch(x -> x.contains("raised")), facts(found)::toString);
        }
    }

    @Nested
    class Messages {
        private Finding usTransfer(boolean certified, boolean coversHr, DataKind kind) {
            ModelBuilder m = new ModelBuilder();
            Organisation us = m.organisation("Acme Inc.", "US");
            us.setDpfCertified(certified);
            us.setDpfCoversHr(coversHr);
            m.flow("f", m.customers, m.service("s", us, "US"), m.category("data", kind, false));
            return Findings.of(m.model, Rule.ADEQUACY_SCOPE).get(0);
        }

        @Test
        void anUncertifiedUsImporterIsNamedAsSuchAndNothingIsSaidToBeReliedOn() {
            Finding f = usTransfer(false, false, DataKind.CONTACT);
            String message = f.message(Locale.ENGLISH);
            assertFalse(message.contains("relying"), message);
            assertTrue(message.contains(
                    "covers only organisations certified under the Data Privacy Framework; Acme Inc. is not certified, and no other transfer tool is recorded"),
                    message);
            assertTrue(message.contains("(EU) 2023/1795 of 2023-07-10"), message);
            assertEquals(List.of("Remedy_CheckDpf", "Remedy_RecordScc"), keys(f.remedies()));
        }

        @Test
        void aCertificationThatExcludesHrDataSaysSoWhenHrDataIsSent() {
            String message = usTransfer(true, false, DataKind.EMPLOYMENT).message(Locale.ENGLISH);
            assertTrue(message.contains("its certification does not cover HR data"), message);
        }

        @Test
        void aRecordedDpfRelianceOnAnUncertifiedImporterIsCalledThat() {
            ModelBuilder m = new ModelBuilder();
            Organisation us = m.organisation("Acme Inc.", "US");
            DataFlow f = m.flow("f", m.customers, m.service("s", us, "US"));
            DpfCertification dpf = ModelBuilder.F.createDpfCertification();
            dpf.setId("dpf");
            f.setSafeguard(dpf);
            String message = Findings.of(m.model, Rule.ADEQUACY_SCOPE).get(0).message(Locale.ENGLISH);
            assertTrue(message.contains("records reliance on the Data Privacy Framework"), message);
        }

        @Test
        void aNonUsImporterHearsNothingAboutTheDpf() {
            ModelBuilder m = new ModelBuilder();
            m.flow("f", m.customers, m.service("s", m.organisation("in", "IN"), "IN"));
            Finding f = Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).get(0);
            assertTrue(facts(f).stream().noneMatch(x -> x.contains("Data Privacy Framework")), facts(f)::toString);
            assertFalse(keys(f.remedies()).contains("Remedy_CheckDpf"));
            ModelBuilder ca = new ModelBuilder();
            ca.flow("f", ca.customers, ca.service("s", ca.organisation("ca", "CA"), "CA"));
            Finding canada = Findings.of(ca.model, Rule.ADEQUACY_SCOPE).get(0);
            assertEquals(List.of("Remedy_CheckPipeda", "Remedy_RecordScc"), keys(canada.remedies()));
        }

        @Test
        void aConsumerAppIsNotToldToSignSccs() {
            ModelBuilder m = new ModelBuilder();
            Organisation provider = m.organisation("Signal Messenger, LLC", "US");
            Service s = m.service("signal", provider, "US");
            s.setContract(ContractType.CONSUMER_TERMS_PERSONAL);
            m.flow("f", m.controller, s);
            Finding f = Findings.of(m.model, Rule.ADEQUACY_SCOPE).get(0);
            assertEquals(List.of("Remedy_CheckDpf", "Remedy_StopConsumerApp", "Remedy_BusinessProductDpa"), keys(f.remedies()));
        }

        @Test
        void aDecisionWithoutANumberIsNamedByItsDateNeverAsNumberNotFound() {
            ModelBuilder m = new ModelBuilder();
            m.flow("f", m.customers, m.service("s", m.organisation("uk", "GB"), "GB"));
            Transfer t = Findings.run(m.model).transfers().get(0);
            assertEquals("adequacy decision of 2025-12-19", t.toolText().render(Locale.ENGLISH));
            for (var d : Findings.facts(m.model).adequacyDecisions().values()) {
                assertFalse(String.valueOf(d.getDecisionId()).contains("not found"), d.getKey());
            }
        }

        @Test
        void financialDataByPlainEmailIsAWeakChannelWithRemediesForWhatItCarries() {
            ModelBuilder m = new ModelBuilder();
            DataFlow f = m.flow("f", m.controller, m.service("payroll", m.organisation("fi", "FI"), "FI"),
                    m.category("salary and bank account", DataKind.FINANCIAL, false));
            f.setChannel(Channel.EMAIL);
            Finding found = Findings.of(m.model, Rule.WEAK_CHANNEL).get(0);
            assertEquals(Severity.MEDIUM, found.severity());
            assertEquals(List.of("Remedy_SecureChannel"), keys(found.remedies()));
            assertTrue(found.remedies().get(0).render(Locale.ENGLISH).startsWith("Send salary and bank account only through"));
            f.setChannel(Channel.SMS);
            assertEquals(1, Findings.of(m.model, Rule.WEAK_CHANNEL).size(), "an SMS is no safer than plain e-mail");
        }
    }

    @Nested
    class OneOrganisationOneSetOfFacts {
        @Test
        void twoEntriesForOneOrganisationWithDifferentDpfFactsAreOneFinding() {
            ModelBuilder m = new ModelBuilder();
            Organisation a = m.organisation("Meta Platforms, Inc.", "US");
            a.setDpfCertified(true);
            Organisation b = m.organisation("meta platforms,  inc", "US");
            m.flow("f", m.customers, m.service("s", b, "US"));
            List<Finding> found = Findings.of(m.model, Rule.CONFLICTING_FACTS).stream()
                    .filter(f -> !f.key().endsWith(":catalogue")).toList();
            assertEquals(1, found.size());
            assertEquals(a, found.get(0).subject());
            assertTrue(
                    found.get(0).message(Locale.ENGLISH).contains("certified under the Data Privacy Framework here, not certified there"),
                    found.get(0).message(Locale.ENGLISH));
            b.setDpfCertified(true);
            assertTrue(Findings.of(m.model, Rule.CONFLICTING_FACTS).isEmpty());
        }

        @Test
        void anEditorSessionSeesATwinAddedRemovedOrRenamed() {
            ModelBuilder m = new ModelBuilder();
            Organisation a = m.organisation("Acme Oy", "FI");
            m.flow("f", m.customers, m.service("s", a, "FI"));
            var session = privflow.core.Analysis.session(m.model, Findings.facts(m.model), privflow.core.AnalysisOptions.DEFAULT);
            try {
                assertTrue(Findings.of(session.result(), Rule.CONFLICTING_FACTS).isEmpty());
                Organisation b = m.organisation("ACME  Oy", "SE");
                assertEquals(1, Findings.of(session.result(), Rule.CONFLICTING_FACTS).size(), "a twin added");
                m.model.getOrganisations().remove(b);
                assertTrue(Findings.of(session.result(), Rule.CONFLICTING_FACTS).isEmpty(), "the twin removed");
                m.model.getOrganisations().add(b);
                b.setName("Other Ab");
                assertTrue(Findings.of(session.result(), Rule.CONFLICTING_FACTS).isEmpty(), "the twin renamed");
                b.setDpfCertified(true);
                b.setName("Acme Oy");
                assertEquals(1, Findings.of(session.result(), Rule.CONFLICTING_FACTS).size());
            } finally {
                session.dispose();
            }
        }

        @Test
        void aModelThatContradictsTheCatalogueIsTold() {
            ModelBuilder m = new ModelBuilder();
            Organisation meta = m.organisation("Meta Platforms, Inc.", "US");
            Finding found = Findings.of(m.model, Rule.CONFLICTING_FACTS).get(0);
            assertTrue(found.message(Locale.ENGLISH).contains("not certified under the Data Privacy Framework here, certified there"),
                    found.message(Locale.ENGLISH));
            meta.setDpfCertified(true);
            assertTrue(Findings.of(m.model, Rule.CONFLICTING_FACTS).isEmpty());
        }

        @Test
        void everyKnownServiceRefersToOneSetOfFactsAboutItsProvider() {
            LegalFacts facts = Findings.facts(new ModelBuilder().model);
            for (KnownService s : facts.knownServices().values()) {
                List<KnownOrganisation> chain = facts.providerChain(s);
                assertFalse(chain.isEmpty(), s.getKey() + " names its provider");
                assertEquals(facts.knownOrganisations().get(s.getProvider()), chain.get(0), s.getKey());
            }
            KnownService consumer = facts.knownServices().get("whatsapp-consumer");
            KnownService business = facts.knownServices().get("whatsapp-business");
            assertEquals(facts.providerChain(consumer), facts.providerChain(business));
            assertTrue(facts.dpfCertified(consumer), "Meta's certification is a fact about Meta, not about a product");
        }
    }

    @Test
    void aReviewOfTheOldConsumerTermsFindingInAVersionOneZeroFileComesBackStale(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old.privflow");
        Files.writeString(file,
                """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <privflow:DataFlowModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:privflow="urn:privflow:model:1.0" id="m" name="Old" asOf="2026-11-24">
                          <organisations id="ie" name="Chat Ireland" country="IE"/>
                          <services id="chat" name="Chat" provider="#ie" contract="CONSUMER_TERMS_PERSONAL" encryptedInTransit="true">
                            <locations country="IE"/>
                          </services>
                          <dataSubjectCategories id="customers" name="Customers"/>
                          <flows id="f" name="Visits" source="#customers" target="#chat"/>
                          <reviews id="r" findingKey="no-processor-contract:chat" status="ACCEPTED" rationale="Stopped in June"/>
                        </privflow:DataFlowModel>
                        """);
        var model = privflow.model.io.ModelStore.load(file);
        Finding f = Findings.of(model, Rule.INDEPENDENT_CONTROLLER).get(0);
        assertEquals(privflow.core.ReviewState.STALE, f.review());
        assertEquals("Stopped in June", f.decision().getRationale());
    }
}
