// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * The editor's selection: its tree's, also when a program sets it (a click in the diagram page, a
 * marker, an undone command). A tree reports such changes only as plain selection changes, but the
 * Properties view listens for post-selection changes, so every change is passed on as both.
 */
final class EditorSelection implements IPostSelectionProvider {

    private StructuredViewer viewer;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();

    /**
     * Takes the selection of {@code tree} from now on. The editor sets itself up with this provider
     * before its model is loaded: the workbench listens to the provider a part has when it is
     * activated, and would not hear of one set later.
     */
    void setViewer(StructuredViewer tree) {
        this.viewer = tree;
        tree.addSelectionChangedListener(this::changed);
    }

    private void changed(SelectionChangedEvent event) {
        SelectionChangedEvent forwarded = new SelectionChangedEvent(this, event.getSelection());
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(forwarded);
        }
        for (ISelectionChangedListener l : postListeners) {
            l.selectionChanged(forwarded);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.add(listener);
    }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return viewer == null ? StructuredSelection.EMPTY : viewer.getSelection();
    }

    @Override
    public void setSelection(ISelection selection) {
        if (viewer != null) {
            viewer.setSelection(selection, true);
        }
    }
}
