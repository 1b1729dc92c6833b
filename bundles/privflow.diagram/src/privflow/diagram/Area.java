// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

import java.util.List;

import privflow.diagram.DiagramLayout.Box;

/** A rectangle in drawing coordinates: what an element covers when drawn, for repainting only what changed and for culling. */
public record Area(double x, double y, double width, double height) {

    /** @return the area of a box */
    public static Area of(Box b) {
        return new Area(b.x(), b.y(), b.width(), b.height());
    }

    /** @return the rectangle with corners {@code a} and {@code b} */
    public static Area of(DiagramLayout.Point a, DiagramLayout.Point b) {
        return new Area(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
    }

    /** @return the bounds of {@code points} */
    public static Area around(List<DiagramLayout.Point> points) {
        double x1 = Double.MAX_VALUE;
        double y1 = Double.MAX_VALUE;
        double x2 = -Double.MAX_VALUE;
        double y2 = -Double.MAX_VALUE;
        for (DiagramLayout.Point p : points) {
            x1 = Math.min(x1, p.x());
            y1 = Math.min(y1, p.y());
            x2 = Math.max(x2, p.x());
            y2 = Math.max(y2, p.y());
        }
        return new Area(x1, y1, x2 - x1, y2 - y1);
    }

    /** @return what a node covers when painted: its box, a thick border, its badge and its handle */
    public static Area ofNode(Box b) {
        return of(b).grow(12);
    }

    /** @return what a flow covers when painted: its route, arrow head and label */
    public static Area ofEdge(List<DiagramLayout.Point> route) {
        Area area = around(route).grow(12);
        if (route.size() >= 2) {
            DiagramLayout.Point m = DiagramLayout.LabelPlace.on(route).at();
            area = union(area, new Area(m.x() - 110, m.y() - 16, 220, 24));
        }
        return area;
    }

    /** @return the bounds of both, either of which may be {@code null} */
    public static Area union(Area a, Area b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        double x1 = Math.min(a.x, b.x);
        double y1 = Math.min(a.y, b.y);
        return new Area(x1, y1, Math.max(a.x + a.width, b.x + b.width) - x1, Math.max(a.y + a.height, b.y + b.height) - y1);
    }

    /** @return this area grown by {@code by} on every side */
    public Area grow(double by) {
        return new Area(x - by, y - by, width + 2 * by, height + 2 * by);
    }

    /** @return whether this area and the box overlap */
    public boolean intersects(Box b) {
        return b.x() <= x + width && b.x() + b.width() >= x && b.y() <= y + height && b.y() + b.height() >= y;
    }

    /** @return whether the two areas overlap */
    public boolean intersects(Area r) {
        return r.x <= x + width && r.x + r.width >= x && r.y <= y + height && r.y + r.height >= y;
    }

    /** @return whether {@code r} lies inside this area */
    public boolean contains(Area r) {
        return r.x >= x && r.y >= y && r.x + r.width <= x + width && r.y + r.height <= y + height;
    }
}
