// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;

import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.Organisation;
import privflow.model.PrivflowPackage;
import privflow.model.ProcessingActivity;
import privflow.model.Service;

/**
 * Reverse references of a model that the analysis needs: who points at what.
 * <p>
 * A one-shot index builds each map on first use, so an analysis pays only for what its rules ask.
 * An incremental index builds everything at once and then follows the model's reference changes
 * ({@link #update}), so that an edit costs time in proportion to what it touches.
 */
public final class ModelIndex {

    private static final PrivflowPackage P = PrivflowPackage.eINSTANCE;

    private final DataFlowModel model;
    private final boolean incremental;
    private final Map<EObject, List<DataFlow>> flowsByTarget = new HashMap<>();
    private final Map<EObject, List<DataFlow>> flowsBySource = new HashMap<>();
    private final Map<Service, List<Service>> parentServices = new HashMap<>();
    private final Map<Organisation, List<Service>> servicesByOrganisation = new HashMap<>();
    private final Map<Organisation, List<Organisation>> childOrganisations = new HashMap<>();
    private final Map<DataCategory, List<DataFlow>> flowsByCategory = new HashMap<>();
    private final Map<DataCategory, List<ProcessingActivity>> activitiesByCategory = new HashMap<>();
    private final Map<ProcessingActivity, List<DataFlow>> flowsByActivity = new HashMap<>();
    private boolean flowsIndexed;
    private boolean flowFactsIndexed;
    private boolean flowSourcesIndexed;
    private boolean flowsByActivityIndexed;
    private boolean servicesIndexed;
    private boolean organisationsIndexed;
    private boolean activitiesIndexed;
    private Map<EObject, List<DataFlow>> safeguardedByTarget;
    private Map<ProcessingActivity, Set<DataCategory>> specialOnFlows;
    private Set<Service> receiving;

    /** @return an index whose maps are built on first use, for one analysis of an unchanging model */
    public static ModelIndex oneShot(DataFlowModel model) {
        return new ModelIndex(model, false);
    }

    /** @return an index built now and kept up to date with {@link #update} */
    public static ModelIndex incremental(DataFlowModel model) {
        ModelIndex index = new ModelIndex(model, true);
        index.indexFlows();
        index.indexFlowsByActivity();
        index.indexServices();
        index.indexOrganisations();
        index.indexActivities();
        return index;
    }

    private ModelIndex(DataFlowModel model, boolean incremental) {
        this.model = model;
        this.incremental = incremental;
    }

    private void indexFlows() {
        if (flowsIndexed) {
            return;
        }
        flowsIndexed = true;
        for (DataFlow flow : model.getFlows()) {
            addFlowEnds(flow);
        }
    }

