// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import privflow.core.Severity;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramLayout.Point;
import privflow.diagram.Surface.Anchor;
import privflow.diagram.Surface.Font;
import privflow.diagram.Surface.Stroke;
import privflow.diagram.internal.Messages;
import privflow.diagram.internal.NodeIcon;

/**
 * The one drawing code of the diagram, for the SVG export, the screen and the PNG export alike:
 * zones with their titles; flows as arrows labelled with their data categories over their longest
 * horizontal run (sub-processor chains dashed); nodes coloured by kind with an icon, red (high) or
 * amber (medium) for open findings with a badge counting them; the legend under the drawing; and,
 * on screen, the selection with its handles.
 */
public final class DiagramRenderer {

    /** Room under the drawing for the legend. */
    public static final double LEGEND_HEIGHT = 34;

    private static final Severity[] LEGEND_SEVERITIES = {Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM};

    /**
     * How to draw.
     *
     * @param selection the ids drawn as selected (on screen)
     * @param transfersOnly whether to draw only the third-country transfers and the nodes they connect
     * @param details whether to draw flow labels and node icons (left out when they would be a few pixels high)
     * @param handle the size of a selection handle, in drawing units
     * @param clip the area to draw, or {@code null} for everything; what lies wholly outside it is skipped
     */
    public record Options(Set<String> selection, boolean transfersOnly, boolean details, double handle, Area clip, Locale locale) {
        /** @return the options of an export: everything, no selection */
        public static Options export(Locale locale) {
            return new Options(Set.of(), false, true, 0, null, locale);
        }
    }

    private DiagramRenderer() {
    }

    /** @return the width of the whole drawing, legend included */
    public static double width(DiagramLayout layout, Surface surface, Locale locale) {
        return Math.max(layout.width(), legendWidth(surface, locale) + 32);
    }

    /** @return the height of the whole drawing, legend included */
    public static double height(DiagramLayout layout) {
        return layout.height() + LEGEND_HEIGHT;
    }

    /** Draws {@code diagram} laid out as {@code layout} on {@code surface}. */
    public static void render(Surface surface, Diagram diagram, DiagramLayout layout, Options options) {
        zones(surface, layout, options);
        Set<String> shown = shown(diagram, options);
        for (Diagram.Edge edge : diagram.edges()) {
            List<Point> route = layout.edges().get(edge.id());
            if (route != null && route.size() >= 2 && (!options.transfersOnly() || edge.transfer())
                    && visible(Area.ofEdge(route), options)) {
                edge(surface, edge, route, options);
            }
        }
        for (Diagram.Node node : diagram.nodes()) {
            Box b = layout.nodes().get(node.id());
            if (b != null && (shown == null || shown.contains(node.id())) && visible(Area.ofNode(b), options)) {
                node(surface, node, b, options);
            }
        }
        legend(surface, layout.height() + 8, options);
    }

    private static boolean visible(Area area, Options options) {
        return options.clip() == null || options.clip().intersects(area);
    }

    /** @return the ids of the nodes a transfer touches when only transfers show, else {@code null} for all */
    private static Set<String> shown(Diagram diagram, Options options) {
        if (!options.transfersOnly()) {
            return null;
        }
        Set<String> shown = new HashSet<>();
        for (Diagram.Edge e : diagram.edges()) {
            if (e.transfer()) {
                shown.add(e.source());
                shown.add(e.target());
            }
        }
        return shown;
    }

    private static void zones(Surface surface, DiagramLayout layout, Options options) {
        for (Map.Entry<Zone, Box> zone : layout.zones().entrySet()) {
            Box b = zone.getValue();
            if (!visible(Area.of(b).grow(2), options)) {
                continue;
            }
            surface.begin("zone", "zone", zone.getKey().name(), null); //$NON-NLS-1$ //$NON-NLS-2$
            surface.rect(b.x(), b.y(), b.width(), b.height(), 8, Palette.zone(zone.getKey()), new Stroke(Palette.ZONE_BORDER, 1, true));
            surface.text(Palette.zoneTitle(zone.getKey(), options.locale()), b.x() + 12, b.y() + 16, Anchor.START, Font.BOLD, Palette.TEXT,
                    false);
            surface.end();
        }
    }

