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

    public ModelIndex(DataFlowModel model) {
        this.model = model;
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
            if (flow.getActivity() != null) {
                add(flowsByActivity, flow.getActivity(), flow);
            }
        }
        for (Service service : model.getServices()) {
            for (Service sub : service.getSubProcessors()) {
                add(parentServices, sub, service);
            }
            if (service.getProvider() != null) {
                add(servicesByOrganisation, service.getProvider(), service);
            }
        }
        for (Organisation o : model.getOrganisations()) {
            if (o.getParent() != null) {
                add(childOrganisations, o.getParent(), o);
            }
        }
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
        return flowsByTarget.getOrDefault(target, List.of());
    }

    public List<DataFlow> flowsFrom(EObject source) {
        return flowsBySource.getOrDefault(source, List.of());
    }

    /** @return the services that name {@code service} as a sub-processor */
    public List<Service> parentsOf(Service service) {
        return parentServices.getOrDefault(service, List.of());
    }

    public List<Service> servicesOf(Organisation organisation) {
        return servicesByOrganisation.getOrDefault(organisation, List.of());
    }

    public List<Organisation> childrenOf(Organisation organisation) {
        return childOrganisations.getOrDefault(organisation, List.of());
    }

    public List<DataFlow> flowsCarrying(DataCategory category) {
        return flowsByCategory.getOrDefault(category, List.of());
    }

    public List<ProcessingActivity> activitiesWith(DataCategory category) {
        return activitiesByCategory.getOrDefault(category, List.of());
    }

    public List<DataFlow> flowsOf(ProcessingActivity activity) {
        return flowsByActivity.getOrDefault(activity, List.of());
    }

    /** @return whether some flow ends at {@code service} or at a service it is a (transitive) sub-processor of */
    public boolean receivesData(Service service) {
        java.util.ArrayDeque<Service> queue = new java.util.ArrayDeque<>();
        java.util.Set<Service> seen = new java.util.HashSet<>();
        queue.add(service);
        while (!queue.isEmpty()) {
            Service s = queue.poll();
            if (!seen.add(s)) {
                continue;
            }
            if (!flowsTo(s).isEmpty()) {
                return true;
            }
            queue.addAll(parentsOf(s));
        }
        return false;
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
