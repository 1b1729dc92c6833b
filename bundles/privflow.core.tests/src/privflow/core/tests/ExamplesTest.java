// SPDX-License-Identifier: EPL-2.0
package privflow.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.Analysis;
import privflow.core.Rule;
import privflow.core.ScenarioComparison;
import privflow.core.Severity;
import privflow.edit.Labels;
import privflow.model.DataFlowModel;
import privflow.model.Identified;
import privflow.model.io.ModelStore;
import privflow.testing.RepositoryFiles;
import java.util.Locale;

/** The bundled examples produce exactly the findings a privacy lawyer expects (expected/*.findings). */
class ExamplesTest {

    /** @return a finding as a line: severity, rule id, then its key with ids replaced by labels */
    static String line(DataFlowModel model, Finding finding) {
        Map<String, EObject> byId = new HashMap<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified i) {
                byId.put(i.getId(), i);
            }
        }
        String[] parts = finding.key().split(":");
        List<String> labels = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            EObject element = byId.get(parts[i]);
            labels.add(element == null ? parts[i] : Labels.of(element, Locale.ENGLISH).replaceFirst(" [0-9a-f-]{36}$", ""));
        }
        return finding.severity().id() + " " + finding.rule().id() + " " + String.join(" / ", labels);
    }

    static List<String> expected(String name) throws IOException {
        try (InputStream in = ExamplesTest.class.getClassLoader().getResourceAsStream("expected/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cleaning-company", "cleaning-company-2026", "midsize-company", "saas-dpa-scc"})
    void exampleGivesTheExpectedFindings(String name) throws Exception {
        DataFlowModel model = ModelStore.load(RepositoryFiles.example(name));
        AnalysisResult result = Findings.run(model);
        List<String> actual = result.findings().stream().map(f -> line(model, f)).toList();
        assertEquals(expected(name + ".findings"), actual);
    }

    @Test
    void whatsAppCaseInFinnish() throws Exception {
        DataFlowModel model = ModelStore.load(RepositoryFiles.example("cleaning-company"));
        Finding contract = Findings.of(model, Rule.INDEPENDENT_CONTROLLER).get(0);
        assertTrue(contract.message(java.util.Locale.of("fi")).contains("itsenäinen rekisterinpitäjä"));
        assertTrue(contract.rule().title(java.util.Locale.of("fi")).contains("itsenäinen rekisterinpitäjä"));
        Finding devices = Findings.of(model, Rule.UNMANAGED_DEVICES).get(0);
        assertTrue(devices.message(java.util.Locale.of("fi")).contains("henkilöstön omille laitteille"),
                devices.message(java.util.Locale.of("fi")));
    }

    @Test
    void theSeedCaseIn2026KeepsTheGovernanceAndSecurityFindingsAndTheTransferFallsWithTheDpf() throws Exception {
        DataFlowModel model = ModelStore.load(RepositoryFiles.example("cleaning-company-2026"));
        AnalysisResult today = Findings.run(model);
        assertTrue(Findings.of(today, Rule.TRANSFER_WITHOUT_TOOL).isEmpty(), "Meta is DPF-certified");
        assertEquals(Severity.HIGH, Findings.of(today, Rule.UNMANAGED_DEVICES).get(0).severity(), "door codes on own phones");
        assertEquals(1, Findings.of(today, Rule.INDEPENDENT_CONTROLLER).size());
        assertTrue(Findings.of(today, Rule.UNMANAGED_DEVICES).get(0).facts().stream()
                .anyMatch(f -> f.key().equals("Fact_E2eOnDevice")), "end-to-end encryption is not a safe channel on own phones");

        Finding underScenario = Findings.of(Findings.run(model, "dpf-invalid"), Rule.TRANSFER_WITHOUT_TOOL).get(0);
        assertEquals(Severity.CRITICAL, underScenario.severity());
        AnalysisResult decided = Analysis.run(model, Findings.facts(model),
                AnalysisOptions.DEFAULT.withAsOf(LocalDate.of(2021, 10, 29)));
        Finding in2021 = Findings.of(decided, Rule.TRANSFER_WITHOUT_TOOL).get(0);
        assertEquals(Severity.CRITICAL, in2021.severity());
        assertEquals(List.of("Remedy_StopConsumerApp", "Remedy_BusinessProductDpa"),
                in2021.remedies().stream().map(Finding.Text::key).toList(), "no SCCs with Meta for a consumer app");
    }

    @Test
    void asOfTodayTheWhatsAppTransferRestsOnTheDpfAndFallsWithIt() throws Exception {
        DataFlowModel model = ModelStore.load(RepositoryFiles.example("cleaning-company"));
        AnalysisOptions today = AnalysisOptions.DEFAULT.withAsOf(LocalDate.of(2026, 11, 24));
        AnalysisResult result = Analysis.run(model, Findings.facts(model), today);
        assertTrue(Findings.of(result, Rule.TRANSFER_WITHOUT_TOOL).isEmpty(), "Meta is DPF-certified since 2023");
        ScenarioComparison comparison = ScenarioComparison.compare(model, Findings.facts(model), today, "dpf-invalid");
        assertEquals(1, comparison.flowChanges().size());
        assertEquals(ScenarioComparison.FlowStatus.ADEQUACY, comparison.flowChanges().get(0).before());
        assertEquals(ScenarioComparison.FlowStatus.UNCOVERED, comparison.flowChanges().get(0).after());
        assertEquals(List.of(Rule.TRANSFER_WITHOUT_TOOL), comparison.newFindings().stream().map(Finding::rule).toList());
    }

    @Test
    void midsizeUnderDpfInvalidLosesSlackAndTeams() throws Exception {
        DataFlowModel model = ModelStore.load(RepositoryFiles.example("midsize-company"));
        ScenarioComparison comparison = ScenarioComparison.compare(model, Findings.facts(model), AnalysisOptions.DEFAULT,
                "dpf-invalid");
        assertEquals(List.of("Team chat", "Meetings and chat"),
                comparison.flowChanges().stream().map(c -> c.flow().getName()).toList());
        assertEquals(List.of(Rule.TRANSFER_WITHOUT_TOOL, Rule.REMOTE_ACCESS_TRANSFER),
                comparison.newFindings().stream().map(Finding::rule).toList());
    }
}
