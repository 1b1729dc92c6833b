// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;

import privflow.diagram.Area;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.Zone;

/** The parts of a canvas to repaint: only what an edit, a drag or a selection change touched. */
final class Damage {

    private final Canvas canvas;
    private final Viewport viewport;
    private Rectangle damaged;

    Damage(Canvas canvas, Viewport viewport) {
        this.canvas = canvas;
        this.viewport = viewport;
    }

    /** Repaints the drawing's {@code area}; nothing for {@code null}. */
    void add(Area area) {
        add(viewport.toCanvas(area));
    }

    /** Repaints the canvas pixels {@code r}; nothing for {@code null}. */
    void add(Rectangle r) {
        if (r != null) {
            damaged = damaged == null ? r : damaged.union(r);
            canvas.redraw(r.x, r.y, r.width, r.height, false);
        }
    }

    /** @return the area marked for repainting since the last call (canvas pixels), or {@code null} */
    Rectangle take() {
        Rectangle r = damaged;
        damaged = null;
        return r;
    }

    /** @return the drawing's area of the elements (nodes, edges, zones) that differ between two layouts */
    static Area changed(DiagramLayout a, DiagramLayout b) {
        if (a == null || b == null) {
            return null;
        }
        Area area = null;
        for (Map.Entry<String, Box> e : b.nodes().entrySet()) {
            Box old = a.nodes().get(e.getKey());
            if (!e.getValue().equals(old)) {
                area = Area.union(area, Area.ofNode(e.getValue()));
                area = Area.union(area, old == null ? null : Area.ofNode(old));
            }
        }
        for (Map.Entry<String, List<DiagramLayout.Point>> e : b.edges().entrySet()) {
            List<DiagramLayout.Point> old = a.edges().get(e.getKey());
            if (!e.getValue().equals(old)) {
                area = Area.union(area, Area.ofEdge(e.getValue()));
                area = Area.union(area, old == null ? null : Area.ofEdge(old));
            }
        }
        for (Zone z : Zone.values()) {
            Box nb = b.zones().get(z);
            Box ob = a.zones().get(z);
            if (nb != null && !nb.equals(ob) || nb == null && ob != null) {
                area = Area.union(area, nb == null ? null : Area.of(nb).grow(3));
                area = Area.union(area, ob == null ? null : Area.of(ob).grow(3));
            }
        }
        return area;
    }

    /** @return the drawing's area of the nodes and edges {@code ids} in {@code l} */
    static Area bounds(DiagramLayout l, Collection<String> ids) {
        if (l == null) {
            return null;
        }
        Area area = null;
        for (String id : ids) {
            Box b = l.nodes().get(id);
            List<DiagramLayout.Point> route = l.edges().get(id);
            area = Area.union(area, b == null ? null : Area.ofNode(b));
            area = Area.union(area, route == null ? null : Area.ofEdge(route));
        }
        return area;
    }
}