    /**
     * One pass over the flows of a one-shot index for what the rules read of all of them: the flows
     * into each target (and those among them that record a transfer tool), the special categories
     * each activity's flows carry, and the services that receive data.
     */
    private void indexFlowFacts() {
        if (flowFactsIndexed) {
            return;
        }
        flowFactsIndexed = true;
        safeguardedByTarget = new HashMap<>();
        specialOnFlows = new HashMap<>();
        List<DataFlow> flows = model.getFlows();
        for (int i = 0, n = flows.size(); i < n; i++) {
            DataFlow flow = flows.get(i);
            EObject target = flow.getTarget();
            if (target != null) {
                add(flowsByTarget, target, flow);
                if (flow.getSafeguard() != null) {
                    add(safeguardedByTarget, target, flow);
                }
            }
            ProcessingActivity activity = flow.getActivity();
            if (activity != null) {
                List<DataCategory> categories = flow.getDataCategories();
                for (int j = 0, m = categories.size(); j < m; j++) {
                    DataCategory c = categories.get(j);
                    if (c.isSpecialCategory()) {
                        specialOnFlows.computeIfAbsent(activity, a -> new LinkedHashSet<>()).add(c);
                    }
                }
            }
        }
        Set<Service> set = new HashSet<>();
        ArrayDeque<Service> queue = new ArrayDeque<>();
        for (EObject target : flowsByTarget.keySet()) {
            if (target instanceof Service s && set.add(s)) {
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            for (Service sub : queue.poll().getSubProcessors()) {
                if (set.add(sub)) {
                    queue.add(sub);
                }
            }
        }
        receiving = set;
    }

    /** The flows from each source and those carrying each category, for a one-shot index. */
    private void indexFlowSources() {
        if (flowSourcesIndexed) {
            return;
        }
        flowSourcesIndexed = true;
        for (DataFlow flow : model.getFlows()) {
            addFlowSource(flow);
        }
    }

    private void addFlowEnds(DataFlow flow) {
        if (flow.getTarget() != null) {
            add(flowsByTarget, flow.getTarget(), flow);
        }
        addFlowSource(flow);
    }

    /** Adds {@code flow} to the flows from its source and to those carrying each of its categories. */
    private void addFlowSource(DataFlow flow) {
        if (flow.getSource() != null) {
            add(flowsBySource, flow.getSource(), flow);
        }
        for (DataCategory c : flow.getDataCategories()) {
            add(flowsByCategory, c, flow);
        }
    }

    private void indexFlowsByActivity() {
        if (flowsByActivityIndexed) {
            return;
        }
        flowsByActivityIndexed = true;
        for (DataFlow flow : model.getFlows()) {
            if (flow.getActivity() != null) {
                add(flowsByActivity, flow.getActivity(), flow);
            }
        }
    }

    private void indexServices() {
        if (servicesIndexed) {
            return;
        }
        servicesIndexed = true;
        for (Service service : model.getServices()) {
            addService(service);
        }
    }

    private void addService(Service service) {
        for (Service sub : service.getSubProcessors()) {
            add(parentServices, sub, service);
        }
        if (service.getProvider() != null) {
            add(servicesByOrganisation, service.getProvider(), service);
        }
    }

    private void indexOrganisations() {
        if (organisationsIndexed) {
            return;
        }
        organisationsIndexed = true;
        for (Organisation o : model.getOrganisations()) {
            if (o.getParent() != null) {
                add(childOrganisations, o.getParent(), o);
            }
        }
    }

    private void indexActivities() {
        if (activitiesIndexed) {
            return;
        }
        activitiesIndexed = true;
        for (ProcessingActivity a : model.getActivities()) {
            for (DataCategory c : a.getDataCategories()) {
                add(activitiesByCategory, c, a);
            }
        }
    }

    /**
     * Builds what the flow rules read, so that several threads may then analyse flows at once
     * (the model must not change meanwhile).
     */
    public void prepareForConcurrentReads() {
        if (!incremental) {
            indexFlowFacts();
        }
    }

    private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
        map.computeIfAbsent(key, k -> new ArrayList<>(2)).add(value);
    }

    private static <K, V> void remove(Map<K, List<V>> map, Object key, V value) {
        List<V> values = map.get(key);
        if (values != null) {
            values.remove(value);
            if (values.isEmpty()) {
                map.remove(key);
            }
        }
    }

    /**
     * Follows one change of an incremental index's model.
     *
     * @return whether the index handled it; if not, build a new index
     */
    public boolean update(Notification n) {
        if (!incremental) {
            return false;
        }
        Object feature = n.getFeature();
        Object notifier = n.getNotifier();
        if (notifier instanceof DataFlow flow) {
            if (feature == P.getDataFlow_Target()) {
                move(flowsByTarget, n.getOldValue(), n.getNewValue(), flow);
            } else if (feature == P.getDataFlow_Source()) {
                move(flowsBySource, n.getOldValue(), n.getNewValue(), flow);
            } else if (feature == P.getDataFlow_Activity()) {
                move(flowsByActivity, n.getOldValue(), n.getNewValue(), flow);
            } else if (feature == P.getDataFlow_DataCategories()) {
                return apply(n, c -> add(flowsByCategory, (DataCategory) c, flow), c -> remove(flowsByCategory, c, flow));
            }
            return true;
        }
        if (notifier instanceof Service service) {
            if (feature == P.getService_SubProcessors()) {
                return apply(n, s -> add(parentServices, (Service) s, service), s -> remove(parentServices, s, service));
            } else if (feature == P.getService_Provider()) {
                move(servicesByOrganisation, n.getOldValue(), n.getNewValue(), service);
            }
            return true;
        }
        if (notifier instanceof Organisation organisation) {
            if (feature == P.getOrganisation_Parent()) {
                move(childOrganisations, n.getOldValue(), n.getNewValue(), organisation);
            }
            return true;
        }
        if (notifier instanceof ProcessingActivity activity) {
            if (feature == P.getProcessingActivity_DataCategories()) {
                return apply(n, c -> add(activitiesByCategory, (DataCategory) c, activity),
                        c -> remove(activitiesByCategory, c, activity));
            }
            return true;
        }
        if (notifier instanceof DataFlowModel) {
            if (feature == P.getDataFlowModel_Flows()) {
                return apply(n, f -> {
                    DataFlow flow = (DataFlow) f;
                    addFlowEnds(flow);
                    if (flow.getActivity() != null) {
                        add(flowsByActivity, flow.getActivity(), flow);
                    }
                }, f -> {
                    DataFlow flow = (DataFlow) f;
                    remove(flowsByTarget, flow.getTarget(), flow);
                    remove(flowsBySource, flow.getSource(), flow);
                    remove(flowsByActivity, flow.getActivity(), flow);
                    for (DataCategory c : flow.getDataCategories()) {
                        remove(flowsByCategory, c, flow);
                    }
                });
            } else if (feature == P.getDataFlowModel_Services()) {
                return apply(n, s -> addService((Service) s), s -> {
                    Service service = (Service) s;
                    for (Service sub : service.getSubProcessors()) {
                        remove(parentServices, sub, service);
                    }
                    remove(servicesByOrganisation, service.getProvider(), service);
                });
            }
            return feature != P.getDataFlowModel_Organisations() && feature != P.getDataFlowModel_Activities();
        }
        return true;
    }

