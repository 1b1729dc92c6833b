// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;

/**
 * The diagram canvas's keyboard: Ctrl+= / Ctrl+- / Ctrl+0 zoom, Ctrl+A selects all, Delete
 * deletes, F2 renames, Escape cancels, the arrow keys walk the nodes and Shift+arrows move them,
 * Tab and Shift+Tab cycle through the nodes (Ctrl+Tab leaves the canvas).
 */
final class CanvasKeys {

    private static final double NUDGE = 8;

    private final DiagramCanvas canvas;

    CanvasKeys(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    void keyDown(Event e) {
        if (canvas.content().isEmpty()) {
            return;
        }
        boolean mod = (e.stateMask & SWT.MOD1) != 0;
        if (mod && (e.character == '+' || e.character == '=' || e.keyCode == SWT.KEYPAD_ADD)) {
            canvas.setZoom(canvas.zoom() * 1.25);
        } else if (mod && (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
            canvas.setZoom(canvas.zoom() / 1.25);
        } else if (mod && (e.character == '0' || e.keyCode == SWT.KEYPAD_0)) {
            canvas.setZoom(1);
        } else if (mod && (e.keyCode == 'a' || e.character == 1)) {
            canvas.selectAll();
        } else if (e.keyCode == SWT.DEL) {
            canvas.notifyDelete();
        } else if (e.keyCode == SWT.F2) {
            canvas.renameSelected();
        } else if (e.keyCode == SWT.ESC) {
            canvas.escape();
        } else if (isArrow(e.keyCode) && (e.stateMask & SWT.SHIFT) != 0 && canvas.edits() != null) {
            nudge(e.keyCode);
        } else if (isArrow(e.keyCode)) {
            walk(e.keyCode);
        }
    }

    void traverse(Event e) {
        if ((e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) && (e.stateMask & SWT.MOD1) == 0) {
            int step = e.detail == SWT.TRAVERSE_TAB_PREVIOUS || (e.stateMask & SWT.SHIFT) != 0 ? -1 : 1;
            e.doit = false;
            e.detail = SWT.TRAVERSE_NONE;
            cycle(step);
        } else if (e.detail == SWT.TRAVERSE_ESCAPE) {
            e.doit = false;
            canvas.escape();
        }
    }

    private static boolean isArrow(int code) {
        return code == SWT.ARROW_LEFT || code == SWT.ARROW_RIGHT || code == SWT.ARROW_UP || code == SWT.ARROW_DOWN;
    }

    /** Moves the selected nodes by one grid step. */
    private void nudge(int code) {
        double dx = code == SWT.ARROW_LEFT ? -NUDGE : code == SWT.ARROW_RIGHT ? NUDGE : 0;
        double dy = code == SWT.ARROW_UP ? -NUDGE : code == SWT.ARROW_DOWN ? NUDGE : 0;
        Map<String, Box> moved = MoveTracker.moved(canvas.content().layout().nodes(), canvas.selection(), dx, dy);
        if (!moved.isEmpty()) {
            canvas.edits().move(moved);
        }
    }

    /** Selects the nearest visible node in the arrow's direction from the selected one. */
    private void walk(int code) {
        DiagramContent content = canvas.content();
        Box from = content.layout().nodes().get(canvas.selected());
        if (from == null) {
            cycle(1);
            return;
        }
        DiagramLayout.Point c = from.centre();
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (Map.Entry<String, Box> e : content.layout().nodes().entrySet()) {
            DiagramLayout.Point p = e.getValue().centre();
            double ahead = switch (code) {
                case SWT.ARROW_LEFT -> c.x() - p.x();
                case SWT.ARROW_RIGHT -> p.x() - c.x();
                case SWT.ARROW_UP -> c.y() - p.y();
                default -> p.y() - c.y();
            };
            double aside = code == SWT.ARROW_LEFT || code == SWT.ARROW_RIGHT ? Math.abs(p.y() - c.y()) : Math.abs(p.x() - c.x());
            if (ahead > 1 && content.visible(e.getKey())) {
                double score = ahead + 2 * aside;
                if (score < bestScore) {
                    bestScore = score;
                    best = e.getKey();
                }
            }
        }
        if (best != null) {
            canvas.userSelect(List.of(best));
            canvas.reveal(best);
        }
    }

    /** Selects the next (or previous) node in the diagram's order. */
    private void cycle(int step) {
        List<String> ids = canvas.content().visibleNodes();
        if (ids.isEmpty()) {
            return;
        }
        int at = ids.indexOf(canvas.selected());
        String next = ids.get(Math.floorMod(at < 0 ? step > 0 ? -1 : 0 : at + step, ids.size()));
        canvas.userSelect(List.of(next));
        canvas.reveal(next);
    }
}
