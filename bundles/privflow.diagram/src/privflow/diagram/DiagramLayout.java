// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import privflow.diagram.internal.Messages;
import privflow.diagram.internal.NodeIcon;

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
    private static final double ZONE_PADDING = 16;
    private static final double CHAR_WIDTH = 7.2;

    /** The layout of an empty diagram; with {@link #with} it places a diagram whose nodes all have positions. */
    public static final DiagramLayout EMPTY = new DiagramLayout(0, 0, Map.of(), Map.of(), Map.of());

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
                zone.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS,
                        java.util.EnumSet.of(org.eclipse.elk.core.options.SizeConstraint.MINIMUM_SIZE));
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

    /**
     * @return the layout of {@code diagram} with the user's {@code positions}: ELK's for every node
     *         without one, and ELK's edge routes wherever both ends are where ELK put them
     */
    public static DiagramLayout of(Diagram diagram, DiagramPositions positions) {
        return of(diagram).with(diagram, positions);
    }

    /**
     * @return this layout with every node that has a position of its own moved there (a node
     *         missing from this layout too, and one that has no place at all put under the others
     *         of its zone), the edges at a moved node routed again (orthogonally, side to side) and
     *         the zones fitted around their nodes
     */
    public DiagramLayout with(Diagram diagram, DiagramPositions positions) {
        if (positions.isEmpty() && this != EMPTY) {
            return this;
        }
        Map<String, Box> boxes = new LinkedHashMap<>();
        Set<String> placed = new HashSet<>();
        for (Diagram.Node node : diagram.nodes()) {
            Box own = positions.get(node.id());
            Box auto = nodes.get(node.id());
            Box box = own != null ? own : auto;
            if (own != null && !same(own, auto)) {
                placed.add(node.id());
            }
            if (box != null) {
                boxes.put(node.id(), box);
            }
        }
        for (Diagram.Node node : diagram.nodes()) {
            if (!boxes.containsKey(node.id())) {
                boxes.put(node.id(), free(diagram, boxes, node));
                placed.add(node.id());
            }
        }
        Map<String, List<Point>> routes = new LinkedHashMap<>();
        for (Diagram.Edge edge : diagram.edges()) {
            Box from = boxes.get(edge.source());
            Box to = boxes.get(edge.target());
            List<Point> route = edges.get(edge.id());
            if (from != null && to != null && !edge.source().equals(edge.target())
                    && (route == null || placed.contains(edge.source()) || placed.contains(edge.target()))) {
                route = route(from, to);
            }
            if (route != null) {
                routes.put(edge.id(), route);
            }
        }
        Map<Zone, double[]> extents = new EnumMap<>(Zone.class);
        for (Diagram.Node node : diagram.nodes()) {
            Box b = boxes.get(node.id());
            if (node.zone() != Zone.SUBJECTS && b != null) {
                double[] e = extents.computeIfAbsent(node.zone(),
                        z -> new double[]{Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE});
                e[0] = Math.min(e[0], b.x() - ZONE_PADDING);
                e[1] = Math.min(e[1], b.y() - ZONE_PADDING - ZONE_TITLE - 12);
                e[2] = Math.max(e[2], b.x() + b.width() + ZONE_PADDING);
                e[3] = Math.max(e[3], b.y() + b.height() + ZONE_PADDING);
            }
        }
        Map<Zone, Box> zoneBoxes = new EnumMap<>(Zone.class);
        extents.forEach((zone, e) -> zoneBoxes.put(zone,
                new Box(e[0], e[1], Math.max(e[2] - e[0], titleWidth(zone)), e[3] - e[1])));
        double left = 0;
        double top = 0;
        for (Box b : boxes.values()) {
            left = Math.min(left, b.x());
            top = Math.min(top, b.y());
        }
        for (Box b : zoneBoxes.values()) {
            left = Math.min(left, b.x());
            top = Math.min(top, b.y());
        }
        if (left < 0 || top < 0) {
            shift(boxes, zoneBoxes, routes, -left, -top);
        }
        double right = 0;
        double bottom = 0;
        for (Box b : boxes.values()) {
            right = Math.max(right, b.x() + b.width());
            bottom = Math.max(bottom, b.y() + b.height());
        }
        for (Box b : zoneBoxes.values()) {
            right = Math.max(right, b.x() + b.width());
            bottom = Math.max(bottom, b.y() + b.height());
        }
        return new DiagramLayout(right + ZONE_PADDING, bottom + ZONE_PADDING, zoneBoxes, boxes, routes);
    }

    /**
     * Moves everything by {@code dx, dy}: a node placed near the top or left edge would otherwise
     * leave its zone's title above or left of the drawing, where no one sees it.
     */
    private static void shift(Map<String, Box> boxes, Map<Zone, Box> zoneBoxes, Map<String, List<Point>> routes,
            double dx, double dy) {
        boxes.replaceAll((id, b) -> new Box(b.x() + dx, b.y() + dy, b.width(), b.height()));
        zoneBoxes.replaceAll((zone, b) -> new Box(b.x() + dx, b.y() + dy, b.width(), b.height()));
        routes.replaceAll((id, points) -> points.stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList());
    }

    /**
     * @return a place for a node that has neither a position nor an automatic one: under the
     *         lowest node of its zone, or right of everything if its zone is still empty
     */
    private static Box free(Diagram diagram, Map<String, Box> boxes, Diagram.Node node) {
        double zoneLeft = Double.MAX_VALUE;
        double zoneBottom = -Double.MAX_VALUE;
        double right = ZONE_PADDING;
        for (Diagram.Node other : diagram.nodes()) {
            Box b = boxes.get(other.id());
            if (b != null) {
                right = Math.max(right, b.x() + b.width() + ZONE_PADDING);
                if (other.zone() == node.zone()) {
                    zoneLeft = Math.min(zoneLeft, b.x());
                    zoneBottom = Math.max(zoneBottom, b.y() + b.height());
                }
            }
        }
        double width = nodeWidth(node.label());
        if (zoneBottom > -Double.MAX_VALUE) {
            return new Box(zoneLeft, zoneBottom + 24, width, NODE_HEIGHT);
        }
        return new Box(right + 2 * ZONE_PADDING + 40, ZONE_PADDING + ZONE_TITLE + 12 + ZONE_PADDING, width, NODE_HEIGHT);
    }

    /** @return whether two boxes are the same to the whole point (positions are saved rounded) */
    private static boolean same(Box a, Box b) {
        return b != null && Math.abs(a.x() - b.x()) < 1 && Math.abs(a.y() - b.y()) < 1 && Math.abs(a.width() - b.width()) < 1
                && Math.abs(a.height() - b.height()) < 1;
    }

    /**
     * Where a flow's label goes: over the middle of the route's longest horizontal segment, so
     * that it stays clear of the nodes at either end and of the nodes beside a vertical run.
     *
     * @param at the label's anchor (its bottom centre)
     * @param room the length of that segment, less a margin: the label should not be longer
     */
    public record LabelPlace(Point at, double room) {
        /** @return the label's place on {@code route} (two points or more); no room if it runs only vertically */
        public static LabelPlace on(List<Point> route) {
            int best = -1;
            double longest = -1;
            for (int k = 1; k < route.size(); k++) {
                Point a = route.get(k - 1);
                Point b = route.get(k);
                double length = Math.abs(b.x() - a.x());
                if (Math.abs(b.y() - a.y()) < 1 && length > longest + 0.5) {
                    longest = length;
                    best = k;
                }
            }
            if (best < 0) {
                Point a = route.get(0);
                return new LabelPlace(a, 0);
            }
            Point a = route.get(best - 1);
            Point b = route.get(best);
            return new LabelPlace(new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2 - 4), longest - 12);
        }

        /**
         * @return {@code label} shortened with an ellipsis to fit the room at {@code charWidth} per
         *         character, at most 28 characters; empty if not even 6 fit (the tooltip still has it)
         */
        public String fit(String label, double charWidth) {
            int max = Math.min(28, (int) (room / charWidth));
            if (max < 6) {
                return ""; //$NON-NLS-1$
            }
            return label.length() <= max ? label : label.substring(0, max - 1) + '\u2026';
        }
    }

    /** @return an orthogonal route from the side of {@code from} that faces {@code to} to the facing side of {@code to} */
    public static List<Point> route(Box from, Box to) {
        List<Point> points = new ArrayList<>(4);
        if (from.x() + from.width() <= to.x() || to.x() + to.width() <= from.x()) {
            boolean right = from.x() + from.width() <= to.x();
            double x1 = right ? from.x() + from.width() : from.x();
            double x2 = right ? to.x() : to.x() + to.width();
            double y1 = from.centre().y();
            double y2 = to.centre().y();
            double middle = (x1 + x2) / 2;
            points.add(new Point(x1, y1));
            if (y1 != y2) {
                points.add(new Point(middle, y1));
                points.add(new Point(middle, y2));
            }
            points.add(new Point(x2, y2));
        } else {
            boolean down = from.y() + from.height() / 2 <= to.y() + to.height() / 2;
            double y1 = down ? from.y() + from.height() : from.y();
            double y2 = down ? to.y() : to.y() + to.height();
            double x1 = from.centre().x();
            double x2 = to.centre().x();
            double middle = (y1 + y2) / 2;
            points.add(new Point(x1, y1));
            if (x1 != x2) {
                points.add(new Point(x1, middle));
                points.add(new Point(x2, middle));
            }
            points.add(new Point(x2, y2));
        }
        return points;
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

    /** @return a width that fits the kind's icon and the label in the diagram's font, at least 120 */
    public static double nodeWidth(String label) {
        return Math.max(120, Math.min(280, 24 + NodeIcon.ROOM + label.length() * CHAR_WIDTH));
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
