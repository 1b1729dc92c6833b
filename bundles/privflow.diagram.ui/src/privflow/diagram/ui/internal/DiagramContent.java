// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramRenderer;

/**
 * What a canvas shows: the diagram, its layout (or a preview of the layout while the user drags),
 * the transfers-only filter, and what lies under a point.
 */
final class DiagramContent {

    private Diagram diagram;
    private DiagramLayout layout;
    private DiagramLayout preview;
    private final Map<String, Diagram.Node> nodeById = new HashMap<>();
    private final Map<String, Diagram.Edge> edgeById = new HashMap<>();
    private boolean transfersOnly;

    void show(Diagram newDiagram, DiagramLayout newLayout) {
        diagram = newDiagram;
        layout = newLayout;
        preview = null;
        nodeById.clear();
        edgeById.clear();
        if (diagram != null) {
            diagram.nodes().forEach(n -> nodeById.put(n.id(), n));
            diagram.edges().forEach(e -> edgeById.put(e.id(), e));
        }
    }

    Diagram diagram() {
        return diagram;
    }

    /** @return the layout as laid out or saved, without the preview of a drag */
    DiagramLayout layout() {
        return layout;
    }

    /** @return the layout as shown: the preview while the user drags, else the layout */
    DiagramLayout current() {
        return preview != null ? preview : layout;
    }

    void setPreview(DiagramLayout value) {
        preview = value;
    }

    boolean isEmpty() {
        return diagram == null || layout == null;
    }

    Diagram.Node node(String id) {
        return id == null ? null : nodeById.get(id);
    }

    Diagram.Edge edge(String id) {
        return id == null ? null : edgeById.get(id);
    }

    boolean exists(String id) {
        return nodeById.containsKey(id) || edgeById.containsKey(id);
    }

    boolean transfersOnly() {
        return transfersOnly;
    }

    void setTransfersOnly(boolean value) {
        transfersOnly = value;
    }

    /** @return the ids of the nodes shown, in the diagram's order */
    List<String> visibleNodes() {
        return diagram == null ? List.of() : diagram.nodes().stream().map(Diagram.Node::id).filter(this::visible).toList();
    }

    /** @return whether the element is shown: with transfers only, only transfers and the nodes they connect */
    boolean visible(String id) {
        if (!transfersOnly) {
            return true;
        }
        Diagram.Edge edge = edgeById.get(id);
        if (edge != null) {
            return edge.transfer();
        }
        for (Diagram.Edge e : diagram.edges()) {
            if (e.transfer() && (e.source().equals(id) || e.target().equals(id))) {
                return true;
            }
        }
        return false;
    }

    /** @return the id of the node (on top) or else the flow within {@code tolerance} of the drawing's point {@code p}, or {@code null} */
    String hit(DiagramLayout.Point p, double tolerance) {
        DiagramLayout l = current();
        if (l == null) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, Box> e : l.nodes().entrySet()) {
            Box b = e.getValue();
            if (p.x() >= b.x() && p.x() <= b.x() + b.width() && p.y() >= b.y() && p.y() <= b.y() + b.height() && visible(e.getKey())) {
                found = e.getKey(); // the last one drawn is on top
            }
        }
        if (found != null) {
            return found;
        }
        for (Map.Entry<String, List<DiagramLayout.Point>> e : l.edges().entrySet()) {
            List<DiagramLayout.Point> route = e.getValue();
            for (int i = 1; i < route.size(); i++) {
                if (distance(p, route.get(i - 1), route.get(i)) < tolerance && visible(e.getKey())) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static double distance(DiagramLayout.Point p, DiagramLayout.Point a, DiagramLayout.Point b) {
        double lx = b.x() - a.x();
        double ly = b.y() - a.y();
        double length = lx * lx + ly * ly;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * lx + (p.y() - a.y()) * ly) / length));
        double px = a.x() + t * lx - p.x();
        double py = a.y() + t * ly - p.y();
        return Math.sqrt(px * px + py * py);
    }

    /** @return what hovering the element tells: its label and findings; {@code null} for none */
    String tooltip(String id) {
        Diagram.Node n = node(id);
        if (n != null) {
            return DiagramRenderer.tooltip(n.label(), n.findings(), n.reviewed());
        }
        Diagram.Edge e = edge(id);
        return e == null ? null : DiagramRenderer.tooltip(DiagramRenderer.label(e, Locale.getDefault()), e.findings(), e.reviewed());
    }
}
