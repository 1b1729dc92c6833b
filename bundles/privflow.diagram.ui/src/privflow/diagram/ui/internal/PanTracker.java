// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

import privflow.diagram.DiagramLayout;

/** Scrolls the diagram with the mouse while the middle button is held. */
final class PanTracker implements DragTracker {

    private final DiagramCanvas canvas;
    private final Point start;
    private final Point origin;

    PanTracker(DiagramCanvas canvas, Event press) {
        this.canvas = canvas;
        this.start = new Point(press.x, press.y);
        this.origin = canvas.viewport().offset();
    }

    @Override
    public void drag(Event e, DiagramLayout.Point at) {
        canvas.viewport().scrollTo(origin.x - (e.x - start.x), origin.y - (e.y - start.y));
        canvas.redraw();
    }

    @Override
    public void release(Event e, DiagramLayout.Point at) {
        // the scrolling is done
    }
}
