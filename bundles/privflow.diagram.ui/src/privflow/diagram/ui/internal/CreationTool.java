// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import org.eclipse.swt.widgets.Event;

import privflow.diagram.DiagramLayout;

/** A node tool: a click creates the palette entry's node there, then the canvas goes back to the select tool. */
final class CreationTool implements Tool {

    private final DiagramCanvas canvas;
    private final PaletteEntry entry;

    CreationTool(DiagramCanvas canvas, PaletteEntry entry) {
        this.canvas = canvas;
        this.entry = entry;
    }

    @Override
    public DragTracker press(Event e, DiagramLayout.Point at) {
        if (canvas.edits() != null) {
            canvas.edits().create(entry, at);
        }
        canvas.backToSelect();
        return null;
    }
}
