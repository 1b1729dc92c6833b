// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import privflow.core.Severity;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramLayout.Point;

/**
 * The diagram as one self-contained SVG document: zones, nodes coloured by kind, flows as arrows
 * labelled with their data categories, red (high) and amber (medium) for open findings with the
 * findings as tooltips, and a legend. Deterministic, so registers that embed it stay byte-identical.
 */
public final class SvgExport {

    private static final double LEGEND_HEIGHT = 34;

    private SvgExport() {
    }

    /** @return the SVG document of {@code diagram} laid out as {@code layout}, texts in {@code locale} */
    public static String svg(Diagram diagram, DiagramLayout layout, Locale locale) {
        double width = Math.max(layout.width(), legendWidth(locale) + 32);
        double height = layout.height() + LEGEND_HEIGHT;
        StringBuilder svg = new StringBuilder(16 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"privflow-diagram\" width=\"").append(n(width)) //$NON-NLS-1$
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
                .append(n(height)).append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">\n"); //$NON-NLS-1$
        svg.append("<defs>"); //$NON-NLS-1$
        for (Severity s : new Severity[] { null, Severity.HIGH, Severity.MEDIUM }) {
            svg.append("<marker id=\"").append(arrow(s)).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">") //$NON-NLS-1$ //$NON-NLS-2$
                    .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(Palette.severity(s, Palette.EDGE)).append("\"/></marker>"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        svg.append("</defs>\n"); //$NON-NLS-1$
        for (Map.Entry<Zone, Box> zone : layout.zones().entrySet()) {
            Box b = zone.getValue();
            svg.append("<g class=\"zone\" data-zone=\"").append(zone.getKey().name()).append("\">") //$NON-NLS-1$ //$NON-NLS-2$
                    .append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"").append(n(b.width())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append("\" height=\"").append(n(b.height())).append("\" rx=\"8\" fill=\"").append(Palette.zone(zone.getKey())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" stroke=\"").append(Palette.ZONE_BORDER).append("\" stroke-dasharray=\"6 4\"/>") //$NON-NLS-1$
                    .append("<text x=\"").append(n(b.x() + 12)).append("\" y=\"").append(n(b.y() + 20)).append("\" font-weight=\"bold\">") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(escape(Palette.zoneTitle(zone.getKey(), locale))).append("</text></g>\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Map<String, Diagram.Node> nodes = new java.util.HashMap<>();
        for (Diagram.Node node : diagram.nodes()) {
            nodes.put(node.id(), node);
        }
        for (Diagram.Edge edge : diagram.edges()) {
            List<Point> route = layout.edges().get(edge.id());
            if (route == null || route.isEmpty()) {
                continue;
            }
            svg.append("<g class=\"edge").append(edge.transfer() ? " transfer" : "").append(edge.subProcessor() ? " sub-processor" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    .append(severityClass(edge.severity()))
                    .append("\" data-id=\"").append(escape(edge.id())).append("\">"); //$NON-NLS-1$ //$NON-NLS-2$
            tooltip(svg, edge.subProcessor() ? Messages.get(locale, "Edge_SubProcessor") : edge.label(), edge.findings(), edge.reviewed()); //$NON-NLS-1$
            svg.append("<path d=\""); //$NON-NLS-1$
            for (int i = 0; i < route.size(); i++) {
                svg.append(i == 0 ? "M" : " L").append(n(route.get(i).x())).append(',').append(n(route.get(i).y())); //$NON-NLS-1$ //$NON-NLS-2$
            }
            svg.append("\" fill=\"none\" stroke=\"").append(Palette.severity(edge.severity(), Palette.EDGE)).append("\" stroke-width=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(edge.transfer() ? "2.2" : "1.4").append(edge.subProcessor() ? "\" stroke-dasharray=\"5 4" : "") //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" marker-end=\"url(#").append(arrow(edge.severity())).append(")\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            DiagramLayout.LabelPlace place = DiagramLayout.LabelPlace.on(route);
            String label = place.fit(edge.label(), 6);
            if (label.isEmpty()) {
                svg.append("</g>\n"); //$NON-NLS-1$
                continue;
            }
            svg.append("<text x=\"").append(n(place.at().x())).append("\" y=\"").append(n(place.at().y() - 1)) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"").append(Palette.LABEL) //$NON-NLS-1$
                    .append("\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">") //$NON-NLS-1$
                    .append(escape(label)).append("</text></g>\n"); //$NON-NLS-1$
        }
        for (Diagram.Node node : diagram.nodes()) {
            Box b = layout.nodes().get(node.id());
            svg.append("<g class=\"node ").append(node.kind().name().toLowerCase(Locale.ROOT)).append(severityClass(node.severity())) //$NON-NLS-1$
                    .append("\" data-id=\"").append(escape(node.id())).append("\">"); //$NON-NLS-1$ //$NON-NLS-2$
            tooltip(svg, node.label(), node.findings(), node.reviewed());
            svg.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"").append(n(b.width())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append("\" height=\"").append(n(b.height())).append("\" rx=\"").append(node.kind() == Diagram.Kind.SUBJECTS ? "22" : "4") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .append("\" fill=\"").append(Palette.kind(node.kind())).append("\" stroke=\"").append(Palette.severity(node.severity(), Palette.BORDER)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append("\" stroke-width=\"").append(node.severity() == null ? "1" : "2.5").append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            icon(svg, node.kind(), b.x() + 8, b.y() + (b.height() - NodeIcon.SIZE) / 2);
            svg.append("<text x=\"").append(n(b.x() + (NodeIcon.ROOM + b.width()) / 2)).append("\" y=\"").append(n(b.y() + b.height() / 2 + 4)) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" text-anchor=\"middle\">").append(escape(shorten(node.label(), (int) ((b.width() - NodeIcon.ROOM - 10) / 7.2)))) //$NON-NLS-1$
                    .append("</text>"); //$NON-NLS-1$
            if (node.severity() != null) {
                svg.append("<circle class=\"badge\" cx=\"").append(n(b.x() + b.width() - 4)).append("\" cy=\"").append(n(b.y() + 4)) //$NON-NLS-1$ //$NON-NLS-2$
                        .append("\" r=\"8\" fill=\"").append(Palette.severity(node.severity(), Palette.BORDER)).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                svg.append("<text x=\"").append(n(b.x() + b.width() - 4)).append("\" y=\"").append(n(b.y() + 8)) //$NON-NLS-1$ //$NON-NLS-2$
                        .append("\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"#ffffff\">") //$NON-NLS-1$
                        .append(node.findings().size()).append("</text>"); //$NON-NLS-1$
            }
            svg.append("</g>\n"); //$NON-NLS-1$
        }
        legend(svg, layout.height() + 8, locale);
        svg.append("</svg>\n"); //$NON-NLS-1$
        return svg.toString();
    }

    /** Writes the glyph of {@code kind} with its top left corner at {@code (x, y)}. */
    private static void icon(StringBuilder svg, Diagram.Kind kind, double x, double y) {
        svg.append("<g class=\"icon\" fill=\"none\" stroke=\"").append(Palette.BORDER).append("\" stroke-width=\"1.2\">"); //$NON-NLS-1$ //$NON-NLS-2$
        for (NodeIcon.Outline o : NodeIcon.of(kind, x, y)) {
            switch (o) {
                case NodeIcon.Rect r -> svg.append("<rect x=\"").append(n(r.x())).append("\" y=\"").append(n(r.y())).append("\" width=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(n(r.width())).append("\" height=\"").append(n(r.height())).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
                case NodeIcon.Ellipse e -> svg.append("<ellipse cx=\"").append(n(e.cx())).append("\" cy=\"").append(n(e.cy())).append("\" rx=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(n(e.rx())).append("\" ry=\"").append(n(e.ry())).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
                case NodeIcon.Line l -> svg.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1())).append("\" x2=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(n(l.x2())).append("\" y2=\"").append(n(l.y2())).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
                case NodeIcon.Polygon p -> {
                    svg.append("<polygon points=\""); //$NON-NLS-1$
                    for (int k = 0; k < p.points().length; k += 2) {
                        svg.append(k == 0 ? "" : " ").append(n(p.points()[k])).append(',').append(n(p.points()[k + 1])); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    svg.append("\"/>"); //$NON-NLS-1$
                }
            }
        }
        svg.append("</g>"); //$NON-NLS-1$
    }

    private static void legend(StringBuilder svg, double y, Locale locale) {
        svg.append("<g class=\"legend\">"); //$NON-NLS-1$
        double x = 16;
        for (Diagram.Kind kind : Diagram.Kind.values()) {
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y - 1)).append("\" width=\"20\" height=\"16\" rx=\"3\" fill=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(Palette.kind(kind)).append("\" stroke=\"#3e4c59\"/>"); //$NON-NLS-1$
            icon(svg, kind, x + 3, y);
            String label = Messages.get(locale, "Kind_" + kind.name()); //$NON-NLS-1$
            svg.append("<text x=\"").append(n(x + 26)).append("\" y=\"").append(n(y + 12)).append("\">").append(escape(label)).append("</text>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            x += 42 + label.length() * 7.2;
        }
        for (Severity s : new Severity[] { Severity.HIGH, Severity.MEDIUM }) {
            svg.append("<circle cx=\"").append(n(x + 8)).append("\" cy=\"").append(n(y + 7)).append("\" r=\"7\" fill=\"").append(Palette.severity(s, "")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .append("\"/>"); //$NON-NLS-1$
            String label = Messages.format(locale, "Legend_Finding", s.label(locale)); //$NON-NLS-1$
            svg.append("<text x=\"").append(n(x + 22)).append("\" y=\"").append(n(y + 12)).append("\">").append(escape(label)).append("</text>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            x += 36 + label.length() * 7.2;
        }
        svg.append("</g>\n"); //$NON-NLS-1$
    }

    private static double legendWidth(Locale locale) {
        double width = 0;
        for (Diagram.Kind kind : Diagram.Kind.values()) {
            width += 40 + Messages.get(locale, "Kind_" + kind.name()).length() * 7.2; //$NON-NLS-1$
        }
        for (Severity s : new Severity[] { Severity.HIGH, Severity.MEDIUM }) {
            width += 36 + Messages.format(locale, "Legend_Finding", s.label(locale)).length() * 7.2; //$NON-NLS-1$
        }
        return width;
    }

    private static void tooltip(StringBuilder svg, String label, List<String> open, List<String> reviewed) {
        svg.append("<title>").append(escape(label)); //$NON-NLS-1$
        for (String f : open) {
            svg.append('\n').append(escape(f));
        }
        for (String f : reviewed) {
            svg.append('\n').append(escape(f));
        }
        svg.append("</title>"); //$NON-NLS-1$
    }

    private static String arrow(Severity s) {
        return s == Severity.HIGH || s == Severity.MEDIUM ? "arrow-" + s.id() : "arrow"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String severityClass(Severity s) {
        return s == null ? "" : " finding-" + s.id(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + '\u2026';
    }

    /** Numbers with at most one decimal, locale-independent, so output is stable. */
    private static String n(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10); //$NON-NLS-1$
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;"); //$NON-NLS-1$
                case '>' -> out.append("&gt;"); //$NON-NLS-1$
                case '&' -> out.append("&amp;"); //$NON-NLS-1$
                case '"' -> out.append("&quot;"); //$NON-NLS-1$
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
