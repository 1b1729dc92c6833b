// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.internal;

import java.util.List;

import privflow.diagram.Diagram;

/**
 * The small glyph that tells a node's kind at a glance (a person for data subjects, a building
 * for an organisation, a window for a system or service, a cylinder for a data store), as
 * outlines that the SVG export and the on-screen painter both draw.
 */
public final class NodeIcon {

    /** The icon's width and height. */
    public static final double SIZE = 14;
    /** Room a node gives its icon on the left, before the label. */
    public static final double ROOM = 26;

    /** An outline of the icon, in drawing coordinates. */
    public sealed interface Outline {
    }

    /** A rectangle. */
    public record Rect(double x, double y, double width, double height) implements Outline {
    }

    /** An ellipse around a centre. */
    public record Ellipse(double cx, double cy, double rx, double ry) implements Outline {
    }

    /** A straight line. */
    public record Line(double x1, double y1, double x2, double y2) implements Outline {
    }

    /** A closed polygon, points as x, y pairs. */
    public record Polygon(double[] points) implements Outline {
    }

    private NodeIcon() {
    }

    /** @return the outlines of the icon of {@code kind} with its top left corner at {@code (x, y)} */
    public static List<Outline> of(Diagram.Kind kind, double x, double y) {
        return switch (kind) {
            case SUBJECTS -> List.of(new Ellipse(x + 7, y + 4, 3, 3),
                    new Polygon(
                            new double[]{x + 1, y + 14, x + 2, y + 10, x + 5, y + 8.5, x + 9, y + 8.5, x + 12, y + 10, x + 13, y + 14}));
            case ORGANISATION -> List.of(new Rect(x + 2, y + 1, 10, 13), new Rect(x + 4, y + 3, 2, 2), new Rect(x + 8, y + 3, 2, 2),
                    new Rect(x + 4, y + 7, 2, 2), new Rect(x + 8, y + 7, 2, 2), new Rect(x + 6, y + 11, 2, 3));
            case SERVICE -> List.of(new Rect(x, y + 1, 14, 12), new Line(x, y + 4, x + 14, y + 4));
            case DATA_STORE ->
                List.of(new Ellipse(x + 7, y + 3, 6, 2), new Line(x + 1, y + 3, x + 1, y + 11), new Line(x + 13, y + 3, x + 13, y + 11),
                        new Ellipse(x + 7, y + 11, 6, 2));
        };
    }
}
