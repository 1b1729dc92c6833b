// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import privflow.bench.LargeModelGenerator;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.FlowEndpoint;
import privflow.model.Identified;
import privflow.model.Named;
import privflow.model.Organisation;
import privflow.model.PrivflowFactory;
import privflow.model.ProcessingActivity;
import privflow.model.Service;
import privflow.model.io.ModelStore;
import privflow.model.merge.Conflict;
import privflow.model.merge.ModelMerge;
import privflow.model.merge.Side;

/**
 * Random pairs of edit sequences: when the two sides edit disjoint elements the merge equals
 * applying both; whatever they edit, the merged model loads and saves byte-identically again.
 */
class ModelMergePropertyTest {

    private static final int TRIALS = 25;

    @TempDir
    Path dir;

    static Stream<String> models() {
        return Stream.of("cleaning-company.privflow", "cleaning-company-2026.privflow", "midsize-company.privflow",
                "payroll-bureau.privflow", "saas-dpa-scc.privflow", "generated");
    }

    private static DataFlowModel load(String name) throws Exception {
        if (name.equals("generated")) {
            return new LargeModelGenerator(7).generate(150, 1500, 40);
        }
        return ModelStore.load(Examples.file(name));
    }

    /** An edit, replayable on any copy of the model: it finds its elements by id. */
    private record Edit(String description, Consumer<DataFlowModel> action) {
    }

