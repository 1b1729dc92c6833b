// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

import privflow.core.Severity;
import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.NodeIcon;
import privflow.diagram.Palette;
import privflow.diagram.Zone;

/**
 * Paints a laid-out diagram with SWT: zones, flows with their labels, nodes with their finding
 * badges, the legend, and, on screen, the selection, its handles and the drag in progress. Only
 * what meets the area being painted is drawn. The screen and the PNG export share it.
 */
final class DiagramPainter {

    /**
     * Below this scale flow labels and node icons would be a few pixels high, unreadable: they are
     * left out (the tooltip still tells the flow's data), which keeps a zoomed-out large diagram fast.
     */
    static final double DETAIL_SCALE = 0.5;

    /** Height of the legend under the drawing. */
    static final double LEGEND_HEIGHT = 28;

    /**
     * What to paint.
     *
     * @param selection the ids drawn as selected
     * @param handle the size of a handle in drawing coordinates (its size on screen over the zoom)
     * @param overlay the marquee or rubber band of a drag, or {@code null}
     */
    record Scene(Diagram diagram, DiagramLayout layout, Set<String> selection, boolean transfersOnly, double handle, Overlay overlay) {
    }

    /** A marquee (from one corner to the other) or the rubber band of a flow being drawn (from its fixed end). */
    record Overlay(boolean marquee, DiagramLayout.Point from, DiagramLayout.Point to) {
    }

    private final Display display;
    private final Map<String, Color> colours = new HashMap<>();

    DiagramPainter(Display display) {
        this.display = display;
    }

    /** Paints {@code area} (in pixels of {@code gc}) of the scene scrolled by {@code offset} and scaled by {@code scale}. */
    void paint(GC gc, Scene scene, Point offset, double scale, Rectangle area) {
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (scene.diagram() == null || scene.layout() == null) {
            return;
        }
        Area clip = new Area((area.x + offset.x) / scale, (area.y + offset.y) / scale, area.width / scale, area.height / scale);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Transform transform = new Transform(display);
        try {
            transform.translate(-offset.x, -offset.y);
            transform.scale((float) scale, (float) scale);
            gc.setTransform(transform);
            paintZones(gc, scene.layout(), clip);
            boolean details = scale >= DETAIL_SCALE;
            paintEdges(gc, scene, clip, details);
            paintNodes(gc, scene, clip, details);
            paintLegend(gc, scene.layout(), clip);
            if (scene.overlay() != null) {
                paintOverlay(gc, scene.overlay());
            }
            gc.setTransform(null);
        } finally {
            transform.dispose();
        }
    }

    /** Releases the colours. */
    void dispose() {
        colours.values().forEach(Color::dispose);
        colours.clear();
    }

