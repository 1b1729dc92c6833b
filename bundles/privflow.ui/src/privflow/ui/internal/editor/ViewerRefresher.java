// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * Keeps a viewer of the model current by refreshing only the elements the item providers name,
 * once per burst of changes: a changed label updates one item, a changed list its parent's
 * children. (A full refresh of a tree of tens of thousands of items takes seconds.)
 */
final class ViewerRefresher implements INotifyChangedListener {

    private final StructuredViewer viewer;
    private final Map<Object, Boolean> pending = new LinkedHashMap<>();

    ViewerRefresher(StructuredViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        Object element = notification instanceof ViewerNotification v ? v.getElement() : notification.getNotifier();
        boolean content = !(notification instanceof ViewerNotification v) || v.isContentRefresh();
        synchronized (pending) {
            boolean first = pending.isEmpty();
            pending.merge(element == null ? viewer.getInput() : element, content, Boolean::logicalOr);
            if (first) {
                viewer.getControl().getDisplay().asyncExec(this::flush);
            }
        }
    }

    /** Applies the pending refreshes now. */
    void flush() {
        Map<Object, Boolean> elements;
        synchronized (pending) {
            elements = new LinkedHashMap<>(pending);
            pending.clear();
        }
        if (viewer.getControl().isDisposed()) {
            return;
        }
        for (var entry : elements.entrySet()) {
            if (entry.getKey() == viewer.getInput()) {
                viewer.refresh();
            } else if (entry.getValue()) {
                viewer.refresh(entry.getKey(), true);
            } else {
                viewer.update(entry.getKey(), null);
            }
        }
    }
}
