// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.Jurisdiction;
import privflow.core.Severity;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.DataSubjectCategory;
import privflow.model.FlowEndpoint;
import privflow.model.Identified;
import privflow.model.Organisation;
import privflow.model.Service;
import privflow.edit.Labels;
import privflow.diagram.internal.Messages;

/**
 * The data-flow diagram of a model: a node for every service, data-subject group and organisation
 * (an organisation that only provides a service, or is the parent of one that does, only when a
 * flow touches it), an edge for every flow labelled with its data categories,
 * each node in the jurisdiction zone of where it processes the data, and the worst open finding
 * on each node and edge.
 *
 * @param nodes the nodes, in model order
 * @param edges the edges, in model order of the flows
 */
public record Diagram(List<Node> nodes, List<Edge> edges) {

    /**
     * The most nodes a diagram draws: beyond, it no longer reads and its layout takes minutes and
     * gigabytes (ELK's layered layout grows faster than the graph: 1,500 nodes and 4,400 edges take
     * 12 s and 420 MB, 5,000 and 21,000 take 170 s and 6 GB).
     */
    public static final int MAX_NODES = 1_500;

    /** The most edges a diagram draws; see {@link #MAX_NODES}. */
    public static final int MAX_EDGES = 5_000;

    /** @return whether this diagram has more nodes or edges than a diagram draws */
    public boolean tooLarge() {
        return nodes.size() > MAX_NODES || edges.size() > MAX_EDGES;
    }

    /** @return the third-country transfers and the nodes they connect */
    public Diagram transfers() {
        return part(Edge::transfer, n -> false);
    }

    /** @return the flows of the processing activity with id {@code activity} and the nodes they connect */
    public Diagram activity(String activity) {
        return part(e -> activity.equals(e.activity()), n -> false);
    }

    /** @return the nodes in {@code zone}, the edges that touch them and the nodes at their other ends */
    public Diagram zone(Zone zone) {
        Set<String> inZone = nodes.stream().filter(n -> n.zone() == zone).map(Node::id).collect(Collectors.toSet());
        return part(e -> inZone.contains(e.source()) || inZone.contains(e.target()), n -> n.zone() == zone);
    }

    /** @return the edges {@code keepEdge} accepts, the nodes they connect and those {@code keepNode} accepts, in this order */
    private Diagram part(Predicate<Edge> keepEdge, Predicate<Node> keepNode) {
        List<Edge> kept = edges.stream().filter(keepEdge).toList();
        Set<String> ends = new HashSet<>();
        for (Edge e : kept) {
            ends.add(e.source());
            ends.add(e.target());
        }
        return new Diagram(nodes.stream().filter(n -> ends.contains(n.id()) || keepNode.test(n)).toList(), kept);
    }

    /** What a node stands for. */
    public enum Kind {
        SUBJECTS, ORGANISATION, SERVICE, DATA_STORE
    }

    /**
     * A node.
     *
     * @param id the element's id
     * @param label its name
     * @param kind what it is
     * @param zone where it processes the data
     * @param severity the worst open finding about it, or {@code null}
     * @param findings its open findings with their severity and review state, for tooltips (the badge counts them)
     * @param reviewed its findings that the review closed, with the decision, for tooltips
     */
    public record Node(String id, String label, Kind kind, Zone zone, Severity severity, List<String> findings, List<String> reviewed) {
    }

    /**
     * An edge: a flow from {@code source} to {@code target} (node ids), or a service's use of a
     * sub-processor.
     *
     * @param activity the id of the processing activity the flow serves, or {@code null}
     * @param transfer whether the flow is (or leads to) a third-country transfer
     * @param subProcessor whether this is a sub-processor relation rather than a flow
     * @param findings its open findings with their severity and review state
     * @param reviewed its findings that the review closed, with the decision
     */
    public record Edge(String id, String source, String target, String label, String activity, boolean transfer, boolean subProcessor,
            Severity severity, List<String> findings, List<String> reviewed) {
    }

