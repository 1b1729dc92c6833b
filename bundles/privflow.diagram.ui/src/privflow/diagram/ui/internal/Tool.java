// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import org.eclipse.swt.widgets.Event;

import privflow.diagram.DiagramLayout;

/** A palette tool of the diagram canvas: what pressing the first mouse button does. */
interface Tool {

    /**
     * The first mouse button went down at canvas pixel {@code (e.x, e.y)}, the drawing's point
     * {@code at}.
     *
     * @return the tracker that follows the drag starting here, or {@code null} if none does
     */
    DragTracker press(Event e, DiagramLayout.Point at);
}
