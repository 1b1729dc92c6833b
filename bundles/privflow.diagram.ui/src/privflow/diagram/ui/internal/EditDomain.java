// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

/**
 * The canvas's tool state, as GEF's edit domain: the palette tool that a press of the mouse goes
 * to, and the tracker that follows the drag in progress.
 */
final class EditDomain {

    private final DiagramCanvas canvas;
    private Consumer<PaletteEntry> toolListener = entry -> {};
    private PaletteEntry entry = PaletteEntry.SELECT;
    private Tool tool;
    private DragTracker tracker;

    EditDomain(DiagramCanvas canvas) {
        this.canvas = canvas;
        this.tool = new SelectionTool(canvas);
    }

    PaletteEntry entry() {
        return entry;
    }

    /** Makes {@code newEntry} the palette tool. */
    void setTool(PaletteEntry newEntry) {
        entry = newEntry;
        tool = switch (newEntry) {
            case PaletteEntry.Select s -> new SelectionTool(canvas);
            case PaletteEntry.Flow f -> new ConnectionTool(canvas);
            default -> new CreationTool(canvas, newEntry);
        };
        canvas.setCursor(canvas.getDisplay().getSystemCursor(newEntry == PaletteEntry.SELECT ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
    }

    /** Calls {@code listener} when the canvas goes back to the select tool by itself. */
    void onToolChange(Consumer<PaletteEntry> listener) {
        toolListener = listener;
    }

    /** Goes back to the select tool by itself and tells the palette. */
    void backToSelect() {
        setTool(PaletteEntry.SELECT);
        toolListener.accept(PaletteEntry.SELECT);
    }

    /** @return the drag in progress, or {@code null} */
    DragTracker tracker() {
        return tracker;
    }

    void mouseDown(Event e) {
        if (e.button == 2) {
            tracker = new PanTracker(canvas, e);
        } else if (e.button == 1) {
            tracker = tool.press(e, canvas.toDiagram(e.x, e.y));
        }
    }

    void mouseMove(Event e) {
        if (tracker == null) {
            canvas.setToolTipText(canvas.content().tooltip(canvas.hit(e.x, e.y)));
            return;
        }
        Rectangle before = canvas.viewport().toCanvas(tracker.overlayArea());
        tracker.drag(e, canvas.toDiagram(e.x, e.y));
        canvas.damage().add(before);
        canvas.damage().add(tracker.overlayArea());
    }

    void mouseUp(Event e) {
        DragTracker done = tracker;
        tracker = null;
        if (done != null) {
            canvas.damage().add(done.overlayArea());
            done.release(e, canvas.toDiagram(e.x, e.y));
        }
    }

    /** Cancels the drag in progress, else goes back to the select tool, else clears the selection. */
    void escape() {
        if (tracker != null) {
            tracker = null;
            canvas.content().setPreview(null);
            canvas.redraw();
        } else if (entry != PaletteEntry.SELECT) {
            backToSelect();
        } else {
            canvas.userSelect(List.of());
        }
    }
}
