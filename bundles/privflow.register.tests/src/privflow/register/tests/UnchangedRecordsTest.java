// SPDX-License-Identifier: EPL-2.0
package privflow.register.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import privflow.bench.LargeModelGenerator;
import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.model.Contact;
import privflow.model.ContractType;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.Organisation;
import privflow.model.PrivflowFactory;
import privflow.model.ProcessingActivity;
import privflow.model.SccModule;
import privflow.model.Service;
import privflow.model.StandardContractualClauses;
import privflow.register.Changes;
import privflow.register.Register;
import privflow.register.internal.ChangeTexts;
import privflow.register.internal.RegisterBuilder;
import privflow.register.internal.UnchangedRecords;

/**
 * A comparison of two versions skips the register records of activities it finds unchanged
 * without building them. Whatever one edits, an activity called unchanged must have the same
 * record in both versions (else the diff and the change log would miss a change).
 */
class UnchangedRecordsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 7);

    /** One kind of edit that a record may depend on, applied to a pseudo-random element. */
    private record Edit(String name, BiConsumer<DataFlowModel, Random> apply) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Edit> EDITS = List.of(
            new Edit("rename an organisation", (m, r) -> pick(m.getOrganisations(), r).setName("Renamed Oy")),
            new Edit("move an organisation abroad", (m, r) -> {
                Organisation o = pick(m.getOrganisations(), r);
                o.setCountry("US".equals(o.getCountry()) ? "FI" : "US");
            }),
            new Edit("change a contact's e-mail", (m, r) -> {
                Organisation o = pick(m.getOrganisations(), r);
                if (o.getContact() == null) {
                    o.setContact(PrivflowFactory.eINSTANCE.createContact());
                }
                Contact c = o.getContact();
                c.setEmail("changed@example.org");
            }),
            new Edit("change a service's contract", (m, r) -> {
                Service s = pick(m.getServices(), r);
                s.setContract(s.getContract() == ContractType.INTERNAL ? ContractType.BUSINESS_DPA : ContractType.INTERNAL);
            }),
            new Edit("change a service's provider", (m, r) -> pick(m.getServices(), r).setProvider(pick(m.getOrganisations(), r))),
            new Edit("move a service's data", (m, r) -> {
                Service s = pick(m.getServices(), r);
                if (!s.getLocations().isEmpty()) {
                    var l = s.getLocations().get(0);
                    l.setCountry("US".equals(l.getCountry()) ? "DE" : "US");
                }
            }),
            new Edit("rename a service", (m, r) -> pick(m.getServices(), r).setName("Renamed service")),
            new Edit("add a sub-processor", (m, r) -> pick(m.getServices(), r).getSubProcessors().add(pick(m.getServices(), r))),
            new Edit("rename a data category", (m, r) -> pick(m.getDataCategories(), r).setName("Renamed data")),
            new Edit("rename a data subject category", (m, r) -> {
                if (!m.getDataSubjectCategories().isEmpty()) {
                    pick(m.getDataSubjectCategories(), r).setName("Renamed subjects");
                }
            }),
            new Edit("retarget a flow", (m, r) -> pick(m.getFlows(), r).setTarget(pick(m.getServices(), r))),
            new Edit("remove a flow", (m, r) -> m.getFlows().remove(r.nextInt(m.getFlows().size()))),
            new Edit("remove a flow's safeguard", (m, r) -> {
                for (DataFlow f : m.getFlows()) {
                    if (f.getSafeguard() != null) {
                        f.setSafeguard(null);
                        return;
                    }
                }
            }),
            new Edit("change the module of SCCs", (m, r) -> {
                for (var all = m.eAllContents(); all.hasNext();) {
                    if (all.next() instanceof StandardContractualClauses scc) {
                        scc.setModule(scc.getModule() == SccModule.C2P ? SccModule.C2C : SccModule.C2P);
                        return;
                    }
                }
            }),
            new Edit("record SCCs on a new flow to a sub-processor", (m, r) -> {
                for (Service s : m.getServices()) {
                    if (!s.getSubProcessors().isEmpty()) {
                        DataFlow flow = PrivflowFactory.eINSTANCE.createDataFlow();
                        flow.setId("new-flow-" + r.nextInt(1000));
                        flow.setSource(s);
                        flow.setTarget(s.getSubProcessors().get(0));
                        StandardContractualClauses scc = PrivflowFactory.eINSTANCE.createStandardContractualClauses();
                        scc.setId(flow.getId() + "-scc");
                        scc.setModule(SccModule.P2P);
                        flow.setSafeguard(scc);
                        m.getFlows().add(flow);
                        return;
                    }
                }
            }),
            new Edit("change an activity's retention", (m, r) -> pick(m.getActivities(), r).setRetention("Ten years")),
            new Edit("change who keeps the record", (m, r) -> m.setRecordKeeper(pick(m.getOrganisations(), r))),
            new Edit("change the model's language", (m, r) -> m.setLanguage("fi".equals(m.getLanguage()) ? "en" : "fi")),
            new Edit("toggle an organisation's DPF certification", (m, r) -> {
                Organisation o = pick(m.getOrganisations(), r);
                o.setDpfCertified(!o.isDpfCertified());
            }));

    static Stream<String> examples() {
        return Stream.of("cleaning-company", "cleaning-company-2026", "midsize-company", "payroll-bureau", "saas-dpa-scc", "generated");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anActivityCalledUnchangedHasTheSameRecord(String example) throws Exception {
        DataFlowModel original = "generated".equals(example)
                ? new LargeModelGenerator(11).generate(120, 1200, 30)
                : Fixtures.example(example);
        AnalysisResult originalResult = analyse(original);
        int skipped = 0;
        int rebuilt = 0;
        for (Edit edit : EDITS) {
            for (int seed = 0; seed < 4; seed++) {
                DataFlowModel edited = EcoreUtil.copy(original);
                edit.apply().accept(edited, new Random(seed * 31L + edit.name().hashCode()));
                AnalysisResult editedResult = analyse(edited);
                for (Locale locale : List.of(Locale.ENGLISH, Fixtures.FI)) {
                    RegisterBuilder before = new RegisterBuilder(original, originalResult, locale, DATE);
                    RegisterBuilder after = new RegisterBuilder(edited, editedResult, locale, DATE);
                    UnchangedRecords unchanged = new UnchangedRecords(original, originalResult, before, edited, editedResult, after);
                    for (ProcessingActivity a : edited.getActivities()) {
                        if (!unchanged.unchanged(a)) {
                            rebuilt++;
                            continue;
                        }
                        skipped++;
                        ProcessingActivity was = (ProcessingActivity) unchanged.counterpart(a);
                        assertEquals(cells(before.recordOf(was), locale), cells(after.recordOf(a), locale),
                                () -> example + ", " + edit + ": record of " + a.getName() + " called unchanged but differs");
                    }
                }
            }
        }
        assertTrue(skipped > 0, "some records are skipped");
        assertTrue(rebuilt > 0, "some records are built again");
    }

    @Test
    void aToolWhoseValuesChangedIsAChangedTransfer() throws Exception {
        DataFlowModel original = Fixtures.example("saas-dpa-scc");
        DataFlowModel edited = EcoreUtil.copy(original);
        StandardContractualClauses scc = null;
        for (var all = edited.eAllContents(); all.hasNext();) {
            if (all.next() instanceof StandardContractualClauses found) {
                scc = found;
                break;
            }
        }
        scc.setModule(scc.getModule() == SccModule.C2P ? SccModule.C2C : SccModule.C2P);
        Changes changes = Changes.between(original, analyse(original), edited, analyse(edited), Locale.ENGLISH, DATE);
        assertTrue(changes.count(Changes.Area.TRANSFER, Changes.Kind.CHANGED) > 0, () -> "the tool's new module is a change: " + changes);
    }

    @Test
    void aRenamedContractHolderChangesTheInheritedTool() throws Exception {
        DataFlowModel original = Fixtures.example("saas-dpa-scc");
        AnalysisResult result = analyse(original);
        var inherited = result.transfers().stream().filter(t -> t.isToolInherited()).findFirst().orElseThrow();
        DataFlowModel edited = EcoreUtil.copy(original);
        String holderId = ((privflow.model.Identified) inherited.toolHolder()).getId();
        for (var all = edited.eAllContents(); all.hasNext();) {
            if (all.next() instanceof privflow.model.Named n && n instanceof privflow.model.Identified i && holderId.equals(i.getId())) {
                n.setName("Renamed holder");
            }
        }
        Changes changes = Changes.between(original, result, edited, analyse(edited), Locale.ENGLISH, DATE);
        List<String> tools = new ArrayList<>();
        changes.of(Changes.Area.TRANSFER).forEach(c -> c.items().forEach(i -> tools.add(String.valueOf(i.after()))));
        assertTrue(tools.stream().anyMatch(t -> t.contains("Renamed holder")), () -> "the tool names its new holder: " + tools);
    }

    private static AnalysisResult analyse(DataFlowModel model) throws Exception {
        return Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT);
    }

    private static List<String> cells(Register.Section record, Locale locale) {
        return record.rows().get(0).stream().map(c -> ChangeTexts.cell(c, locale)).toList();
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
