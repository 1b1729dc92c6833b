// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Text;

import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;

/** A text field over a node to rename it: Enter or leaving it renames, Escape cancels. */
final class InPlaceRename {

    private final DiagramCanvas canvas;
    private Text field;

    InPlaceRename(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    /** Opens the field over node {@code id}. */
    void open(String id) {
        Box b = canvas.content().layout() == null ? null : canvas.content().layout().nodes().get(id);
        if (b == null || canvas.edits() == null) {
            return;
        }
        finish(false);
        canvas.reveal(id);
        double zoom = canvas.zoom();
        Point topLeft = canvas.toCanvas(new DiagramLayout.Point(b.x(), b.y()));
        Text text = new Text(canvas, SWT.BORDER | SWT.SINGLE | SWT.CENTER);
        text.setData(id);
        text.setText(canvas.content().node(id).label());
        int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        text.setBounds(topLeft.x, topLeft.y + (int) (b.height() * zoom - height) / 2, (int) Math.max(b.width() * zoom, 120), height);
        text.selectAll();
        text.addListener(SWT.DefaultSelection, e -> finish(true));
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                finish(false);
            }
        });
        text.addListener(SWT.FocusOut, e -> canvas.getDisplay().asyncExec(() -> finish(true)));
        field = text;
        text.setFocus();
    }

    /** @return the open field, or {@code null} */
    Text field() {
        return field;
    }

    /** Closes the field, renaming the node if {@code commit} and the name changed. */
    void finish(boolean commit) {
        Text text = field;
        field = null;
        if (text == null || text.isDisposed()) {
            return;
        }
        String id = (String) text.getData();
        String name = text.getText().strip();
        text.dispose();
        if (!canvas.isDisposed()) {
            canvas.setFocus();
        }
        Diagram.Node node = canvas.content().node(id);
        if (commit && node != null && !name.isEmpty() && !name.equals(node.label())) {
            canvas.edits().rename(id, name);
        }
    }
}