    private void paintZones(GC gc, DiagramLayout l, Area clip) {
        gc.setLineStyle(SWT.LINE_DASH);
        for (Map.Entry<Zone, Box> zone : l.zones().entrySet()) {
            Box b = zone.getValue();
            if (!clip.intersects(Area.of(b).grow(2))) {
                continue;
            }
            gc.setBackground(colour(Palette.zone(zone.getKey())));
            gc.fillRoundRectangle(i(b.x()), i(b.y()), i(b.width()), i(b.height()), 16, 16);
            gc.setForeground(colour(Palette.ZONE_BORDER));
            gc.drawRoundRectangle(i(b.x()), i(b.y()), i(b.width()), i(b.height()), 16, 16);
            gc.setForeground(colour(Palette.TEXT));
            gc.drawText(Palette.zoneTitle(zone.getKey(), Locale.getDefault()), i(b.x() + 12), i(b.y() + 8), true);
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void paintEdges(GC gc, Scene scene, Area clip, boolean details) {
        Diagram diagram = scene.diagram();
        DiagramLayout l = scene.layout();
        for (Diagram.Edge edge : diagram.edges()) {
            List<DiagramLayout.Point> route = l.edges().get(edge.id());
            if (route == null || route.size() < 2 || scene.transfersOnly() && !edge.transfer() || !clip.intersects(Area.ofEdge(route))) {
                continue;
            }
            boolean chosen = scene.selection().contains(edge.id());
            Color colour = colour(chosen ? Palette.SELECTION : Palette.severity(edge.severity(), Palette.EDGE));
            gc.setForeground(colour);
            gc.setBackground(colour);
            gc.setLineWidth(chosen ? 3 : edge.transfer() ? 2 : 1);
            gc.setLineStyle(edge.subProcessor() ? SWT.LINE_DASH : SWT.LINE_SOLID);
            int[] points = new int[route.size() * 2];
            for (int k = 0; k < route.size(); k++) {
                points[2 * k] = i(route.get(k).x());
                points[2 * k + 1] = i(route.get(k).y());
            }
            gc.drawPolyline(points);
            gc.setLineStyle(SWT.LINE_SOLID);
            arrow(gc, route.get(route.size() - 2), route.get(route.size() - 1));
            if (details) {
                paintLabel(gc, edge.label(), route);
            }
            if (chosen && scene.selection().size() == 1 && !edge.subProcessor()) {
                handle(gc, route.get(0), scene.handle());
                handle(gc, route.get(route.size() - 1), scene.handle());
            }
        }
        gc.setLineWidth(1);
    }

    /** Writes a flow's label over its longest segment, shortened to fit; leaves it to the tooltip where it does not fit. */
    private void paintLabel(GC gc, String text, List<DiagramLayout.Point> route) {
        DiagramLayout.LabelPlace place = DiagramLayout.LabelPlace.on(route);
        String label = place.fit(text, 6);
        if (label.isEmpty()) {
            return;
        }
        Point extent = gc.textExtent(label);
        while (extent.x > place.room() && label.length() > 6) {
            label = label.substring(0, label.length() - 2) + '\u2026';
            extent = gc.textExtent(label);
        }
        if (extent.x > place.room()) {
            return;
        }
        DiagramLayout.Point m = place.at();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(i(m.x() - extent.x / 2.0 - 2), i(m.y() - extent.y), extent.x + 4, extent.y);
        gc.setForeground(colour(Palette.LABEL));
        gc.drawText(label, i(m.x() - extent.x / 2.0), i(m.y() - extent.y), true);
    }

    private void handle(GC gc, DiagramLayout.Point p, double size) {
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(i(p.x() - size / 2), i(p.y() - size / 2), i(size), i(size));
        gc.setForeground(colour(Palette.SELECTION));
        gc.setLineWidth(1);
        gc.drawRectangle(i(p.x() - size / 2), i(p.y() - size / 2), i(size), i(size));
    }

    private static void arrow(GC gc, DiagramLayout.Point from, DiagramLayout.Point to) {
        double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
        double size = 9;
        int[] head = { i(to.x()), i(to.y()), i(to.x() - size * Math.cos(angle - 0.4)), i(to.y() - size * Math.sin(angle - 0.4)),
                i(to.x() - size * Math.cos(angle + 0.4)), i(to.y() - size * Math.sin(angle + 0.4)) };
        gc.fillPolygon(head);
    }

    private void paintNodes(GC gc, Scene scene, Area clip, boolean details) {
        Diagram diagram = scene.diagram();
        DiagramLayout l = scene.layout();
        Set<String> shown = new HashSet<>();
        if (scene.transfersOnly()) {
            for (Diagram.Edge e : diagram.edges()) {
                if (e.transfer()) {
                    shown.add(e.source());
                    shown.add(e.target());
                }
            }
        }
        for (Diagram.Node node : diagram.nodes()) {
            Box b = l.nodes().get(node.id());
            if (b == null || scene.transfersOnly() && !shown.contains(node.id()) || !clip.intersects(Area.ofNode(b))) {
                continue;
            }
            boolean chosen = scene.selection().contains(node.id());
            int arc = node.kind() == Diagram.Kind.SUBJECTS ? 40 : 8;
            gc.setBackground(colour(Palette.kind(node.kind())));
            gc.fillRoundRectangle(i(b.x()), i(b.y()), i(b.width()), i(b.height()), arc, arc);
            gc.setForeground(colour(chosen ? Palette.SELECTION : Palette.severity(node.severity(), Palette.BORDER)));
            gc.setLineWidth(chosen ? 3 : node.severity() == null ? 1 : 3);
            gc.drawRoundRectangle(i(b.x()), i(b.y()), i(b.width()), i(b.height()), arc, arc);
            gc.setLineWidth(1);
            if (details) {
                icon(gc, node.kind(), b.x() + 8, b.y() + (b.height() - NodeIcon.SIZE) / 2);
            }
            gc.setForeground(colour(Palette.TEXT));
            String label = node.label();
            Point extent = gc.textExtent(label);
            double room = b.width() - NodeIcon.ROOM - 8;
            while (extent.x > room && label.length() > 2) {
                label = label.substring(0, label.length() - 2) + '\u2026';
                extent = gc.textExtent(label);
            }
            gc.drawText(label, i(b.x() + NodeIcon.ROOM + (room - extent.x) / 2), i(b.y() + (b.height() - extent.y) / 2), true);
            if (node.severity() != null) {
                badge(gc, b, node);
            }
            if (chosen && scene.selection().size() == 1) {
                handle(gc, new DiagramLayout.Point(b.x() + b.width(), b.y() + b.height()), scene.handle());
            }
        }
    }

    /** Draws the glyph of {@code kind} with its top left corner at {@code (x, y)}, as the SVG export does. */
    private void icon(GC gc, Diagram.Kind kind, double x, double y) {
        gc.setForeground(colour(Palette.BORDER));
        gc.setLineWidth(1);
        for (NodeIcon.Outline o : NodeIcon.of(kind, x, y)) {
            switch (o) {
                case NodeIcon.Rect r -> gc.drawRectangle(i(r.x()), i(r.y()), i(r.width()), i(r.height()));
                case NodeIcon.Ellipse e -> gc.drawOval(i(e.cx() - e.rx()), i(e.cy() - e.ry()), i(2 * e.rx()), i(2 * e.ry()));
                case NodeIcon.Line l -> gc.drawLine(i(l.x1()), i(l.y1()), i(l.x2()), i(l.y2()));
                case NodeIcon.Polygon p -> {
                    int[] points = new int[p.points().length];
                    for (int k = 0; k < points.length; k++) {
                        points[k] = i(p.points()[k]);
                    }
                    gc.drawPolygon(points);
                }
            }
        }
    }

    private void badge(GC gc, Box b, Diagram.Node node) {
        gc.setBackground(colour(Palette.severity(node.severity(), Palette.BORDER)));
        gc.fillOval(i(b.x() + b.width() - 12), i(b.y() - 4), 16, 16);
        gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
        String count = Integer.toString(node.findings().size());
        Point c = gc.textExtent(count);
        gc.drawText(count, i(b.x() + b.width() - 4 - c.x / 2.0), i(b.y() + 4 - c.y / 2.0), true);
    }

    /** The legend under the drawing: node kinds, and the colours of findings. */
    private void paintLegend(GC gc, DiagramLayout l, Area clip) {
        double y = l.height() + 6;
        if (!clip.intersects(new Area(0, y, Math.max(l.width(), 900), LEGEND_HEIGHT))) {
            return;
        }
        double x = 16;
        for (Diagram.Kind kind : Diagram.Kind.values()) {
            gc.setBackground(colour(Palette.kind(kind)));
            gc.fillRoundRectangle(i(x), i(y - 1), 20, 16, 6, 6);
            gc.setForeground(colour(Palette.BORDER));
            gc.drawRoundRectangle(i(x), i(y - 1), 20, 16, 6, 6);
            icon(gc, kind, x + 3, y);
            String label = Palette.kindLabel(kind, Locale.getDefault());
            gc.setForeground(colour(Palette.TEXT));
            gc.drawText(label, i(x + 26), i(y), true);
            x += 42 + gc.textExtent(label).x;
        }
        for (Severity s : new Severity[] { Severity.HIGH, Severity.MEDIUM }) {
            gc.setBackground(colour(Palette.severity(s, Palette.BORDER)));
            gc.fillOval(i(x), i(y), 14, 14);
            String label = Palette.findingLabel(s, Locale.getDefault());
            gc.setForeground(colour(Palette.TEXT));
            gc.drawText(label, i(x + 20), i(y), true);
            x += 36 + gc.textExtent(label).x;
        }
    }

    /** The marquee, or the rubber band of a flow being drawn. */
    private void paintOverlay(GC gc, Overlay overlay) {
        gc.setForeground(colour(Palette.SELECTION));
        if (overlay.marquee()) {
            Area r = Area.of(overlay.from(), overlay.to());
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRectangle(i(r.x()), i(r.y()), i(r.width()), i(r.height()));
            gc.setLineStyle(SWT.LINE_SOLID);
        } else {
            gc.setLineWidth(2);
            gc.drawLine(i(overlay.from().x()), i(overlay.from().y()), i(overlay.to().x()), i(overlay.to().y()));
        }
        gc.setLineWidth(1);
    }

    private Color colour(String hex) {
        return colours.computeIfAbsent(hex, h -> new Color(display,
                new RGB(Integer.parseInt(h.substring(1, 3), 16), Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16))));
    }

    private static int i(double value) {
        return (int) Math.round(value);
    }
}
