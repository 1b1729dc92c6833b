// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The model as a virtual tree (SWT.VIRTUAL), for models too large to build every item of: items
 * are made only when they come into sight or are revealed. The children of an element are worked
 * out once and kept until the element changes. {@link #reveal} makes the items on the way to an
 * element only, where JFace's own reveal would make every sibling of each.
 */
final class LazyModelContentProvider implements ILazyTreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = new Object[0];

    private final ComposedAdapterFactory adapterFactory;
    private final TreeViewer viewer;
    private final Map<Object, Object[]> children = new IdentityHashMap<>();

    LazyModelContentProvider(ComposedAdapterFactory adapterFactory, TreeViewer viewer) {
        this.adapterFactory = adapterFactory;
        this.viewer = viewer;
        adapterFactory.addListener(this);
    }

    @Override
    public void updateElement(Object parent, int index) {
        Object[] siblings = children(parent);
        if (index < siblings.length) {
            Object child = siblings[index];
            viewer.replace(parent, index, child);
            viewer.setChildCount(child, children(child).length);
        }
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = children(element).length;
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = provider(element);
        Object parent = provider == null ? null : provider.getParent(element);
        return parent instanceof Resource || parent == null ? viewer.getInput() : parent;
    }

    /** @return the children of {@code element}, as the item providers structure them (the input's: its resource's contents) */
    Object[] children(Object element) {
        return children.computeIfAbsent(element, e -> {
            if (e instanceof Resource resource) {
                return resource.getContents().toArray();
            }
            ITreeItemContentProvider provider = provider(e);
            return provider == null ? NONE : provider.getChildren(e).toArray();
        });
    }

    /** Selects {@code elements} and scrolls to the first, making only the items on the way to them. */
    void select(java.util.Collection<?> elements) {
        TreeItem first = null;
        for (Object element : elements) {
            TreeItem item = reveal(element);
            first = first == null ? item : first;
        }
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(elements.toArray()), false);
        if (first != null) {
            viewer.getTree().showItem(first);
        }
    }

    /**
     * Makes the items on the way to {@code element} (and no others) and expands their parents.
     *
     * @return the element's item, or {@code null} if it is not in the tree
     */
    TreeItem reveal(Object element) {
        if (element == viewer.getInput()) {
            return null;
        }
        Object parent = getParent(element);
        Object[] siblings = children(parent);
        int index = indexOf(siblings, element);
        if (index < 0) {
            return null;
        }
        TreeItem item;
        if (parent == viewer.getInput()) {
            Tree tree = viewer.getTree();
            if (tree.getItemCount() != siblings.length) {
                viewer.setChildCount(parent, siblings.length);
            }
            item = tree.getItem(index);
        } else {
            TreeItem parentItem = reveal(parent);
            if (parentItem == null) {
                return null;
            }
            if (parentItem.getItemCount() != siblings.length) {
                viewer.setChildCount(parent, siblings.length);
            }
            parentItem.setExpanded(true);
            item = parentItem.getItem(index);
        }
        if (item.getData() != element) {
            updateElement(parent, index);
        }
        return item;
    }

    private static int indexOf(Object[] elements, Object element) {
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == element) {
                return i;
            }
        }
        return -1;
    }

    /** Forgets the children of what changed (its item provider names it), before the viewer refreshes it. */
    @Override
    public void notifyChanged(Notification notification) {
        Object element = notification instanceof org.eclipse.emf.edit.provider.ViewerNotification v
                ? v.getElement()
                : notification.getNotifier();
        if (element == null || element instanceof Resource) {
            children.clear();
        } else {
            children.remove(element);
            if (element instanceof org.eclipse.emf.ecore.EObject e && e.eContainer() == null) {
                children.remove(viewer.getInput());
            }
        }
    }

    private ITreeItemContentProvider provider(Object element) {
        return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
    }

    @Override
    public void dispose() {
        adapterFactory.removeListener(this);
        children.clear();
    }
}
