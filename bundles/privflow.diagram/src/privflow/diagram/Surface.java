// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

import java.util.List;

/**
 * What the {@link DiagramRenderer} draws on: an SVG document ({@link SvgExport}) or, in the
 * workbench, an SWT graphics context (the screen and the PNG export). Coordinates are the
 * drawing's; colours are RGB hex strings from the {@link Palette}.
 */
public interface Surface {

    /** Where a text's x coordinate is. */
    enum Anchor {
        START, MIDDLE
    }

    /** The faces the diagram writes in. */
    enum Font {
        /** Node labels and the legend. */
        NORMAL,
        /** Zone titles. */
        BOLD,
        /** Flow labels. */
        SMALL,
        /** The count on a finding badge. */
        BADGE
    }

    /** How an outline is drawn. */
    record Stroke(String colour, double width, boolean dashed) {
        /** @return a solid stroke */
        public static Stroke solid(String colour, double width) {
            return new Stroke(colour, width, false);
        }
    }

    /**
     * Starts a group of shapes that stand for one thing (a zone, node, flow, icon or the legend),
     * ended by {@link #end()}: an SVG {@code <g>} with a class, a {@code data-} attribute and a
     * tooltip; nothing on screen.
     *
     * @param dataKey the name of the data attribute after {@code data-}, or {@code null}
     * @param tooltip the group's tooltip, or {@code null}
     */
    void begin(String cssClass, String dataKey, String dataValue, String tooltip);

    /** Ends the group {@link #begin} started. */
    void end();

    /** A rectangle with corners rounded by {@code radius}; {@code fill} or {@code stroke} may be {@code null}. */
    void rect(double x, double y, double width, double height, double radius, String fill, Stroke stroke);

    /** An ellipse; {@code fill} or {@code stroke} may be {@code null}. */
    void ellipse(double cx, double cy, double rx, double ry, String fill, Stroke stroke);

    /** A straight line. */
    void line(double x1, double y1, double x2, double y2, Stroke stroke);

    /** An open polyline through {@code points}. */
    void polyline(List<DiagramLayout.Point> points, Stroke stroke);

    /** A closed polygon, points as x, y pairs; {@code fill} or {@code stroke} may be {@code null}. */
    void polygon(double[] points, String fill, Stroke stroke);

    /**
     * A line of text, vertically centred on {@code cy}.
     *
     * @param halo whether to clear the background under it (for labels over lines)
     */
    void text(String text, double x, double cy, Anchor anchor, Font font, String colour, boolean halo);

    /** @return how wide {@code text} is in {@code font}, in drawing units */
    double textWidth(String text, Font font);
}