    /** @return the diagram of {@code model} as {@code result} analysed it, with texts in {@code locale} */
    public static Diagram of(DataFlowModel model, AnalysisResult result, java.util.Locale locale) {
        Map<Object, List<Finding>> findings = new java.util.HashMap<>();
        Map<Object, List<String>> reviewed = new java.util.HashMap<>();
        for (Finding f : result.findings()) {
            if (f.elements().isEmpty()) {
                continue;
            }
            if (f.review().isOpen()) {
                findings.computeIfAbsent(f.elements().get(0), k -> new ArrayList<>()).add(f);
            } else {
                reviewed.computeIfAbsent(f.elements().get(0), k -> new ArrayList<>())
                        .add(Messages.format(locale, "Finding_Reviewed", f.review().label(locale), f.message(locale))); //$NON-NLS-1$
            }
        }
        Set<FlowEndpoint> endpoints = new LinkedHashSet<>();
        for (DataFlow flow : model.getFlows()) {
            if (flow.getSource() != null && flow.getTarget() != null) {
                endpoints.add(flow.getSource());
                endpoints.add(flow.getTarget());
            }
        }
        endpoints.addAll(model.getServices());
        endpoints.addAll(model.getDataSubjectCategories());
        Set<Organisation> behindServices = new HashSet<>();
        for (Service s : model.getServices()) {
            Organisation o = s.getProvider();
            while (o != null && behindServices.add(o)) {
                o = o.getParent();
            }
        }
        for (Organisation o : model.getOrganisations()) {
            if (!behindServices.contains(o)) {
                endpoints.add(o);
            }
        }
        Map<FlowEndpoint, Node> nodes = new LinkedHashMap<>();
        Function<FlowEndpoint, Zone> zones = e -> Zone.of(Jurisdiction.of(e, result.facts(), result.asOf()));
        for (FlowEndpoint e : model.getOrganisations()) {
            add(nodes, endpoints, e, Kind.ORGANISATION, zones, findings, reviewed, locale);
        }
        for (Service s : model.getServices()) {
            add(nodes, endpoints, s, s.getKind() == privflow.model.ServiceKind.DATA_STORE ? Kind.DATA_STORE : Kind.SERVICE, zones,
                    findings, reviewed, locale);
        }
        for (DataSubjectCategory s : model.getDataSubjectCategories()) {
            add(nodes, endpoints, s, Kind.SUBJECTS, zones, findings, reviewed, locale);
        }
        Set<DataFlow> transferring = result.transfers().stream().map(t -> t.flow()).collect(Collectors.toSet());
        List<Edge> edges = new ArrayList<>();
        for (DataFlow flow : model.getFlows()) {
            Node source = nodes.get(flow.getSource());
            Node target = nodes.get(flow.getTarget());
            if (source == null || target == null) {
                continue;
            }
            List<Finding> about = findings.getOrDefault(flow, List.of());
            String label = flow.getDataCategories().stream().map(DataCategory::getName).collect(Collectors.joining(", ")); //$NON-NLS-1$
            String activity = flow.getActivity() == null ? null : flow.getActivity().getId();
            edges.add(new Edge(flow.getId(), source.id(), target.id(), label, activity, transferring.contains(flow), false, worst(about),
                    texts(about, locale), reviewed.getOrDefault(flow, List.of())));
        }
        for (Service service : model.getServices()) {
            for (Service sub : service.getSubProcessors()) {
                Node from = nodes.get(service);
                Node to = nodes.get(sub);
                if (from != null && to != null) {
                    edges.add(new Edge(service.getId() + '>' + sub.getId(), from.id(), to.id(), "", null, from.zone() != to.zone(), true, //$NON-NLS-1$
                            null, List.of(), List.of()));
                }
            }
        }
        return new Diagram(List.copyOf(nodes.values()), edges);
    }

    private static void add(Map<FlowEndpoint, Node> nodes, Set<FlowEndpoint> endpoints, FlowEndpoint e, Kind kind,
            Function<FlowEndpoint, Zone> zones,
            Map<Object, List<Finding>> findings, Map<Object, List<String>> reviewed, java.util.Locale locale) {
        if (!endpoints.contains(e)) {
            return;
        }
        List<Finding> about = findings.getOrDefault(e, List.of());
        nodes.put(e, new Node(((Identified) e).getId(), Labels.of(e, locale), kind, zones.apply(e), worst(about), texts(about, locale),
                reviewed.getOrDefault(e, List.of())));
    }

    /** @return each open finding as "severity (review state): message" */
    private static List<String> texts(List<Finding> open, java.util.Locale locale) {
        return open.stream().map(f -> Messages.format(locale, "Finding_Open", f.severity().label(locale), f.review().label(locale), //$NON-NLS-1$
                f.message(locale))).toList();
    }

    private static Severity worst(List<Finding> findings) {
        Severity worst = null;
        for (Finding f : findings) {
            if (worst == null || f.severity().atLeast(worst)) {
                worst = f.severity();
            }
        }
        return worst;
    }

    /** @return how many nodes are in each zone */
    public Map<Zone, Integer> zoneCounts() {
        Map<Zone, Integer> counts = new EnumMap<>(Zone.class);
        for (Node n : nodes) {
            counts.merge(n.zone(), 1, Integer::sum);
        }
        return counts;
    }
}
