// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;

/**
 * The select tool: a click selects (Ctrl or Shift toggles), a drag on empty space selects by
 * marquee, a drag on a selected node moves the selection, the corner handle of the one selected
 * node resizes it and the end handles of the one selected flow reconnect it.
 */
final class SelectionTool implements Tool {

    /** How near (pixels) a handle the mouse must be to grab it. */
    static final int HANDLE = 7;

    private final DiagramCanvas canvas;

    SelectionTool(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    public DragTracker press(Event e, DiagramLayout.Point at) {
        String hit = canvas.hit(e.x, e.y);
        DragTracker handle = canvas.edits() == null || canvas.selection().size() != 1 ? null : handle(e, at, canvas.selected());
        if (handle != null) {
            return handle;
        }
        boolean toggle = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
        if (hit == null) {
            if (!toggle) {
                canvas.userSelect(List.of());
            }
            return new MarqueeTracker(canvas, at);
        }
        List<String> selection = canvas.selection();
        if (toggle) {
            Set<String> next = new LinkedHashSet<>(selection);
            if (!next.remove(hit)) {
                next.add(hit);
            }
            canvas.userSelect(next);
        } else if (!selection.contains(hit)) {
            canvas.userSelect(List.of(hit));
        }
        boolean movable = canvas.content().node(hit) != null && canvas.selection().contains(hit) && canvas.edits() != null;
        return movable ? new MoveTracker(canvas, at, null) : null;
    }

    /** @return the tracker of the handle of the selected element {@code id} under the mouse, or {@code null} */
    private DragTracker handle(Event e, DiagramLayout.Point at, String id) {
        DiagramLayout layout = canvas.content().layout();
        Viewport viewport = canvas.viewport();
        Box box = layout.nodes().get(id);
        if (box != null && viewport.near(e.x, e.y, new DiagramLayout.Point(box.x() + box.width(), box.y() + box.height()), HANDLE)) {
            return new MoveTracker(canvas, at, id);
        }
        List<DiagramLayout.Point> route = layout.edges().get(id);
        Diagram.Edge edge = canvas.content().edge(id);
        if (route == null || edge == null || edge.subProcessor()) {
            return null;
        }
        if (viewport.near(e.x, e.y, route.get(0), HANDLE)) {
            return new ReconnectTracker(canvas, id, true, at);
        }
        if (viewport.near(e.x, e.y, route.get(route.size() - 1), HANDLE)) {
            return new ReconnectTracker(canvas, id, false, at);
        }
        return null;
    }
}
