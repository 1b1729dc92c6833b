// SPDX-License-Identifier: EPL-2.0
package privflow.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.edit.Labels;
import privflow.model.Article9Condition;
import privflow.model.BindingCorporateRules;
import privflow.model.Channel;
import privflow.model.ContractType;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataKind;
import privflow.model.Derogation;
import privflow.model.DerogationPoint;
import privflow.model.Frequency;
import privflow.model.LegalBasis;
import privflow.model.Organisation;
import privflow.model.Role;
import privflow.model.SccModule;
import privflow.model.Service;
import privflow.model.StandardContractualClauses;

/** Each rule with cases that must raise it and cases that must not. */
class RulesTest {

    static StandardContractualClauses scc(SccModule module, LocalDate tia) {
        StandardContractualClauses scc = ModelBuilder.F.createStandardContractualClauses();
        scc.setId("scc");
        scc.setModule(module);
        scc.setTiaDate(tia);
        return scc;
    }

    @Nested
    class TransferWithoutTool {
        @Test
        void chineseStorageWithoutSafeguardIsHigh() {
            ModelBuilder m = new ModelBuilder();
            Service crm = m.service("crm", m.organisation("vendor", "CN"), "CN");
            m.flow("f", m.customers, crm);
            List<Finding> found = Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL);
            assertEquals(1, found.size(), found::toString);
            assertEquals(Severity.HIGH, found.get(0).severity());
            assertEquals("transfer-without-tool:f:crm:CN", found.get(0).key());
            assertTrue(found.get(0).message(Locale.ENGLISH).contains("China (CN)"));
        }

