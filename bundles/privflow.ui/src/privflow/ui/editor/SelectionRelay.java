// SPDX-License-Identifier: EPL-2.0
package privflow.ui.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * A part's selection provider that tells its listeners of every change both as a selection and
 * as a post-selection change, also when a program made the change: the Properties view listens
 * only for post-selection changes, which a viewer reports only for the user's own clicks.
 */
public class SelectionRelay implements IPostSelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    /** Makes {@code newSelection} the selection and tells the listeners, unless nothing changed. */
    public void relay(ISelection newSelection) {
        if (newSelection.equals(selection)) {
            return;
        }
        selection = newSelection;
        SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(event);
        }
        for (ISelectionChangedListener l : postListeners) {
            l.selectionChanged(event);
        }
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    /** Does nothing: the part's own control holds the selection and relays it. Subclasses may pass it on to the control. */
    @Override
    public void setSelection(ISelection newSelection) {
        // the selection is the user's, made in the part's control
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
}
