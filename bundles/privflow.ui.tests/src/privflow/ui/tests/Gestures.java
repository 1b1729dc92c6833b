// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

import privflow.diagram.DiagramLayout;
import privflow.diagram.ui.internal.DiagramCanvas;

/** Mouse gestures on a diagram canvas, as SWT events at diagram coordinates. */
final class Gestures {

    private Gestures() {
    }

    /** Presses and releases the first button at {@code at}. */
    static void click(DiagramCanvas canvas, DiagramLayout.Point at, int modifiers) {
        mouse(canvas, SWT.MouseDown, at, modifiers);
        mouse(canvas, SWT.MouseUp, at, modifiers);
    }

    /** Drags with the first button from {@code from} to {@code to} in four moves. */
    static void drag(DiagramCanvas canvas, DiagramLayout.Point from, DiagramLayout.Point to, int modifiers) {
        mouse(canvas, SWT.MouseDown, from, modifiers);
        for (int step = 1; step <= 4; step++) {
            mouse(canvas, SWT.MouseMove,
                    new DiagramLayout.Point(from.x() + (to.x() - from.x()) * step / 4, from.y() + (to.y() - from.y()) * step / 4),
                    modifiers | SWT.BUTTON1);
        }
        mouse(canvas, SWT.MouseUp, to, modifiers);
    }

    /** Sends one mouse event of {@code type} at {@code at}. */
    static void mouse(DiagramCanvas canvas, int type, DiagramLayout.Point at, int modifiers) {
        Point p = canvas.toCanvas(at);
        Event e = new Event();
        e.x = p.x;
        e.y = p.y;
        e.button = type == SWT.MouseMove ? 0 : 1;
        e.stateMask = modifiers;
        canvas.notifyListeners(type, e);
    }
}
