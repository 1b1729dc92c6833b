// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

import privflow.diagram.Area;
import privflow.diagram.DiagramLayout;

/** Selects the nodes a dragged rectangle touches and the flows it encloses (Ctrl or Shift adds to the selection). */
final class MarqueeTracker extends PointerTracker {

    MarqueeTracker(DiagramCanvas canvas, DiagramLayout.Point start) {
        super(canvas, start);
    }

    @Override
    void released(Event e) {
        Area r = Area.of(start, now);
        DiagramContent content = canvas.content();
        Set<String> next = new LinkedHashSet<>((e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0 ? canvas.selection() : List.of());
        content.layout().nodes().forEach((id, b) -> {
            if (content.visible(id) && r.intersects(b)) {
                next.add(id);
            }
        });
        content.layout().edges().forEach((id, route) -> {
            if (content.visible(id) && r.contains(Area.around(route))) {
                next.add(id);
            }
        });
        canvas.userSelect(next);
    }

    @Override
    public DiagramPainter.Overlay overlay() {
        return new DiagramPainter.Overlay(true, start, now);
    }
}
