// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import org.eclipse.swt.widgets.Event;

import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;

/** The flow tool: a drag from one node to another creates a flow between them. */
final class ConnectionTool implements Tool {

    private final DiagramCanvas canvas;

    ConnectionTool(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    public DragTracker press(Event e, DiagramLayout.Point at) {
        String hit = canvas.hit(e.x, e.y);
        return canvas.content().node(hit) != null && canvas.edits() != null ? new Band(canvas, hit, at) : null;
    }

    /** The rubber band from the source node's centre to the mouse. */
    private static final class Band extends PointerTracker {
        private final String source;

        Band(DiagramCanvas canvas, String source, DiagramLayout.Point start) {
            super(canvas, start);
            this.source = source;
        }

        @Override
        void released(Event e) {
            String hit = canvas.hit(e.x, e.y);
            if (canvas.content().node(hit) != null && !hit.equals(source)) {
                canvas.edits().connect(source, hit);
            }
        }

        @Override
        public DiagramPainter.Overlay overlay() {
            Box b = canvas.content().layout().nodes().get(source);
            return b == null ? null : new DiagramPainter.Overlay(false, b.centre(), now);
        }
    }
}