        @Test
        void eeaServiceIsNoTransfer() {
            ModelBuilder m = new ModelBuilder();
            m.flow("f", m.customers, m.service("crm", m.organisation("vendor", "DE"), "DE", "IE"));
            assertTrue(Findings.run(m.model).transfers().isEmpty());
            assertTrue(Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).isEmpty());
        }

        @Test
        void sccsCoverTheTransfer() {
            ModelBuilder m = new ModelBuilder();
            DataFlow f = m.flow("f", m.customers, m.service("crm", m.organisation("vendor", "IN"), "IN"));
            f.setSafeguard(scc(SccModule.C2P, LocalDate.of(2026, 1, 1)));
            assertTrue(Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).isEmpty());
        }

        @Test
        void wholeCountryAdequacyCoversSwitzerland() {
            ModelBuilder m = new ModelBuilder();
            m.flow("f", m.customers, m.service("host", m.organisation("swiss", "CH"), "CH"));
            assertTrue(Findings.run(m.model).findings().isEmpty(), () -> Findings.run(m.model).findings().toString());
        }

        @Test
        void specialCategoriesRaiseTheSeverityOfTransferFindings() {
            ModelBuilder m = new ModelBuilder();
            DataFlow f = m.flow("f", m.customers, m.service("s", m.organisation("in", "IN"), "IN"));
            f.setSafeguard(scc(SccModule.C2P, null));
            assertEquals(Severity.MEDIUM, Findings.of(m.model, Rule.TIA_MISSING_OR_OLD).get(0).severity());
            f.getDataCategories().add(m.category("health", DataKind.HEALTH, true));
            m.activity.setArticle9Condition(Article9Condition.HEALTH_CARE);
            Finding raised = Findings.of(m.model, Rule.TIA_MISSING_OR_OLD).get(0);
            assertEquals(Severity.HIGH, raised.severity());
        }

        @Test
        void transferFindingExplainsItsFacts() {
            ModelBuilder m = new ModelBuilder();
            m.flow("f", m.customers, m.service("s", m.organisation("cn", "CN"), "CN"),
                    m.category("health", DataKind.HEALTH, true));
            Finding transfer = Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).get(0);
            List<String> facts = transfer.facts().stream().map(t -> t.render(Locale.ENGLISH)).toList();
            assertEquals(Severity.CRITICAL, transfer.severity());
            assertEquals("The finding is critical: the flow carries health to a third country and nothing covers the transfer.",
                    facts.get(0));
            assertTrue(facts.contains("The flow carries special categories of data or data on criminal convictions: health."),
                    facts::toString);
            assertTrue(facts.stream().noneMatch(f -> f.contains("raised")), facts::toString);
            assertTrue(facts.contains("No adequacy decision for China (CN) is in force on 2026-11-24."), facts::toString);
        }
    }

    @Nested
    class AdequacyScope {
        @Test
        void usImporterWithoutDpfIsOutOfScope() {
            ModelBuilder m = new ModelBuilder();
            m.flow("f", m.customers, m.service("crm", m.organisation("vendor", "US"), "US"));
            List<Finding> scope = Findings.of(m.model, Rule.ADEQUACY_SCOPE);
            assertEquals(1, scope.size(), () -> Findings.run(m.model).findings().toString());
            assertTrue(scope.get(0).message(Locale.ENGLISH).contains("Data Privacy Framework"));
            assertTrue(Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).isEmpty());
        }

        @Test
        void beforeTheDpfDecisionAUsTransferHasNoTool() {
            ModelBuilder m = new ModelBuilder();
            m.model.setAsOf(LocalDate.of(2022, 6, 1));
            m.flow("f", m.customers, m.service("crm", m.organisation("vendor", "US"), "US"));
            assertTrue(Findings.of(m.model, Rule.ADEQUACY_SCOPE).isEmpty());
            assertEquals(1, Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).size());
        }

        @Test
        void dpfCertifiedImporterIsCovered() {
            ModelBuilder m = new ModelBuilder();
            Organisation vendor = m.organisation("vendor", "US");
            vendor.setDpfCertified(true);
            m.flow("f", m.customers, m.service("crm", vendor, "US"));
            assertTrue(Findings.run(m.model).findings().isEmpty(), () -> Findings.run(m.model).findings().toString());
        }

        @Test
        void hrDataNeedsHrCoverageInTheCertification() {
            ModelBuilder m = new ModelBuilder();
            Organisation vendor = m.organisation("vendor", "US");
            vendor.setDpfCertified(true);
            m.flow("f", m.customers, m.service("hr", vendor, "US"), m.category("emp", DataKind.EMPLOYMENT, false));
            assertEquals(1, Findings.of(m.model, Rule.ADEQUACY_SCOPE).size());
            vendor.setDpfCoversHr(true);
            assertTrue(Findings.of(m.model, Rule.ADEQUACY_SCOPE).isEmpty());
        }

        @Test
        void canadaCoversOnlyPipedaOrganisations() {
            ModelBuilder m = new ModelBuilder();
            Organisation vendor = m.organisation("vendor", "CA");
            m.flow("f", m.customers, m.service("s", vendor, "CA"));
            assertEquals(1, Findings.of(m.model, Rule.ADEQUACY_SCOPE).size());
            vendor.setPipedaSubject(true);
            assertTrue(Findings.of(m.model, Rule.ADEQUACY_SCOPE).isEmpty());
        }

        @Test
        void ukDecisionExpiredInTheNotRenewedScenario() {
            ModelBuilder m = new ModelBuilder();
            m.flow("f", m.customers, m.service("s", m.organisation("uk", "GB"), "GB"));
            assertTrue(Findings.run(m.model).findings().isEmpty());
            List<Finding> found = Findings.of(Findings.run(m.model, "uk-not-renewed"), Rule.ADEQUACY_SCOPE);
            assertEquals(1, found.size());
            assertTrue(found.get(0).message(Locale.ENGLISH).contains("expired on 2025-12-27"), found.get(0).message(Locale.ENGLISH));
        }

        @Test
        void brazilDecisionIsOnlyInForceFromItsAdoption() {
            ModelBuilder m = new ModelBuilder();
            m.flow("f", m.customers, m.service("s", m.organisation("br", "BR"), "BR"));
            assertTrue(Findings.run(m.model).findings().isEmpty());
            m.model.setAsOf(LocalDate.of(2025, 6, 1));
            assertEquals(1, Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).size());
        }
    }

    @Nested
    class OnwardTransfer {
        @Test
        void subProcessorOutsideTheEeaIsReportedWithThePath() {
            ModelBuilder m = new ModelBuilder();
            Service desk = m.service("desk", m.organisation("in", "IN"), "IN");
            Service payroll = m.service("payroll", m.organisation("fi", "FI"), "FI");
            payroll.getSubProcessors().add(desk);
            m.flow("f", m.customers, payroll);
            List<Finding> found = Findings.of(m.model, Rule.ONWARD_TRANSFER);
            assertEquals(1, found.size());
            assertEquals(List.of("f", "payroll", "desk"),
                    found.get(0).path().stream().map(e -> Labels.of(e, Locale.ENGLISH)).toList());
        }

        @Test
        void cyclicChainsTerminate() {
            ModelBuilder m = new ModelBuilder();
            Service a = m.service("a", m.organisation("fi", "FI"), "FI");
            Service b = m.service("b", m.organisation("se", "SE"), "SE");
            Service c = m.service("c", m.organisation("cn", "CN"), "CN");
            a.getSubProcessors().add(b);
            b.getSubProcessors().add(a);
            b.getSubProcessors().add(c);
            c.getSubProcessors().add(a);
            m.flow("f", m.customers, a);
            assertEquals(1, Findings.of(m.model, Rule.ONWARD_TRANSFER).size());
        }

        @Test
        void explicitFlowWithSccsCoversTheOnwardTransfer() {
            ModelBuilder m = new ModelBuilder();
            Service desk = m.service("desk", m.organisation("in", "IN"), "IN");
            Service payroll = m.service("payroll", m.organisation("fi", "FI"), "FI");
            payroll.getSubProcessors().add(desk);
            m.flow("f", m.customers, payroll);
            DataFlow onward = m.flow("onward", payroll, desk);
            onward.setSafeguard(scc(SccModule.P2P, LocalDate.of(2026, 1, 1)));
            m.role(m.model.getOrganisations().get(2), Role.PROCESSOR);
            m.role(m.model.getOrganisations().get(1), Role.SUB_PROCESSOR);
            assertTrue(Findings.of(m.model, Rule.ONWARD_TRANSFER).isEmpty(), () -> Findings.run(m.model).findings().toString());
            assertTrue(Findings.of(m.model, Rule.SCC_MODULE_MISMATCH).isEmpty());
        }
    }

    @Nested
    class RemoteAccess {
        @Test
        void supportAccessFromIndiaIsATransfer() {
            ModelBuilder m = new ModelBuilder();
            Service s = m.service("s", m.organisation("fi", "FI"), "FI");
            m.location(s, "IN", true);
            m.flow("f", m.customers, s);
            assertEquals(1, Findings.of(m.model, Rule.REMOTE_ACCESS_TRANSFER).size());
            assertTrue(Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).isEmpty());
        }

        @Test
        void remoteAccessFromAnAdequateCountryIsFine() {
            ModelBuilder m = new ModelBuilder();
            Service s = m.service("s", m.organisation("fi", "FI"), "FI");
            m.location(s, "JP", true);
            m.flow("f", m.customers, s);
            assertTrue(Findings.run(m.model).findings().isEmpty());
        }
    }

    @Nested
    class SccModuleMismatch {
        @Test
        void controllerToProcessorNeedsModuleTwo() {
            ModelBuilder m = new ModelBuilder();
            Organisation vendor = m.organisation("vendor", "IN");
            m.role(vendor, Role.PROCESSOR);
            DataFlow f = m.flow("f", m.customers, m.service("s", vendor, "IN"));
            f.setSafeguard(scc(SccModule.C2C, LocalDate.of(2026, 1, 1)));
            List<Finding> found = Findings.of(m.model, Rule.SCC_MODULE_MISMATCH);
            assertEquals(1, found.size());
            assertTrue(found.get(0).message(Locale.ENGLISH).contains("module 2"));
            ((StandardContractualClauses) f.getSafeguard()).setModule(SccModule.C2P);
            assertTrue(Findings.of(m.model, Rule.SCC_MODULE_MISMATCH).isEmpty());
        }

        @Test
        void controllerToControllerNeedsModuleOne() {
            ModelBuilder m = new ModelBuilder();
            Organisation partner = m.organisation("partner", "IN");
            m.role(partner, Role.CONTROLLER);
            DataFlow f = m.flow("f", m.controller, partner);
            f.setSafeguard(scc(SccModule.C2P, LocalDate.of(2026, 1, 1)));
            assertEquals(1, Findings.of(m.model, Rule.SCC_MODULE_MISMATCH).size());
            ((StandardContractualClauses) f.getSafeguard()).setModule(SccModule.C2C);
            assertTrue(Findings.of(m.model, Rule.SCC_MODULE_MISMATCH).isEmpty());
        }
    }

    @Nested
    class TiaMissingOrOld {
        @Test
        void missingTiaIsMediumAndOldTiaIsLow() {
            ModelBuilder m = new ModelBuilder();
            DataFlow f = m.flow("f", m.customers, m.service("s", m.organisation("in", "IN"), "IN"));
            f.setSafeguard(scc(SccModule.C2P, null));
            assertEquals(Severity.MEDIUM, Findings.of(m.model, Rule.TIA_MISSING_OR_OLD).get(0).severity());
            f.getSafeguard().setTiaDate(LocalDate.of(2023, 1, 1));
            assertEquals(Severity.LOW, Findings.of(m.model, Rule.TIA_MISSING_OR_OLD).get(0).severity());
            f.getSafeguard().setTiaDate(LocalDate.of(2026, 1, 1));
            assertTrue(Findings.of(m.model, Rule.TIA_MISSING_OR_OLD).isEmpty());
        }

        @Test
        void bcrsNeedATiaToo() {
            ModelBuilder m = new ModelBuilder();
            DataFlow f = m.flow("f", m.customers, m.service("s", m.organisation("in", "IN"), "IN"));
            BindingCorporateRules bcr = ModelBuilder.F.createBindingCorporateRules();
            bcr.setId("bcr");
            f.setSafeguard(bcr);
            assertEquals(1, Findings.of(m.model, Rule.TIA_MISSING_OR_OLD).size());
        }
    }

    @Nested
    class DerogationSystematic {
        @Test
        void regularFlowOnADerogationIsHigh() {
            ModelBuilder m = new ModelBuilder();
            DataFlow f = m.flow("f", m.customers, m.service("s", m.organisation("cn", "CN"), "CN"));
            Derogation d = ModelBuilder.F.createDerogation();
            d.setId("d");
            d.setPoint(DerogationPoint.EXPLICIT_CONSENT);
            f.setSafeguard(d);
            assertEquals(Severity.HIGH, Findings.of(m.model, Rule.DEROGATION_SYSTEMATIC).get(0).severity());
            assertTrue(Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).isEmpty());
            f.setFrequency(Frequency.OCCASIONAL);
            assertTrue(Findings.of(m.model, Rule.DEROGATION_SYSTEMATIC).isEmpty());
        }

        @Test
        void compellingInterestsMustBeDocumented() {
            ModelBuilder m = new ModelBuilder();
            DataFlow f = m.flow("f", m.customers, m.service("s", m.organisation("cn", "CN"), "CN"));
            f.setFrequency(Frequency.OCCASIONAL);
            Derogation d = ModelBuilder.F.createDerogation();
            d.setId("d");
            d.setPoint(DerogationPoint.COMPELLING_LEGITIMATE_INTERESTS);
            f.setSafeguard(d);
            assertEquals(1, Findings.of(m.model, Rule.DEROGATION_SYSTEMATIC).size());
            d.setDocumentation("Assessment of 2026-03-01");
            assertTrue(Findings.of(m.model, Rule.DEROGATION_SYSTEMATIC).isEmpty());
        }
    }

    @Nested
    class NoProcessorContract {
        @Test
        void consumerTermsAreADisclosureToAnIndependentControllerNotAMissingProcessorContract() {
            ModelBuilder m = new ModelBuilder();
            Service chat = m.service("chat", m.organisation("ie", "IE"), "IE");
            chat.setContract(ContractType.CONSUMER_TERMS_PERSONAL);
            m.flow("f", m.customers, chat);
            assertTrue(Findings.of(m.model, Rule.NO_PROCESSOR_CONTRACT).isEmpty());
            Finding f = Findings.of(m.model, Rule.INDEPENDENT_CONTROLLER).get(0);
            assertEquals(Severity.HIGH, f.severity());
            assertEquals("Art. 5(1)(f), 24, 28", f.rule().article());
            assertTrue(f.message(Locale.ENGLISH).contains("ie is not the organisation's processor but a controller in its own right"),
                    f.message(Locale.ENGLISH));
            chat.setContract(ContractType.BUSINESS_DPA);
            assertTrue(Findings.of(m.model, Rule.INDEPENDENT_CONTROLLER).isEmpty());
        }

        @Test
        void missingDpaIsMediumAndADpaIsFine() {
            ModelBuilder m = new ModelBuilder();
            Service s = m.service("s", m.organisation("de", "DE"), "DE");
            s.setContract(ContractType.UNKNOWN);
            m.flow("f", m.customers, s);
            assertEquals(Severity.MEDIUM, Findings.of(m.model, Rule.NO_PROCESSOR_CONTRACT).get(0).severity());
            s.setContract(ContractType.BUSINESS_DPA);
            assertTrue(Findings.of(m.model, Rule.NO_PROCESSOR_CONTRACT).isEmpty());
        }

        @Test
        void unusedServiceIsNotReported() {
            ModelBuilder m = new ModelBuilder();
            m.service("unused", m.organisation("de", "DE"), "DE").setContract(ContractType.UNKNOWN);
            assertTrue(Findings.of(m.model, Rule.NO_PROCESSOR_CONTRACT).isEmpty());
        }
    }

    @Nested
    class SubjectsNotInformed {
        @Test
        void uninformedSubjectsAreReported() {
            ModelBuilder m = new ModelBuilder();
            m.activity.setDataSubjectsInformed(false);
            assertEquals(Severity.MEDIUM, Findings.of(m.model, Rule.SUBJECTS_NOT_INFORMED).get(0).severity());
        }

        @Test
        void informedWithoutANoticeReferenceIsLow() {
            ModelBuilder m = new ModelBuilder();
            m.activity.setPrivacyNoticeReference(null);
            assertEquals(Severity.LOW, Findings.of(m.model, Rule.SUBJECTS_NOT_INFORMED).get(0).severity());
            m.activity.setPrivacyNoticeReference("Notice v2");
            assertTrue(Findings.of(m.model, Rule.SUBJECTS_NOT_INFORMED).isEmpty());
        }
    }

    @Nested
    class WeakChannel {
        @Test
        void doorCodesByPlainEmailAreHigh() {
            ModelBuilder m = new ModelBuilder();
            DataCategory codes = m.category("codes", DataKind.ACCESS_CODE, false);
            DataFlow f = m.flow("f", m.controller, m.service("mail", m.controller, "FI"), codes);
            f.setChannel(Channel.EMAIL);
            List<Finding> found = Findings.of(m.model, Rule.WEAK_CHANNEL);
            assertEquals(Severity.HIGH, found.get(0).severity());
            assertTrue(found.get(0).remedies().stream().anyMatch(r -> r.key().equals("Remedy_SecureChannel")));
            assertTrue(found.get(0).remedies().stream().anyMatch(r -> r.key().equals("Remedy_E2eBusinessChannel")),
                    "door codes get the access-code remedy");
            f.setChannel(Channel.SECURE_EMAIL);
            assertTrue(Findings.of(m.model, Rule.WEAK_CHANNEL).isEmpty());
        }

        @Test
        void aRemedyNamesOnlyWhatTheFlowCarries() {
            ModelBuilder m = new ModelBuilder();
            DataFlow f = m.flow("f", m.controller, m.service("mail", m.controller, "FI"),
                    m.category("Sick-leave certificates", DataKind.HEALTH, true));
            f.setChannel(Channel.EMAIL);
            Finding found = Findings.of(m.model, Rule.WEAK_CHANNEL).get(0);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.of("fi"))) {
                String remedies = String.join("\n", found.remedies().stream().map(r -> r.render(locale)).toList());
                assertTrue(remedies.contains("Sick-leave certificates"), remedies);
                assertFalse(remedies.toLowerCase(Locale.ROOT).contains("code") || remedies.contains("koodi"),
                        "no door-code remedy for sick-leave certificates: " + remedies);
            }
            assertEquals("\"f\" lähettää tietoja (Sick-leave certificates) tavallisella sähköpostilla, joka ei suojaa niitä.",
                    found.message(Locale.of("fi")));
        }

        @Test
        void identifiersAreMediumAndContactDataIsNotSensitive() {
            ModelBuilder m = new ModelBuilder();
            DataFlow f = m.flow("f", m.controller, m.service("mail", m.controller, "FI"));
            f.setChannel(Channel.EMAIL);
            assertTrue(Findings.of(m.model, Rule.WEAK_CHANNEL).isEmpty());
            f.getDataCategories().add(m.category("hetu", DataKind.IDENTIFIER, false));
            assertEquals(Severity.MEDIUM, Findings.of(m.model, Rule.WEAK_CHANNEL).get(0).severity());
        }

        @Test
        void unencryptedServiceIsAWeakChannel() {
            ModelBuilder m = new ModelBuilder();
            Service ftp = m.service("ftp", m.controller, "FI");
            ftp.setEncryptedInTransit(false);
            m.flow("f", m.controller, ftp, m.category("health", DataKind.HEALTH, true)).setChannel(Channel.FILE_UPLOAD);
            m.activity.setArticle9Condition(Article9Condition.HEALTH_CARE);
            assertEquals(1, Findings.of(m.model, Rule.WEAK_CHANNEL).size());
        }
    }

    @Nested
    class SpecialCategoryCondition {
        @Test
        void healthDataWithoutACondition() {
            ModelBuilder m = new ModelBuilder();
            m.activity.getDataCategories().add(m.category("health", DataKind.HEALTH, true));
            assertEquals(1, Findings.of(m.model, Rule.SPECIAL_CATEGORY_CONDITION).size());
            m.activity.setArticle9Condition(Article9Condition.EMPLOYMENT_SOCIAL_SECURITY);
            assertTrue(Findings.of(m.model, Rule.SPECIAL_CATEGORY_CONDITION).isEmpty());
        }

        @Test
        void specialDataOnAFlowOfTheActivityCounts() {
            ModelBuilder m = new ModelBuilder();
            m.flow("f", m.customers, m.service("s", m.controller, "FI"), m.category("health", DataKind.HEALTH, true));
            assertEquals(1, Findings.of(m.model, Rule.SPECIAL_CATEGORY_CONDITION).size());
        }
    }

    @Nested
    class IncompleteRecord {
        @Test
        void listsWhatIsMissing() {
            ModelBuilder m = new ModelBuilder();
            assertTrue(Findings.of(m.model, Rule.INCOMPLETE_RECORD).isEmpty());
            m.activity.setRetention(null);
            m.activity.setLegalBasis(LegalBasis.UNSPECIFIED);
            Finding f = Findings.of(m.model, Rule.INCOMPLETE_RECORD).get(0);
            assertEquals("The record of \"Customer service\" lacks: legal basis, time limits for erasure.", f.message(Locale.ENGLISH));
            assertTrue(f.message(Locale.of("fi")).contains("käsittelyperuste, poistamiselle suunnitellut määräajat"),
                    f.message(Locale.of("fi")));
        }
    }

    @Nested
    class UndeclaredData {
        @Test
        void aFlowWithoutDataToAThirdCountryIsStillATransferAndAsksForTheCategories() {
            ModelBuilder m = new ModelBuilder();
            DataFlow f = m.flow("f", m.customers, m.service("chat", m.organisation("vendor", "CN"), "CN"));
            f.getDataCategories().clear();
            f.setActivity(null);
            AnalysisResult result = Findings.run(m.model);
            assertFalse(result.transfers().isEmpty(), "assessed as personal data of unknown kind");
            assertFalse(Findings.of(result, Rule.TRANSFER_WITHOUT_TOOL).isEmpty(), () -> result.findings().toString());
            List<Finding> found = Findings.of(result, Rule.UNDECLARED_DATA);
            assertEquals(1, found.size(), found::toString);
            assertEquals(Severity.MEDIUM, found.get(0).severity());
            assertTrue(found.get(0).message(Locale.ENGLISH).contains("China (CN)"), found.get(0).message(Locale.ENGLISH));
            assertTrue(found.get(0).message(Locale.of("fi")).contains("henkil\u00f6tietoryhmi\u00e4"));
        }

        @Test
        void withinTheEeaItIsLowAndDataFromTheActivityCounts() {
            ModelBuilder m = new ModelBuilder();
            DataFlow f = m.flow("f", m.customers, m.service("crm", m.organisation("vendor", "FI"), "FI"));
            f.getDataCategories().clear();
            assertTrue(Findings.of(m.model, Rule.UNDECLARED_DATA).isEmpty(), "the activity's categories are the flow's declared data");
            f.setActivity(null);
            List<Finding> found = Findings.of(m.model, Rule.UNDECLARED_DATA);
            assertEquals(1, found.size(), found::toString);
            assertEquals(Severity.LOW, found.get(0).severity());
            m.flow("g", m.customers, m.service("crm2", m.organisation("vendor2", "FI"), "FI"));
            assertEquals(1, Findings.of(m.model, Rule.UNDECLARED_DATA).size(), "a flow with data raises nothing");
        }
    }

    @Nested
    class UnknownLocation {
        @Test
        void serviceWithoutLocationOrProviderCountry() {
            ModelBuilder m = new ModelBuilder();
            Service s = m.service("s", m.organisation("nowhere", null));
            m.flow("f", m.customers, s);
            assertEquals(Severity.MEDIUM, Findings.of(m.model, Rule.UNKNOWN_LOCATION).get(0).severity());
            s.getProvider().setCountry("FI");
            assertEquals(Severity.LOW, Findings.of(m.model, Rule.UNKNOWN_LOCATION).get(0).severity());
            m.location(s, "FI", false);
            assertTrue(Findings.of(m.model, Rule.UNKNOWN_LOCATION).isEmpty());
        }
    }
}
