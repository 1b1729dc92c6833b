// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import org.eclipse.swt.widgets.Event;

import privflow.diagram.Area;
import privflow.diagram.DiagramLayout;

/** Follows one drag on the diagram canvas, from the press to the release of a mouse button. */
interface DragTracker {

    /** The mouse moved to canvas pixel {@code (e.x, e.y)}, the drawing's point {@code at}. */
    void drag(Event e, DiagramLayout.Point at);

    /** The button was released at {@code at}: the tracker does what the drag asked for. */
    void release(Event e, DiagramLayout.Point at);

    /** @return the marquee or rubber band to draw over the diagram, in drawing coordinates, or {@code null} */
    default DiagramPainter.Overlay overlay() {
        return null;
    }

    /** @return the drawing's area that {@link #overlay()} covers, or {@code null} */
    default Area overlayArea() {
        DiagramPainter.Overlay o = overlay();
        return o == null ? null : Area.of(o.from(), o.to()).grow(o.marquee() ? 2 : 12);
    }
}