    private static void edge(Surface surface, Diagram.Edge edge, List<Point> route, Options options) {
        boolean chosen = options.selection().contains(edge.id());
        String colour = chosen ? Palette.SELECTION : Palette.severity(edge.severity(), Palette.EDGE);
        String label = label(edge, options.locale());
        surface.begin("edge" + (edge.transfer() ? " transfer" : "") + (edge.subProcessor() ? " sub-processor" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + severityClass(edge.severity()), "id", edge.id(), tooltip(label, edge.findings(), edge.reviewed())); //$NON-NLS-1$
        surface.polyline(route, new Stroke(colour, chosen ? 3 : edge.transfer() ? 2.2 : 1.4, edge.subProcessor()));
        arrowHead(surface, route.get(route.size() - 2), route.get(route.size() - 1), colour);
        if (flagged(edge.severity())) {
            Point at = midpoint(route);
            marker(surface, edge.severity(), at.x(), at.y(), 7, "!"); //$NON-NLS-1$
        }
        if (options.details() && !edge.label().isEmpty()) {
            DiagramLayout.LabelPlace place = DiagramLayout.LabelPlace.on(route);
            String text = place.fit(edge.label(), 6);
            while (!text.isEmpty() && surface.textWidth(text, Font.SMALL) > place.room() && text.length() > 6) {
                text = text.substring(0, text.length() - 2) + '\u2026';
            }
            if (!text.isEmpty() && surface.textWidth(text, Font.SMALL) <= place.room()) {
                surface.text(text, place.at().x(), place.at().y() - 6, Anchor.MIDDLE, Font.SMALL, Palette.LABEL, true);
            }
        }
        if (chosen && options.selection().size() == 1 && !edge.subProcessor()) {
            handle(surface, route.get(0), options.handle());
            handle(surface, route.get(route.size() - 1), options.handle());
        }
        surface.end();
    }

    private static void arrowHead(Surface surface, Point from, Point to, String colour) {
        double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
        double size = 9;
        surface.polygon(new double[]{to.x(), to.y(), to.x() - size * Math.cos(angle - 0.4), to.y() - size * Math.sin(angle - 0.4),
                to.x() - size * Math.cos(angle + 0.4), to.y() - size * Math.sin(angle + 0.4)}, colour, null);
    }

    private static void node(Surface surface, Diagram.Node node, Box b, Options options) {
        boolean chosen = options.selection().contains(node.id());
        surface.begin("node " + node.kind().name().toLowerCase(Locale.ROOT) + severityClass(node.severity()), "id", node.id(), //$NON-NLS-1$ //$NON-NLS-2$
                tooltip(node.label(), node.findings(), node.reviewed()));
        String border = chosen ? Palette.SELECTION : Palette.severity(node.severity(), Palette.BORDER);
        surface.rect(b.x(), b.y(), b.width(), b.height(), node.kind() == Diagram.Kind.SUBJECTS ? 22 : 4, Palette.kind(node.kind()),
                Stroke.solid(border, chosen ? 3 : node.severity() == null ? 1 : 2.5));
        double room = b.width() - 10;
        double left = b.x() + 5;
        if (options.details()) {
            icon(surface, node.kind(), b.x() + 8, b.y() + (b.height() - NodeIcon.SIZE) / 2);
            room = b.width() - NodeIcon.ROOM - 8;
            left = b.x() + NodeIcon.ROOM;
        }
        String label = node.label();
        while (surface.textWidth(label, Font.NORMAL) > room && label.length() > 2) {
            label = label.substring(0, label.length() - 2) + '\u2026';
        }
        surface.text(label, left + room / 2, b.y() + b.height() / 2, Anchor.MIDDLE, Font.NORMAL, Palette.TEXT, false);
        if (node.severity() != null) {
            surface.begin("badge", null, null, null); //$NON-NLS-1$
            marker(surface, flagged(node.severity()) ? node.severity() : null, b.x() + b.width() - 4, b.y() + 4, 9,
                    Integer.toString(node.findings().size()));
            surface.end();
        }
        if (chosen && options.selection().size() == 1) {
            handle(surface, new Point(b.x() + b.width(), b.y() + b.height()), options.handle());
        }
        surface.end();
    }

    private static boolean flagged(Severity s) {
        return s != null && Palette.FLAGGED.contains(s);
    }

    /** @return the point halfway along {@code route} */
    private static Point midpoint(List<Point> route) {
        double length = 0;
        for (int i = 1; i < route.size(); i++) {
            length += Math.hypot(route.get(i).x() - route.get(i - 1).x(), route.get(i).y() - route.get(i - 1).y());
        }
        double left = length / 2;
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            double step = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (step >= left && step > 0) {
                return new Point(a.x() + (b.x() - a.x()) * left / step, a.y() + (b.y() - a.y()) * left / step);
            }
            left -= step;
        }
        return route.get(route.size() - 1);
    }

