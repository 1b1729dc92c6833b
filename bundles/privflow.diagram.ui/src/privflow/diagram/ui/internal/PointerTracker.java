// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import org.eclipse.swt.widgets.Event;

import privflow.diagram.DiagramLayout;

/** A tracker that follows the mouse from the point where the drag started to where it is now. */
abstract class PointerTracker implements DragTracker {

    final DiagramCanvas canvas;
    final DiagramLayout.Point start;
    DiagramLayout.Point now;

    PointerTracker(DiagramCanvas canvas, DiagramLayout.Point start) {
        this.canvas = canvas;
        this.start = start;
        this.now = start;
    }

    @Override
    public final void drag(Event e, DiagramLayout.Point at) {
        now = at;
        moved();
    }

    @Override
    public final void release(Event e, DiagramLayout.Point at) {
        now = at;
        released(e);
    }

    /** The mouse moved to {@link #now}. */
    void moved() {
        // most trackers only draw their overlay
    }

    /** The button was released at {@link #now} (canvas pixel {@code (e.x, e.y)}). */
    abstract void released(Event e);
}
