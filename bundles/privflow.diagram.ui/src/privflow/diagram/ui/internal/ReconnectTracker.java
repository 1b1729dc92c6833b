// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.List;

import org.eclipse.swt.widgets.Event;

import privflow.diagram.DiagramLayout;

/** Moves one end of the selected flow to the node where the user drops its handle. */
final class ReconnectTracker extends PointerTracker {

    private final String edge;
    private final boolean source;

    /** @param source whether the source end is moved (else the target end) */
    ReconnectTracker(DiagramCanvas canvas, String edge, boolean source, DiagramLayout.Point start) {
        super(canvas, start);
        this.edge = edge;
        this.source = source;
    }

    @Override
    void released(Event e) {
        String hit = canvas.hit(e.x, e.y);
        if (canvas.content().node(hit) != null) {
            canvas.edits().reconnect(edge, source, hit);
        }
    }

    @Override
    public DiagramPainter.Overlay overlay() {
        List<DiagramLayout.Point> route = canvas.content().layout().edges().get(edge);
        if (route == null) {
            return null;
        }
        DiagramLayout.Point fixed = source ? route.get(route.size() - 1) : route.get(0);
        return new DiagramPainter.Overlay(false, fixed, now);
    }
}