    @ParameterizedTest
    @MethodSource("models")
    void editsOfDisjointElementsMergeAsIfBothWereApplied(String name) throws Exception {
        DataFlowModel base = load(name);
        Set<String> referenced = referencedIds(base);
        for (int trial = 0; trial < TRIALS; trial++) {
            Random random = new Random(trial * 31L + name.hashCode());
            List<Identified> elements = elements(base);
            Set<String> mine = new HashSet<>();
            for (Identified e : elements) {
                if (random.nextBoolean()) {
                    mine.add(e.getId());
                }
            }
            List<Edit> oursEdits = edits(base, random, e -> mine.contains(e.getId()), referenced, "a" + trial, false);
            List<Edit> theirsEdits = edits(base, random, e -> !mine.contains(e.getId()), referenced, "b" + trial, false);
            DataFlowModel ours = apply(EcoreUtil.copy(base), oursEdits);
            DataFlowModel theirs = apply(EcoreUtil.copy(base), theirsEdits);
            DataFlowModel expected = apply(apply(EcoreUtil.copy(base), oursEdits), theirsEdits);

            List<Conflict> conflicts = ModelMerge.merge(base, ours, theirs, c -> Side.OURS);

            String seed = name + " trial " + trial + ": ours " + oursEdits.stream().map(Edit::description).toList() + ", theirs "
                    + theirsEdits.stream().map(Edit::description).toList();
            assertEquals(List.of(), conflicts, seed);
            assertEquals(new String(ModelStore.toBytes(expected), java.nio.charset.StandardCharsets.UTF_8),
                    new String(ModelStore.toBytes(ours), java.nio.charset.StandardCharsets.UTF_8), seed);
            assertReloadsIdentically(ours, seed);
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void whateverBothSidesEditTheMergedModelLoadsAndSavesTheSame(String name) throws Exception {
        DataFlowModel base = load(name);
        for (int trial = 0; trial < TRIALS; trial++) {
            for (Side side : Side.values()) {
                Random random = new Random(trial * 17L + name.hashCode());
                List<Edit> oursEdits = edits(base, random, e -> true, Set.of(), "a" + trial, true);
                List<Edit> theirsEdits = edits(base, random, e -> true, Set.of(), "b" + trial, true);
                DataFlowModel ours = apply(EcoreUtil.copy(base), oursEdits);
                DataFlowModel theirs = apply(EcoreUtil.copy(base), theirsEdits);

                ModelMerge.merge(base, ours, theirs, c -> side);

                assertReloadsIdentically(ours, name + " trial " + trial + " " + side + ": ours "
                        + oursEdits.stream().map(Edit::description).toList() + ", theirs "
                        + theirsEdits.stream().map(Edit::description).toList());
            }
        }
    }

    private static DataFlowModel apply(DataFlowModel model, List<Edit> edits) {
        for (Edit edit : edits) {
            edit.action().accept(model);
        }
        return model;
    }

    private static List<Identified> elements(DataFlowModel model) {
        List<Identified> elements = new ArrayList<>();
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified e && e.getId() != null) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static Set<String> referencedIds(DataFlowModel model) {
        Set<String> ids = new HashSet<>();
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer()) {
                    continue;
                }
                Object value = object.eGet(reference);
                for (Object target : value instanceof List<?> l ? l : value == null ? List.of() : List.of(value)) {
                    if (target instanceof Identified e) {
                        ids.add(e.getId());
                    }
                }
            }
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static <T> T find(DataFlowModel model, String id) {
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified e && id.equals(e.getId())) {
                return (T) e;
            }
        }
        return null;
    }

    /**
     * @param owned the elements this side may change (creating new ones and referring to any is always allowed)
     * @param referenced ids something refers to: such elements are not deleted in a disjoint run
     * @param deletes whether services and organisations may be deleted too
     */
    private static List<Edit> edits(DataFlowModel base, Random random, java.util.function.Predicate<Identified> owned,
            Set<String> referenced, String tag, boolean deletes) {
        List<Identified> all = elements(base);
        List<Named> named = all.stream().filter(owned).filter(Named.class::isInstance).map(Named.class::cast).toList();
        List<Service> services = all.stream().filter(owned).filter(Service.class::isInstance).map(Service.class::cast).toList();
        List<DataFlow> flows = all.stream().filter(owned).filter(DataFlow.class::isInstance).map(DataFlow.class::cast).toList();
        List<ProcessingActivity> activities = all.stream().filter(owned).filter(ProcessingActivity.class::isInstance)
                .map(ProcessingActivity.class::cast).toList();
        List<String> categories = base.getDataCategories().stream().map(DataCategory::getId).toList();
        List<String> endpoints = all.stream().filter(FlowEndpoint.class::isInstance).map(Identified::getId).toList();
        List<String> organisations = base.getOrganisations().stream().map(Organisation::getId).toList();
        Set<String> deleted = new HashSet<>();
        List<Edit> edits = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            String n = tag + '-' + i;
            switch (random.nextInt(deletes ? 9 : 7)) {
                case 0 -> {
                    if (!named.isEmpty()) {
                        String id = named.get(random.nextInt(named.size())).getId();
                        edits.add(
                                new Edit("rename " + id, m -> ModelMergePropertyTest.<Named>change(m, id, e -> e.setName("Renamed " + n))));
                    }
                }
                case 1 -> {
                    if (!named.isEmpty()) {
                        String id = named.get(random.nextInt(named.size())).getId();
                        edits.add(new Edit("describe " + id,
                                m -> ModelMergePropertyTest.<Named>change(m, id, e -> e.setDescription("Described " + n))));
                    }
                }
                case 2 -> {
                    if (!services.isEmpty()) {
                        String id = services.get(random.nextInt(services.size())).getId();
                        edits.add(new Edit("encryption " + id,
                                m -> ModelMergePropertyTest.<Service>change(m, id, s -> s.setEncryptedAtRest(!s.isEncryptedAtRest()))));
                    }
                }
                case 3 -> {
                    if (!activities.isEmpty()) {
                        String id = activities.get(random.nextInt(activities.size())).getId();
                        edits.add(new Edit("purpose " + id,
                                m -> ModelMergePropertyTest.<ProcessingActivity>change(m, id, a -> a.getPurposes().add("Purpose " + n))));
                    }
                }
                case 4 -> {
                    if (!flows.isEmpty() && !categories.isEmpty()) {
                        String id = flows.get(random.nextInt(flows.size())).getId();
                        String category = categories.get(random.nextInt(categories.size()));
                        edits.add(new Edit("category " + id, m -> ModelMergePropertyTest.<DataFlow>change(m, id, f -> {
                            DataCategory c = find(m, category);
                            if (c != null && !f.getDataCategories().contains(c)) {
                                f.getDataCategories().add(c);
                            }
                        })));
                    }
                }
                case 5 -> {
                    String provider = organisations.isEmpty() ? null : organisations.get(random.nextInt(organisations.size()));
                    edits.add(new Edit("add service " + n, m -> {
                        Service s = PrivflowFactory.eINSTANCE.createService();
                        s.setId("service-" + n);
                        s.setName("Service " + n);
                        s.setProvider(provider == null ? null : find(m, provider));
                        m.getServices().add(s);
                    }));
                }
                case 6 -> {
                    if (!flows.isEmpty()) {
                        DataFlow flow = flows.get(random.nextInt(flows.size()));
                        String id = flow.getId();
                        if (!referenced.contains(id) && deleted.add(id)) {
                            edits.add(
                                    new Edit("delete flow " + id, m -> ModelMergePropertyTest.<DataFlow>change(m, id, EcoreUtil::remove)));
                        }
                    } else if (endpoints.size() > 1) {
                        edits.add(addFlow(endpoints, random, n));
                    }
                }
                case 7 -> {
                    if (!services.isEmpty()) {
                        String id = services.get(random.nextInt(services.size())).getId();
                        edits.add(new Edit("delete service " + id,
                                m -> ModelMergePropertyTest.<Service>change(m, id, s -> EcoreUtil.delete(s, true))));
                    }
                }
                default -> {
                    if (!endpoints.isEmpty()) {
                        edits.add(addFlow(endpoints, random, n));
                    }
                }
            }
        }
        return edits;
    }

    private static Edit addFlow(List<String> endpoints, Random random, String n) {
        String source = endpoints.get(random.nextInt(endpoints.size()));
        String target = endpoints.get(random.nextInt(endpoints.size()));
        return new Edit("add flow " + n, m -> {
            DataFlow f = PrivflowFactory.eINSTANCE.createDataFlow();
            f.setId("flow-" + n);
            f.setSource(find(m, source));
            f.setTarget(find(m, target));
            m.getFlows().add(f);
        });
    }

    private static <T> void change(DataFlowModel model, String id, Consumer<T> change) {
        T element = find(model, id);
        if (element != null) {
            change.accept(element);
        }
    }

    private void assertReloadsIdentically(DataFlowModel model, String message) throws Exception {
        byte[] saved = ModelStore.toBytes(model);
        Path file = Files.write(dir.resolve("merged.privflow"), saved);
        assertArrayEquals(saved, ModelStore.toBytes(ModelStore.load(file)), message);
    }
}
