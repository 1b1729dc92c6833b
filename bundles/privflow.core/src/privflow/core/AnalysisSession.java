// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

import privflow.core.internal.Engine;
import privflow.core.internal.ModelIndex;
import privflow.model.Catalogue;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.Organisation;
import privflow.model.ProcessingActivity;
import privflow.model.ReviewDecision;
import privflow.model.Service;

/**
 * The analysis of one model, kept up to date incrementally: a change marks the flows, services and
 * activities it can affect, and {@link #refresh()} checks only those again.
 */
public final class AnalysisSession {

    private final DataFlowModel model;
    private final LegalFacts baseFacts;
    private final AnalysisOptions options;
    private Engine engine;
    private final Map<DataFlow, List<Transfer>> transfers = new HashMap<>();
    private final Map<EObject, List<Finding>> findings = new HashMap<>();
    private final Set<EObject> dirty = new LinkedHashSet<>();
    private boolean structureChanged;
    private boolean everythingChanged;
    private AnalysisResult result;
    private final EContentAdapter listener;

    AnalysisSession(DataFlowModel model, LegalFacts facts, AnalysisOptions options) {
        this.model = model;
        this.baseFacts = facts;
        this.options = options;
        analyseAll();
        listener = new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch()) {
                    changed(notification);
                }
            }
        };
        model.eAdapters().add(listener);
    }

    private void analyseAll() {
        engine = new Engine(ModelIndex.incremental(model), baseFacts.with(model.getCatalogue()), options,
                Analysis.asOf(model, options));
        transfers.clear();
        findings.clear();
        for (DataFlow flow : model.getFlows()) {
            analyse(flow);
        }
        for (Service service : model.getServices()) {
            analyse(service);
        }
        for (ProcessingActivity activity : model.getActivities()) {
            analyse(activity);
        }
        for (Organisation organisation : model.getOrganisations()) {
            analyse(organisation);
        }
        dirty.clear();
        structureChanged = false;
        everythingChanged = false;
        result = null;
    }

    private void analyse(EObject unit) {
        switch (unit) {
            case DataFlow flow -> {
                List<Transfer> t = engine.transfers(flow);
                put(transfers, flow, t);
                put(findings, flow, engine.check(flow, t));
            }
            case Service service -> put(findings, service, engine.check(service));
            case ProcessingActivity activity -> put(findings, activity, engine.check(activity));
            case Organisation organisation -> put(findings, organisation, engine.check(organisation));
            default -> throw new IllegalArgumentException(String.valueOf(unit));
        }
    }

    private static <K, V> void put(Map<K, List<V>> map, K key, List<V> value) {
        if (value.isEmpty()) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    /** Records which units a change can affect. */
    private void changed(Notification notification) {
        Object notifier = notification.getNotifier();
        Object feature = notification.getFeature();
        if (!engine.index().update(notification)) {
            structureChanged = true;
        }
        if (notification.getEventType() == Notification.SET && notification.getOldValue() instanceof EObject old
                && (feature == privflow.model.PrivflowPackage.Literals.DATA_FLOW__TARGET
                        || feature == privflow.model.PrivflowPackage.Literals.DATA_FLOW__SOURCE
                        || feature == privflow.model.PrivflowPackage.Literals.DATA_FLOW__ACTIVITY)) {
            dirty.add(old);
        }
        if (feature == privflow.model.PrivflowPackage.Literals.SERVICE__SUB_PROCESSORS) {
            if (notification.getOldValue() instanceof EObject old) {
                dirty.add(old);
            } else if (notification.getOldValue() instanceof List<?> olds) {
                for (Object o : olds) {
                    if (o instanceof EObject old) {
                        dirty.add(old);
                    }
                }
            }
        }
        if (notifier instanceof ReviewDecision || feature == privflow.model.PrivflowPackage.Literals.DATA_FLOW_MODEL__REVIEWS) {
            // Only the review states change; the next result() attaches the decisions again.
            result = null;
            return;
        }
        if (feature == privflow.model.PrivflowPackage.Literals.DATA_FLOW_MODEL__ORGANISATIONS) {
            engine.forgetOrganisationNames(); // one was added or removed: the table of names is rebuilt when next asked
        }
        if (notifier instanceof Organisation && feature == privflow.model.PrivflowPackage.Literals.NAMED__NAME) {
            // Organisations are matched by name (one organisation, one set of facts): rare enough to check all again.
            everythingChanged = true;
        }
        EObject element = notifier instanceof EObject e ? e : null;
        while (element != null && !(element instanceof DataFlow || element instanceof Service
                || element instanceof Organisation || element instanceof ProcessingActivity
                || element instanceof DataCategory || element instanceof DataFlowModel || element instanceof Catalogue)) {
            element = element.eContainer();
        }
        switch (element) {
            case null -> everythingChanged = true;
            case Catalogue c -> everythingChanged = true;
            case DataFlowModel m -> {
                if (feature == privflow.model.PrivflowPackage.Literals.DATA_FLOW_MODEL__AS_OF
                        || feature == privflow.model.PrivflowPackage.Literals.DATA_FLOW_MODEL__CATALOGUE
                        || feature == privflow.model.PrivflowPackage.Literals.DATA_FLOW_MODEL__RECORD_KEEPER) {
                    everythingChanged = true;
                }
                addAdded(notification);
            }
            default -> dirty.add(element);
        }
        result = null;
    }

    private void addAdded(Notification notification) {
        if (notification.getEventType() == Notification.ADD && notification.getNewValue() instanceof EObject added) {
            dirty.add(added);
        } else if (notification.getEventType() == Notification.ADD_MANY && notification.getNewValue() instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof EObject e) {
                    dirty.add(e);
                }
            }
        } else if (notification.getEventType() == Notification.REMOVE && notification.getOldValue() instanceof EObject removed) {
            forget(removed);
        } else if (notification.getEventType() == Notification.REMOVE_MANY && notification.getOldValue() instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof EObject removed) {
                    forget(removed);
                }
            }
        }
    }

    /** Drops the results of a removed element and marks what it fed into. */
    private void forget(EObject removed) {
        transfers.remove(removed);
        findings.remove(removed);
        dirty.remove(removed);
        if (removed instanceof DataFlow flow) {
            if (flow.getTarget() != null) {
                dirty.add(flow.getTarget());
            }
            if (flow.getActivity() != null) {
                dirty.add(flow.getActivity());
            }
        } else {
            everythingChanged = true;
        }
    }

    /**
     * Checks again what changed since the last refresh.
     *
     * @return how many flows, services and activities were checked
     */
    public int refresh() {
        if (everythingChanged) {
            analyseAll();
            return model.getFlows().size() + model.getServices().size() + model.getActivities().size();
        }
        if (dirty.isEmpty()) {
            return 0;
        }
        ModelIndex index = engine.index();
        if (structureChanged) {
            index = ModelIndex.incremental(model);
            engine.reindex(index);
            structureChanged = false;
        }
        Set<EObject> units = new LinkedHashSet<>();
        boolean servicesChanged = false;
        for (EObject changed : dirty) {
            if (changed.eResource() == null && changed.eContainer() == null) {
                transfers.remove(changed);
                findings.remove(changed);
                if (changed instanceof Organisation removed && removed.getName() != null) {
                    units.addAll(engine.organisationsNamed(removed.getName()));
                }
                continue;
            }
            switch (changed) {
                case DataFlow flow -> {
                    units.add(flow);
                    if (flow.getActivity() != null) {
                        units.add(flow.getActivity());
                    }
                    if (flow.getTarget() instanceof Service s) {
                        if (flow.getSource() instanceof Service) {
                            // Its transfer tool may cover onward transfers of flows into the source.
                            affectedByService(index, s, units);
                        } else {
                            addServiceChain(s, units);
                        }
                    }
                }
                case Service service -> {
                    servicesChanged = true;
                    affectedByService(index, service, units);
                }
                case Organisation organisation -> {
                    servicesChanged = true;
                    affectedByOrganisation(index, organisation, units, new java.util.HashSet<>());
                    units.add(organisation);
                    if (organisation.getName() != null) {
                        units.addAll(engine.organisationsNamed(organisation.getName()));
                    }
                }
                case ProcessingActivity activity -> {
                    units.add(activity);
                    for (DataFlow flow : index.flowsOf(activity)) {
                        units.add(flow);
                        addTarget(flow, units);
                    }
                }
                case DataCategory category -> {
                    units.addAll(index.activitiesWith(category));
                    for (DataFlow flow : index.flowsCarrying(category)) {
                        units.add(flow);
                        addTarget(flow, units);
                        if (flow.getActivity() != null) {
                            units.add(flow.getActivity());
                        }
                    }
                    for (ProcessingActivity activity : index.activitiesWith(category)) {
                        for (DataFlow flow : index.flowsOf(activity)) {
                            addTarget(flow, units);
                        }
                    }
                }
                default -> {
                    // Other elements affect nothing the rules read.
                }
            }
        }
        if (servicesChanged) {
            engine.forgetDestinations();
        }
        for (EObject unit : units) {
            analyse(unit);
        }
        dirty.clear();
        result = null;
        return units.size();
    }

    /** A service's findings read what the flows into it carry. */
    private static void addTarget(DataFlow flow, Set<EObject> units) {
        if (flow.getTarget() instanceof Service s) {
            units.add(s);
        }
    }

    private static void addServiceChain(Service service, Set<EObject> units) {
        units.add(service);
        for (Service sub : service.getSubProcessors()) {
            units.add(sub);
        }
    }

    /** A service's change affects it, its parents (transitively) and every flow into any of them. */
    private static void affectedByService(ModelIndex index, Service service, Set<EObject> units) {
        java.util.ArrayDeque<Service> queue = new java.util.ArrayDeque<>();
        Set<Service> seen = new java.util.HashSet<>();
        queue.add(service);
        for (Service sub : service.getSubProcessors()) {
            units.add(sub);
        }
        while (!queue.isEmpty()) {
            Service s = queue.poll();
            if (!seen.add(s)) {
                continue;
            }
            units.add(s);
            units.addAll(index.flowsTo(s));
            queue.addAll(index.parentsOf(s));
        }
    }

    private static void affectedByOrganisation(ModelIndex index, Organisation organisation, Set<EObject> units,
            Set<Organisation> seen) {
        if (!seen.add(organisation)) {
            return;
        }
        units.addAll(index.flowsTo(organisation));
        units.addAll(index.flowsFrom(organisation));
        for (Service s : index.servicesOf(organisation)) {
            affectedByService(index, s, units);
        }
        for (Organisation child : index.childrenOf(organisation)) {
            affectedByOrganisation(index, child, units, seen);
        }
    }

    /** @return the current result; refreshes first if something changed */
    public AnalysisResult result() {
        refresh();
        if (result == null) {
            List<Finding> all = new ArrayList<>();
            List<Transfer> allTransfers = new ArrayList<>();
            for (DataFlow flow : model.getFlows()) {
                all.addAll(findings.getOrDefault(flow, List.of()));
                allTransfers.addAll(transfers.getOrDefault(flow, List.of()));
            }
            for (Service service : model.getServices()) {
                all.addAll(findings.getOrDefault(service, List.of()));
            }
            for (ProcessingActivity activity : model.getActivities()) {
                all.addAll(findings.getOrDefault(activity, List.of()));
            }
            for (Organisation organisation : model.getOrganisations()) {
                all.addAll(findings.getOrDefault(organisation, List.of()));
            }
            applyReviews(model, all);
            result = new AnalysisResult(all, allTransfers, engine.asOf(), engine.facts());
        }
        return result;
    }

    /** Attaches the model's review decisions to {@code all} by finding key. */
    static void applyReviews(DataFlowModel model, List<Finding> all) {
        if (model.getReviews().isEmpty()) {
            return;
        }
        Map<String, ReviewDecision> decisions = new HashMap<>();
        for (ReviewDecision d : model.getReviews()) {
            if (d.getFindingKey() != null) {
                decisions.put(d.getFindingKey(), d);
            }
        }
        for (Finding f : all) {
            f.applyReview(decisions.get(f.key()));
        }
    }

    /** Stops following the model's changes. */
    public void dispose() {
        model.eAdapters().remove(listener);
        listener.unsetTarget(model);
    }
}