    /**
     * Draws the marker of severity {@code s} centred on {@code (cx, cy)} with radius {@code r}: an
     * octagon for critical, a triangle for high, a diamond for medium (a circle for anything else),
     * so that the shape says the severity where colour cannot; {@code text} in it.
     */
    static void marker(Surface surface, Severity s, double cx, double cy, double r, String text) {
        String fill = Palette.severity(s, Palette.BORDER);
        double[] points;
        if (s == Severity.CRITICAL) {
            points = new double[16];
            for (int i = 0; i < 8; i++) {
                double angle = Math.PI / 8 + i * Math.PI / 4;
                points[2 * i] = cx + r * Math.cos(angle);
                points[2 * i + 1] = cy + r * Math.sin(angle);
            }
        } else if (s == Severity.HIGH) {
            double t = r * 1.25;
            points = new double[]{cx, cy - t, cx + t * 0.98, cy + t * 0.7, cx - t * 0.98, cy + t * 0.7};
        } else if (s == Severity.MEDIUM) {
            double d = r * 1.2;
            points = new double[]{cx, cy - d, cx + d, cy, cx, cy + d, cx - d, cy};
        } else {
            points = null;
        }
        if (points == null) {
            surface.ellipse(cx, cy, r, r, fill, null);
        } else {
            surface.polygon(points, fill, null);
        }
        surface.text(text, cx, s == Severity.HIGH ? cy + r * 0.2 : cy, Anchor.MIDDLE, Font.BADGE, Palette.MARKER_TEXT, false);
    }

    private static void handle(Surface surface, Point p, double size) {
        surface.rect(p.x() - size / 2, p.y() - size / 2, size, size, 0, "#ffffff", Stroke.solid(Palette.SELECTION, 1)); //$NON-NLS-1$
    }

    /** Draws the glyph of {@code kind} with its top left corner at {@code (x, y)}. */
    private static void icon(Surface surface, Diagram.Kind kind, double x, double y) {
        Stroke stroke = Stroke.solid(Palette.BORDER, 1.2);
        surface.begin("icon", null, null, null); //$NON-NLS-1$
        for (NodeIcon.Outline o : NodeIcon.of(kind, x, y)) {
            switch (o) {
                case NodeIcon.Rect r -> surface.rect(r.x(), r.y(), r.width(), r.height(), 0, null, stroke);
                case NodeIcon.Ellipse e -> surface.ellipse(e.cx(), e.cy(), e.rx(), e.ry(), null, stroke);
                case NodeIcon.Line l -> surface.line(l.x1(), l.y1(), l.x2(), l.y2(), stroke);
                case NodeIcon.Polygon p -> surface.polygon(p.points(), null, stroke);
            }
        }
        surface.end();
    }

    /** The legend: node kinds with their colour and icon, and the colours of open findings. */
    private static void legend(Surface surface, double y, Options options) {
        if (!visible(new Area(0, y - 2, 2000, LEGEND_HEIGHT), options)) {
            return;
        }
        surface.begin("legend", null, null, null); //$NON-NLS-1$
        double x = 16;
        for (Diagram.Kind kind : Diagram.Kind.values()) {
            surface.rect(x, y - 1, 20, 16, 3, Palette.kind(kind), Stroke.solid(Palette.BORDER, 1));
            icon(surface, kind, x + 3, y);
            String label = Palette.kindLabel(kind, options.locale());
            surface.text(label, x + 26, y + 7, Anchor.START, Font.NORMAL, Palette.TEXT, false);
            x += 42 + surface.textWidth(label, Font.NORMAL);
        }
        for (Severity s : LEGEND_SEVERITIES) {
            marker(surface, s, x + 8, y + 7, 8, "!"); //$NON-NLS-1$
            String label = Palette.findingLabel(s, options.locale());
            surface.text(label, x + 22, y + 7, Anchor.START, Font.NORMAL, Palette.TEXT, false);
            x += 36 + surface.textWidth(label, Font.NORMAL);
        }
        surface.end();
    }

    private static double legendWidth(Surface surface, Locale locale) {
        double width = 0;
        for (Diagram.Kind kind : Diagram.Kind.values()) {
            width += 42 + surface.textWidth(Palette.kindLabel(kind, locale), Font.NORMAL);
        }
        for (Severity s : LEGEND_SEVERITIES) {
            width += 36 + surface.textWidth(Palette.findingLabel(s, locale), Font.NORMAL);
        }
        return width;
    }

    /** @return what a flow's tooltip starts with: its data categories, or that it is a sub-processor relation */
    public static String label(Diagram.Edge edge, Locale locale) {
        return edge.subProcessor() ? Messages.get(locale, "Edge_SubProcessor") : edge.label(); //$NON-NLS-1$
    }

    /** @return the label, then each open finding with its severity and review state, then each reviewed one with the decision */
    public static String tooltip(String label, List<String> open, List<String> reviewed) {
        StringBuilder text = new StringBuilder(label);
        open.forEach(f -> text.append('\n').append(f));
        reviewed.forEach(f -> text.append('\n').append(f));
        return text.toString();
    }

    private static String severityClass(Severity s) {
        return s == null ? "" : " finding-" + s.id(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