    private static <K, V> void move(Map<K, List<V>> map, Object oldKey, Object newKey, V value) {
        if (oldKey != null) {
            remove(map, oldKey, value);
        }
        if (newKey != null) {
            @SuppressWarnings("unchecked")
            K key = (K) newKey;
            add(map, key, value);
        }
    }

    private static boolean apply(Notification n, java.util.function.Consumer<Object> added,
            java.util.function.Consumer<Object> removed) {
        switch (n.getEventType()) {
            case Notification.ADD -> added.accept(n.getNewValue());
            case Notification.ADD_MANY -> ((List<?>) n.getNewValue()).forEach(added);
            case Notification.REMOVE -> removed.accept(n.getOldValue());
            case Notification.REMOVE_MANY -> ((List<?>) n.getOldValue()).forEach(removed);
            case Notification.MOVE -> {
                // Order does not matter to the index.
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    public DataFlowModel model() {
        return model;
    }

    public List<DataFlow> flowsTo(EObject target) {
        if (!incremental) {
            indexFlowFacts();
        }
        return flowsByTarget.getOrDefault(target, List.of());
    }

    public List<DataFlow> flowsFrom(EObject source) {
        if (!incremental) {
            indexFlowSources();
        }
        return flowsBySource.getOrDefault(source, List.of());
    }

    /** @return the services that name {@code service} as a sub-processor */
    public List<Service> parentsOf(Service service) {
        indexServices();
        return parentServices.getOrDefault(service, List.of());
    }

    public List<Service> servicesOf(Organisation organisation) {
        indexServices();
        return servicesByOrganisation.getOrDefault(organisation, List.of());
    }

    public List<Organisation> childrenOf(Organisation organisation) {
        indexOrganisations();
        return childOrganisations.getOrDefault(organisation, List.of());
    }

    public List<DataFlow> flowsCarrying(DataCategory category) {
        if (!incremental) {
            indexFlowSources();
        }
        return flowsByCategory.getOrDefault(category, List.of());
    }

    public List<ProcessingActivity> activitiesWith(DataCategory category) {
        indexActivities();
        return activitiesByCategory.getOrDefault(category, List.of());
    }

    public List<DataFlow> flowsOf(ProcessingActivity activity) {
        indexFlowsByActivity();
        return flowsByActivity.getOrDefault(activity, List.of());
    }

    /** @return the flows into {@code target} that record a transfer tool */
    public List<DataFlow> safeguardedFlowsTo(EObject target) {
        if (incremental) {
            List<DataFlow> result = new ArrayList<>(0);
            for (DataFlow flow : flowsTo(target)) {
                if (flow.getSafeguard() != null) {
                    result.add(flow);
                }
            }
            return result;
        }
        indexFlowFacts();
        return safeguardedByTarget.getOrDefault(target, List.of());
    }

    /** @return the special categories (Art. 9) that flows of {@code activity} carry */
    public Set<DataCategory> specialCategoriesOnFlowsOf(ProcessingActivity activity) {
        if (incremental) {
            Set<DataCategory> result = new LinkedHashSet<>();
            for (DataFlow flow : flowsOf(activity)) {
                for (DataCategory c : flow.getDataCategories()) {
                    if (c.isSpecialCategory()) {
                        result.add(c);
                    }
                }
            }
            return result;
        }
        indexFlowFacts();
        return specialOnFlows.getOrDefault(activity, Set.of());
    }

    /** @return whether some flow ends at {@code service} or at a service it is a (transitive) sub-processor of */
    public boolean receivesData(Service service) {
        if (incremental) {
            ArrayDeque<Service> queue = new ArrayDeque<>();
            Set<Service> seen = new HashSet<>();
            queue.add(service);
            while (!queue.isEmpty()) {
                Service s = queue.poll();
                if (seen.add(s)) {
                    if (!flowsTo(s).isEmpty()) {
                        return true;
                    }
                    queue.addAll(parentsOf(s));
                }
            }
            return false;
        }
        indexFlowFacts();
        return receiving.contains(service);
    }
}
