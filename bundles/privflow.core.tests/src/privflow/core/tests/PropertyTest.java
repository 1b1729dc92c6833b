// SPDX-License-Identifier: EPL-2.0
package privflow.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import privflow.bench.LargeModelGenerator;
import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisSession;
import privflow.core.Finding;
import privflow.core.LegalFacts;
import privflow.model.Channel;
import privflow.model.ContractType;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.Location;
import privflow.model.Organisation;
import privflow.model.PrivflowFactory;
import privflow.model.Service;
import privflow.model.io.ModelStore;

/** Random models: no exceptions, no duplicate findings, the same answer every time, and incremental equals full. */
class PropertyTest {

    private static final String[] COUNTRIES = {"FI", "US", "IN", "GB", "CH", "CA", "SE", "BR"};

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.key() + " " + f.message(Locale.ENGLISH)).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomModelsAreAnalysedDeterministicallyWithoutDuplicates(long seed) throws Exception {
        DataFlowModel model = new LargeModelGenerator(seed).generate(60, 300, 20);
        LegalFacts facts = Findings.facts(model);
        List<Finding> first = Analysis.run(model, facts, AnalysisOptions.DEFAULT).findings();
        Set<String> keys = new HashSet<>();
        for (Finding f : first) {
            assertTrue(keys.add(f.key()), "duplicate " + f.key());
            assertTrue(!f.message(Locale.ENGLISH).isBlank() && !f.message(Locale.of("fi")).isBlank());
            assertTrue(!f.remedies().isEmpty());
        }
        assertTrue(first.size() > 10, "the generator makes problems to find");
        assertEquals(describe(first), describe(Analysis.run(model, facts, AnalysisOptions.DEFAULT).findings()));
        DataFlowModel reloaded = loadCopy(model);
        assertEquals(describe(first), describe(Analysis.run(reloaded, Findings.facts(reloaded), AnalysisOptions.DEFAULT).findings()));
    }

    /**
     * A diff matches the findings of two versions by key without building the keys: the hash and
     * the equality it uses must be those of the keys, also for ids with colons and letters outside
     * Latin-1, where a key's parts could run into each other.
     */
    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void keysAreComparedWithoutBuildingThemAsIfBuilt(long seed) throws Exception {
        DataFlowModel model = new LargeModelGenerator(seed).generate(60, 300, 20);
        Random random = new Random(seed);
        List<String> odd = List.of("a:b", "b:", ":", "\u20ac:\u00e4", "\u20ac");
        model.eAllContents().forEachRemaining(e -> {
            if (e instanceof privflow.model.Identified i && random.nextInt(4) == 0) {
                i.setId(odd.get(random.nextInt(odd.size())) + i.getId());
            }
        });
        List<Finding> these = Analysis.run(model, Findings.facts(model), AnalysisOptions.DEFAULT).findings();
        DataFlowModel copy = loadCopy(model);
        List<Finding> those = Analysis.run(copy, Findings.facts(copy), AnalysisOptions.DEFAULT).findings();
        int[] hashes = these.stream().mapToInt(Finding::keyHash).toArray();
        boolean[][] equal = new boolean[these.size()][those.size()];
        for (int i = 0; i < these.size(); i++) {
            for (int j = 0; j < those.size(); j++) {
                equal[i][j] = these.get(i).keyEquals(those.get(j));
            }
        }
        int matched = 0;
        for (int i = 0; i < these.size(); i++) {
            assertEquals(these.get(i).key().hashCode(), hashes[i], these.get(i).key());
            for (int j = 0; j < those.size(); j++) {
                boolean same = these.get(i).key().equals(those.get(j).key());
                assertEquals(same, equal[i][j], these.get(i).key() + " / " + those.get(j).key());
                matched += same ? 1 : 0;
            }
        }
        assertTrue(matched >= these.size() && these.size() > 10, "each finding has its copy's");
    }

    @org.junit.jupiter.api.Test
    void keysThatReadTheSameAreEqualWhereverTheirPartsBreak() {
        Organisation colon = PrivflowFactory.eINSTANCE.createOrganisation();
        colon.setId("p:q");
        Organisation plain = PrivflowFactory.eINSTANCE.createOrganisation();
        plain.setId("p");
        Finding one = Finding.builder(privflow.core.Rule.TRANSFER_WITHOUT_TOOL).element(colon).message("x").remedy("y").build();
        Finding other = Finding.builder(privflow.core.Rule.TRANSFER_WITHOUT_TOOL).element(plain).keyPart("q").message("x").remedy("y")
                .build();
        Finding third = Finding.builder(privflow.core.Rule.TRANSFER_WITHOUT_TOOL).element(plain).keyPart("r").message("x").remedy("y")
                .build();
        assertEquals(one.keyHash(), other.keyHash());
        assertTrue(one.keyEquals(other) && other.keyEquals(one), "both read transfer-without-tool:p:q");
        assertTrue(!one.keyEquals(third) && !third.keyEquals(one));
        assertEquals(one.key(), other.key());
    }

    @org.junit.jupiter.api.Test
    void largeModelAnalysedInParallelGivesTheSameAnswerAsTheSequentialSession() {
        DataFlowModel model = new LargeModelGenerator(99).generate(1500, 12000, 300);
        LegalFacts facts = Findings.facts(model);
        List<String> parallel = Analysis.run(model, facts, AnalysisOptions.DEFAULT).findings().stream()
                .map(f -> f.severity() + " " + f.key()).toList();
        AnalysisSession session = Analysis.session(model, facts, AnalysisOptions.DEFAULT);
        try {
            List<String> sequential = session.result().findings().stream().map(f -> f.severity() + " " + f.key()).toList();
            assertEquals(sequential, parallel);
            assertEquals(parallel, Analysis.run(model, facts, AnalysisOptions.DEFAULT).findings().stream()
                    .map(f -> f.severity() + " " + f.key()).toList());
        } finally {
            session.dispose();
        }
    }

    private static DataFlowModel loadCopy(DataFlowModel model) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("privflow", ".privflow");
        try {
            ModelStore.save(model, file);
            return ModelStore.load(file);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void incrementalAnalysisAgreesWithAFullRunAfterEveryEdit(long seed) throws Exception {
        DataFlowModel model = loadCopy(new LargeModelGenerator(seed).generate(40, 200, 15));
        LegalFacts facts = Findings.facts(model);
        AnalysisSession session = Analysis.session(model, facts, AnalysisOptions.DEFAULT);
        try {
            Random random = new Random(seed);
            for (int step = 0; step < 60; step++) {
                String edit = edit(model, random);
                List<String> incremental = describe(session.result().findings());
                List<String> full = describe(Analysis.run(model, facts, AnalysisOptions.DEFAULT).findings());
                if (!full.equals(incremental)) {
                    List<String> missing = full.stream().filter(f -> !incremental.contains(f)).toList();
                    List<String> extra = incremental.stream().filter(f -> !full.contains(f)).toList();
                    assertEquals(full, incremental, "after step " + step + ": " + edit + "\nmissing: " + missing
                            + "\nextra: " + extra);
                }
            }
        } finally {
            session.dispose();
        }
    }

    private static String edit(DataFlowModel model, Random random) {
        List<Service> services = model.getServices();
        List<Organisation> organisations = model.getOrganisations();
        List<DataFlow> flows = model.getFlows();
        switch (random.nextInt(13)) {
            case 0 -> {
                Service s = services.get(random.nextInt(services.size()));
                if (!s.getLocations().isEmpty()) {
                    s.getLocations().get(0).setCountry(COUNTRIES[random.nextInt(COUNTRIES.length)]);
                }
                return "location country of " + s.getName();
            }
            case 1 -> {
                Organisation o = organisations.get(random.nextInt(organisations.size()));
                o.setDpfCertified(!o.isDpfCertified());
                return "DPF of " + o.getName();
            }
            case 2 -> {
                Service s = services.get(random.nextInt(services.size()));
                s.setContract(ContractType.get(random.nextInt(ContractType.values().length)));
                return "contract of " + s.getName();
            }
            case 3 -> {
                DataFlow f = PrivflowFactory.eINSTANCE.createDataFlow();
                f.setName("new flow");
                f.setSource(model.getDataSubjectCategories().get(0));
                f.setTarget(services.get(random.nextInt(services.size())));
                f.getDataCategories().add(model.getDataCategories().get(random.nextInt(model.getDataCategories().size())));
                f.setActivity(model.getActivities().get(0));
                flows.add(f);
                return "added a flow";
            }
            case 4 -> {
                flows.remove(random.nextInt(flows.size()));
                return "removed a flow";
            }
            case 5 -> {
                Service a = services.get(random.nextInt(services.size()));
                Service b = services.get(random.nextInt(services.size()));
                a.getSubProcessors().add(b);
                return "sub-processor " + b.getName() + " of " + a.getName();
            }
            case 6 -> {
                DataFlow f = flows.get(random.nextInt(flows.size()));
                f.setChannel(Channel.get(random.nextInt(Channel.values().length)));
                return "channel of " + f.getName();
            }
            case 7 -> {
                Service s = services.get(random.nextInt(services.size()));
                Location l = PrivflowFactory.eINSTANCE.createLocation();
                l.setCountry(COUNTRIES[random.nextInt(COUNTRIES.length)]);
                l.setRemoteAccessOnly(random.nextBoolean());
                s.getLocations().add(l);
                return "added a location to " + s.getName();
            }
            case 9 -> {
                DataFlow f = flows.get(random.nextInt(flows.size()));
                f.setTarget(services.get(random.nextInt(services.size())));
                return "retargeted " + f.getName();
            }
            case 10 -> {
                Service s = services.get(random.nextInt(services.size()));
                if (!s.getSubProcessors().isEmpty()) {
                    s.getSubProcessors().remove(0);
                }
                return "removed a sub-processor of " + s.getName();
            }
            case 11 -> {
                var c = model.getDataCategories().get(random.nextInt(model.getDataCategories().size()));
                c.setSpecialCategory(!c.isSpecialCategory());
                return "special category flag of " + c.getName();
            }
            case 12 -> {
                DataFlow f = flows.get(random.nextInt(flows.size()));
                if (f.getSafeguard() == null) {
                    var scc = PrivflowFactory.eINSTANCE.createStandardContractualClauses();
                    scc.setModule(privflow.model.SccModule.C2P);
                    f.setSafeguard(scc);
                } else {
                    f.setSafeguard(null);
                }
                f.setActivity(model.getActivities().get(random.nextInt(model.getActivities().size())));
                return "safeguard and activity of " + f.getName();
            }
            default -> {
                Organisation o = organisations.get(random.nextInt(organisations.size()));
                o.setCountry(COUNTRIES[random.nextInt(COUNTRIES.length)]);
                return "country of " + o.getName();
            }
        }
    }
}
