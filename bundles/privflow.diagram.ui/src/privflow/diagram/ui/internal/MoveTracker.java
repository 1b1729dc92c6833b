// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Event;

import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramPositions;

/**
 * Moves the selected nodes, or resizes one node by its corner handle, showing a preview of the
 * layout as the mouse moves; the new bounds become one edit when the button is released.
 */
final class MoveTracker extends PointerTracker {

    private static final double MIN_WIDTH = 60;
    private static final double MIN_HEIGHT = 30;

    private final String resized;

    /** @param resized the node being resized, or {@code null} to move the selected nodes */
    MoveTracker(DiagramCanvas canvas, DiagramLayout.Point start, String resized) {
        super(canvas, start);
        this.resized = resized;
    }

    @Override
    void moved() {
        DiagramContent content = canvas.content();
        canvas.preview(content.layout().with(content.diagram(), positions(bounds())));
    }

    @Override
    void released(Event e) {
        Map<String, Box> moved = bounds();
        canvas.content().setPreview(null);
        Map<String, Box> before = new LinkedHashMap<>();
        moved.keySet().forEach(id -> before.put(id, canvas.content().layout().nodes().get(id)));
        if (!moved.isEmpty() && !moved.equals(before)) {
            canvas.edits().move(moved);
        } else {
            canvas.redraw();
        }
    }

    /** @return the new bounds of the nodes being moved or resized */
    private Map<String, Box> bounds() {
        double dx = now.x() - start.x();
        double dy = now.y() - start.y();
        Map<String, Box> nodes = canvas.content().layout().nodes();
        if (resized == null) {
            return moved(nodes, canvas.selection(), dx, dy);
        }
        Box b = nodes.get(resized);
        Map<String, Box> moved = new LinkedHashMap<>();
        moved.put(resized, new Box(b.x(), b.y(), Math.max(MIN_WIDTH, b.width() + dx), Math.max(MIN_HEIGHT, b.height() + dy)));
        return moved;
    }

    /** @return the bounds of the nodes {@code ids} moved by {@code dx, dy}, kept inside the drawing */
    static Map<String, Box> moved(Map<String, Box> nodes, Collection<String> ids, double dx, double dy) {
        Map<String, Box> moved = new LinkedHashMap<>();
        for (String id : ids) {
            Box b = nodes.get(id);
            if (b != null) {
                moved.put(id, new Box(Math.max(0, b.x() + dx), Math.max(0, b.y() + dy), b.width(), b.height()));
            }
        }
        return moved;
    }

    /** @return positions for the nodes in {@code moved}: laid over the layout shown, they move only those */
    private static DiagramPositions positions(Map<String, Box> moved) {
        DiagramPositions positions = new DiagramPositions();
        moved.forEach(positions::put);
        return positions;
    }
}
