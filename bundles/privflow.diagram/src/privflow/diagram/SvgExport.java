// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

import java.util.List;
import java.util.Locale;

import privflow.diagram.internal.Messages;

/**
 * The diagram as one self-contained SVG document, drawn by the {@link DiagramRenderer} like the
 * screen: zones, nodes coloured by kind with their icons, flows as arrows labelled with their data
 * categories, open findings marked by colour and shape with the findings as tooltips, and a legend.
 * The document is an image with an accessible name and a description of what it shows. Each zone, node and flow is a group with a class and its id ({@code data-id}).
 * Deterministic, so registers that embed it stay byte-identical.
 */
public final class SvgExport {

    private SvgExport() {
    }

    /** @return the SVG document of {@code diagram} laid out as {@code layout}, texts in {@code locale} */
    public static String svg(Diagram diagram, DiagramLayout layout, Locale locale) {
        SvgSurface surface = new SvgSurface();
        double width = DiagramRenderer.width(layout, surface, locale);
        double height = DiagramRenderer.height(layout);
        surface.svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"privflow-diagram\" width=\"").append(n(width)) //$NON-NLS-1$
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ') //$NON-NLS-1$ //$NON-NLS-2$
                .append(n(height)).append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\"") //$NON-NLS-1$
                .append(" role=\"img\" aria-labelledby=\"privflow-diagram-title privflow-diagram-desc\">\n<title id=\"privflow-diagram-title\">") //$NON-NLS-1$
                .append(escape(Messages.get(locale, "Svg_Title"))).append("</title>\n<desc id=\"privflow-diagram-desc\">") //$NON-NLS-1$ //$NON-NLS-2$
                .append(escape(description(diagram, locale))).append("</desc>\n"); //$NON-NLS-1$
        DiagramRenderer.render(surface, diagram, layout, DiagramRenderer.Options.export(locale));
        surface.svg.append("</svg>\n"); //$NON-NLS-1$
        return surface.svg.toString();
    }

    /**
     * @return what the diagram shows, for a reader who cannot see it: the nodes in each zone, the
     *         flows and transfers, and where open findings are, by severity
     */
    static String description(Diagram diagram, Locale locale) {
        java.util.StringJoiner zones = new java.util.StringJoiner(", "); //$NON-NLS-1$
        diagram.zoneCounts().forEach((zone, count) -> zones.add(Palette.zoneTitle(zone, locale) + ": " + count)); //$NON-NLS-1$
        long transfers = diagram.edges().stream().filter(Diagram.Edge::transfer).count();
        java.util.Map<privflow.core.Severity, Integer> flagged = new java.util.EnumMap<>(privflow.core.Severity.class);
        int edges = 0;
        int nodes = 0;
        for (Diagram.Edge e : diagram.edges()) {
            if (e.severity() != null) {
                edges++;
                flagged.merge(e.severity(), 1, Integer::sum);
            }
        }
        for (Diagram.Node node : diagram.nodes()) {
            if (node.severity() != null) {
                nodes++;
                flagged.merge(node.severity(), 1, Integer::sum);
            }
        }
        String findings = flagged.isEmpty()
                ? Messages.get(locale, "Svg_NoFindings") //$NON-NLS-1$
                : Messages.format(locale, "Svg_Findings", edges, nodes, String.join(", ", //$NON-NLS-1$ //$NON-NLS-2$
                        flagged.entrySet().stream().map(e -> e.getKey().count(e.getValue(), locale)).toList()));
        return Messages.format(locale, "Svg_Description", diagram.nodes().size(), zones.toString(), diagram.edges().size(), //$NON-NLS-1$
                (int) transfers, findings);
    }

    /** Writes what the renderer draws as SVG elements; measures text as DejaVu Sans would be, about 0.6 em a character. */
    private static final class SvgSurface implements Surface {
        private final StringBuilder svg = new StringBuilder(16 * 1024);
        private int depth;

        @Override
        public void begin(String cssClass, String dataKey, String dataValue, String tooltip) {
            svg.append("<g class=\"").append(cssClass).append('"'); //$NON-NLS-1$
            if (dataKey != null) {
                svg.append(" data-").append(dataKey).append("=\"").append(escape(dataValue)).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
            }
            svg.append('>');
            if (tooltip != null) {
                svg.append("<title>").append(escape(tooltip)).append("</title>"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            depth++;
        }

        @Override
        public void end() {
            svg.append("</g>"); //$NON-NLS-1$
            if (--depth == 0) {
                svg.append('\n');
            }
        }

        @Override
        public void rect(double x, double y, double width, double height, double radius, String fill, Stroke stroke) {
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append("\" height=\"").append(n(height)).append('"'); //$NON-NLS-1$
            if (radius > 0) {
                svg.append(" rx=\"").append(n(radius)).append('"'); //$NON-NLS-1$
            }
            paint(fill, stroke);
        }

        @Override
        public void ellipse(double cx, double cy, double rx, double ry, String fill, Stroke stroke) {
            svg.append("<ellipse cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" rx=\"").append(n(rx)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append("\" ry=\"").append(n(ry)).append('"'); //$NON-NLS-1$
            paint(fill, stroke);
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
            svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append("\" y2=\"").append(n(y2)).append('"'); //$NON-NLS-1$
            paint(null, stroke);
        }

        @Override
        public void polyline(List<DiagramLayout.Point> points, Stroke stroke) {
            svg.append("<path d=\""); //$NON-NLS-1$
            for (int i = 0; i < points.size(); i++) {
                svg.append(i == 0 ? "M" : " L").append(n(points.get(i).x())).append(',').append(n(points.get(i).y())); //$NON-NLS-1$ //$NON-NLS-2$
            }
            svg.append('"');
            paint(null, stroke);
        }

        @Override
        public void polygon(double[] points, String fill, Stroke stroke) {
            svg.append("<polygon points=\""); //$NON-NLS-1$
            for (int k = 0; k < points.length; k += 2) {
                svg.append(k == 0 ? "" : " ").append(n(points[k])).append(',').append(n(points[k + 1])); //$NON-NLS-1$ //$NON-NLS-2$
            }
            svg.append('"');
            paint(fill, stroke);
        }

        private void paint(String fill, Stroke stroke) {
            svg.append(" fill=\"").append(fill == null ? "none" : fill).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
            if (stroke != null) {
                svg.append(" stroke=\"").append(stroke.colour()).append("\" stroke-width=\"").append(n(stroke.width())).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
                if (stroke.dashed()) {
                    svg.append(" stroke-dasharray=\"6 4\""); //$NON-NLS-1$
                }
            }
            svg.append("/>"); //$NON-NLS-1$
        }

        @Override
        public void text(String text, double x, double cy, Anchor anchor, Font font, String colour, boolean halo) {
            double size = size(font);
            svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(cy + size * 0.35)).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
            if (anchor == Anchor.MIDDLE) {
                svg.append(" text-anchor=\"middle\""); //$NON-NLS-1$
            }
            if (size != 12) {
                svg.append(" font-size=\"").append(n(size)).append('"'); //$NON-NLS-1$
            }
            if (font == Font.BOLD || font == Font.BADGE) {
                svg.append(" font-weight=\"bold\""); //$NON-NLS-1$
            }
            svg.append(" fill=\"").append(colour).append('"'); //$NON-NLS-1$
            if (halo) {
                svg.append(" stroke=\"#ffffff\" stroke-width=\"3\" style=\"paint-order: stroke\""); //$NON-NLS-1$
            }
            svg.append('>').append(escape(text)).append("</text>"); //$NON-NLS-1$
        }

        @Override
        public double textWidth(String text, Font font) {
            return text.length() * 0.6 * size(font);
        }

        private static double size(Font font) {
            return switch (font) {
                case SMALL -> 10;
                case BADGE -> 11;
                default -> 12;
            };
        }
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
