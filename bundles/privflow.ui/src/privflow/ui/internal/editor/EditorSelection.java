// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredViewer;
import privflow.ui.editor.SelectionRelay;

/**
 * The editor's selection: its tree's, also when a program sets it (a click in the diagram page, a
 * marker, an undone command), relayed as both a selection and a post-selection change.
 */
final class EditorSelection extends SelectionRelay {

    private StructuredViewer viewer;

    /**
     * Takes the selection of {@code tree} from now on. The editor sets itself up with this provider
     * before its model is loaded: the workbench listens to the provider a part has when it is
     * activated, and would not hear of one set later.
     */
    void setViewer(StructuredViewer tree) {
        this.viewer = tree;
        tree.addSelectionChangedListener(event -> relay(event.getSelection()));
    }

    @Override
    public void setSelection(ISelection selection) {
        if (viewer != null) {
            viewer.setSelection(selection, true);
        }
    }
}
