// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import privflow.model.ActivityRole;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.Organisation;
import privflow.model.ProcessingActivity;
import privflow.model.Role;
import privflow.model.Service;

/** Reverse references of a model that the analysis needs: who points at what. */
public final class ModelIndex {

    private final DataFlowModel model;
    private final Map<EObject, List<DataFlow>> flowsByTarget = new HashMap<>();
    private final Map<EObject, List<DataFlow>> flowsBySource = new HashMap<>();
    private final Map<Service, List<Service>> parentServices = new HashMap<>();
    private final Map<Organisation, List<Service>> servicesByOrganisation = new HashMap<>();
    private final Map<Organisation, List<Organisation>> childOrganisations = new HashMap<>();
    private final Map<DataCategory, List<DataFlow>> flowsByCategory = new HashMap<>();
    private final Map<DataCategory, List<ProcessingActivity>> activitiesByCategory = new HashMap<>();
    private final Map<ProcessingActivity, List<DataFlow>> flowsByActivity = new HashMap<>();

    private boolean flowsIndexed;
    private boolean servicesIndexed;
    private boolean organisationsIndexed;
    private boolean activitiesIndexed;

    /** The maps are built on first use, so a one-shot analysis pays only for what its rules ask. */
    public ModelIndex(DataFlowModel model) {
        this.model = model;
    }

    private void indexFlows() {
        if (flowsIndexed) {
            return;
        }
        flowsIndexed = true;
        for (DataFlow flow : model.getFlows()) {
            if (flow.getTarget() != null) {
                add(flowsByTarget, flow.getTarget(), flow);
            }
            if (flow.getSource() != null) {
                add(flowsBySource, flow.getSource(), flow);
            }
            for (DataCategory c : flow.getDataCategories()) {
                add(flowsByCategory, c, flow);
            }
        }
    }

    private boolean flowsByActivityIndexed;

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
            for (Service sub : service.getSubProcessors()) {
                add(parentServices, sub, service);
            }
            if (service.getProvider() != null) {
                add(servicesByOrganisation, service.getProvider(), service);
            }
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

    private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
        map.computeIfAbsent(key, k -> new ArrayList<>(2)).add(value);
    }

    public DataFlowModel model() {
        return model;
    }

    public List<DataFlow> flowsTo(EObject target) {
        indexFlows();
        return flowsByTarget.getOrDefault(target, List.of());
    }

    public List<DataFlow> flowsFrom(EObject source) {
        indexFlows();
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
        indexFlows();
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

    private Map<EObject, List<DataFlow>> safeguardedByTarget;

    /** @return the flows into {@code target} that record a transfer tool */
    public List<DataFlow> safeguardedFlowsTo(EObject target) {
        if (safeguardedByTarget == null) {
            safeguardedByTarget = new HashMap<>();
            for (DataFlow flow : model.getFlows()) {
                if (flow.getSafeguard() != null && flow.getTarget() != null) {
                    add(safeguardedByTarget, flow.getTarget(), flow);
                }
            }
        }
        return safeguardedByTarget.getOrDefault(target, List.of());
    }

    private Map<ProcessingActivity, java.util.Set<DataCategory>> specialOnFlows;

    /** @return the special categories (Art. 9) that flows of {@code activity} carry */
    public java.util.Set<DataCategory> specialCategoriesOnFlowsOf(ProcessingActivity activity) {
        if (specialOnFlows == null) {
            specialOnFlows = new HashMap<>();
            for (DataFlow flow : model.getFlows()) {
                if (flow.getActivity() == null) {
                    continue;
                }
                for (DataCategory c : flow.getDataCategories()) {
                    if (c.isSpecialCategory()) {
                        specialOnFlows.computeIfAbsent(flow.getActivity(), a -> new java.util.LinkedHashSet<>()).add(c);
                    }
                }
            }
        }
        return specialOnFlows.getOrDefault(activity, java.util.Set.of());
    }

    private java.util.Set<Service> receiving;

    /** @return whether some flow ends at {@code service} or at a service it is a (transitive) sub-processor of */
    public boolean receivesData(Service service) {
        if (receiving == null) {
            java.util.Set<Service> set = new java.util.HashSet<>();
            java.util.ArrayDeque<Service> queue = new java.util.ArrayDeque<>();
            for (DataFlow flow : model.getFlows()) {
                if (flow.getTarget() instanceof Service s && set.add(s)) {
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
        return receiving.contains(service);
    }

    /** @return the role {@code organisation} plays in {@code activity}, or {@code null} if none is recorded */
    public static Role roleIn(ProcessingActivity activity, Organisation organisation) {
        if (activity == null || organisation == null) {
            return null;
        }
        for (ActivityRole role : activity.getRoles()) {
            if (role.getOrganisation() == organisation) {
                return role.getRole();
            }
        }
        return null;
    }

    /** @return the controller of {@code activity}: its controller role, else the model's first organisation */
    public Organisation controllerOf(ProcessingActivity activity) {
        if (activity != null) {
            for (ActivityRole role : activity.getRoles()) {
                if (role.getRole() == Role.CONTROLLER && role.getOrganisation() != null) {
                    return role.getOrganisation();
                }
            }
        }
        return model.getOrganisations().isEmpty() ? null : model.getOrganisations().get(0);
    }
}
