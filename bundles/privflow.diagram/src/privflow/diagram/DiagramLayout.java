// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Where everything of a {@link Diagram} goes: ELK's layered algorithm, left to right, with
 * orthogonal edges, the nodes inside their jurisdiction zones (EEA, adequate, third countries) so
 * that every transfer crosses a zone border. Deterministic: the same diagram gets the same layout.
 *
 * @param width the drawing's width
 * @param height its height
 * @param zones the zones that hold nodes, with their bounds
 * @param nodes each node's bounds, by node id
 * @param edges each edge's route (absolute points, start to end), by edge id
 */
public record DiagramLayout(double width, double height, Map<Zone, Box> zones, Map<String, Box> nodes,
        Map<String, List<Point>> edges) {

    /** A rectangle in drawing coordinates. */
    public record Box(double x, double y, double width, double height) {
        /** @return the centre */
        public Point centre() {
            return new Point(x + width / 2, y + height / 2);
        }
    }

    /** A point in drawing coordinates. */
    public record Point(double x, double y) {
    }

    /** Height of a node, and of the title band of a zone. */
    public static final double NODE_HEIGHT = 44;
    private static final double ZONE_TITLE = 26;
    private static final double CHAR_WIDTH = 7.2;

    private static volatile boolean registered;

    /** @return the layout of {@code diagram} */
    public static DiagramLayout of(Diagram diagram) {
        registerAlgorithms();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 110.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
        Map<Zone, ElkNode> zoneNodes = new EnumMap<>(Zone.class);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (Diagram.Node node : diagram.nodes()) {
            ElkNode parent = node.zone() == Zone.SUBJECTS ? root : zoneNodes.computeIfAbsent(node.zone(), z -> {
                ElkNode zone = ElkGraphUtil.createNode(root);
                zone.setIdentifier(z.name());
                zone.setProperty(CoreOptions.PADDING, new ElkPadding(ZONE_TITLE + 12, 16, 16, 16));
                zone.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
                zone.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, java.util.EnumSet.of(org.eclipse.elk.core.options.SizeConstraint.MINIMUM_SIZE));
                zone.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new org.eclipse.elk.core.math.KVector(titleWidth(z), 80));
                return zone;
            });
            ElkNode n = ElkGraphUtil.createNode(parent);
            n.setIdentifier(node.id());
            n.setDimensions(nodeWidth(node.label()), NODE_HEIGHT);
            nodes.put(node.id(), n);
        }
        Map<String, ElkEdge> elkEdges = new LinkedHashMap<>();
        for (Diagram.Edge edge : diagram.edges()) {
            ElkNode source = nodes.get(edge.source());
            ElkNode target = nodes.get(edge.target());
            if (source != null && target != null && source != target) {
                ElkEdge e = ElkGraphUtil.createSimpleEdge(source, target);
                ElkGraphUtil.updateContainment(e);
                elkEdges.put(edge.id(), e);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<Zone, Box> zones = new EnumMap<>(Zone.class);
        zoneNodes.forEach((zone, n) -> zones.put(zone, box(n)));
        Map<String, Box> boxes = new LinkedHashMap<>();
        nodes.forEach((id, n) -> boxes.put(id, box(n)));
        Map<String, List<Point>> routes = new LinkedHashMap<>();
        elkEdges.forEach((id, e) -> routes.put(id, route(e)));
        return new DiagramLayout(root.getWidth(), root.getHeight(), zones, boxes, routes);
    }

    /** ELK finds its algorithms with a service loader, which sees nothing across OSGi bundles: register layered once. */
    private static void registerAlgorithms() {
        if (!registered) {
            synchronized (DiagramLayout.class) {
                LayoutMetaDataService service = LayoutMetaDataService.getInstance();
                if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                    service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                }
                registered = true;
            }
        }
    }

    /** @return a width that fits the zone's title in every language */
    private static double titleWidth(Zone zone) {
        int longest = 0;
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.of("fi"))) { //$NON-NLS-1$
            longest = Math.max(longest, Messages.get(locale, "Zone_" + zone.name()).length()); //$NON-NLS-1$
        }
        return 40 + longest * CHAR_WIDTH;
    }

    /** @return a width that fits the label in the diagram's font, at least 120 */
    static double nodeWidth(String label) {
        return Math.max(120, Math.min(260, 24 + label.length() * CHAR_WIDTH));
    }

    private static Box box(ElkNode n) {
        double x = n.getX();
        double y = n.getY();
        for (ElkNode p = n.getParent(); p != null && p.getParent() != null; p = p.getParent()) {
            x += p.getX();
            y += p.getY();
        }
        return new Box(x, y, n.getWidth(), n.getHeight());
    }

    private static List<Point> route(ElkEdge edge) {
        double dx = 0;
        double dy = 0;
        for (ElkNode p = edge.getContainingNode(); p != null && p.getParent() != null; p = p.getParent()) {
            dx += p.getX();
            dy += p.getY();
        }
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection s : edge.getSections()) {
            points.add(new Point(s.getStartX() + dx, s.getStartY() + dy));
            for (ElkBendPoint b : s.getBendPoints()) {
                points.add(new Point(b.getX() + dx, b.getY() + dy));
            }
            points.add(new Point(s.getEndX() + dx, s.getEndY() + dy));
        }
        return points;
    }
}
