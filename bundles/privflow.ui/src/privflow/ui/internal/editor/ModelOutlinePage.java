// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline of a privflow editor: the model's tree, its selection synchronised with the editor's. */
final class ModelOutlinePage extends ContentOutlinePage {

    private final PrivflowEditor editor;
    private final ComposedAdapterFactory adapterFactory;
    private LazyModelContentProvider lazy;
    private final Runnable connector = this::connect;
    private ISelectionChangedListener fromEditor;
    private ViewerRefresher refresher;
    private boolean syncing;

    ModelOutlinePage(PrivflowEditor editor, ComposedAdapterFactory adapterFactory) {
        this.editor = editor;
        this.adapterFactory = adapterFactory;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer tree = getTreeViewer();
        tree.setUseHashlookup(true);
        lazy = new LazyModelContentProvider(adapterFactory, tree);
        tree.setContentProvider(lazy);
        tree.setLabelProvider(new ModelLabelProvider(adapterFactory));
        refresher = new ViewerRefresher(tree);
        adapterFactory.addListener(refresher);
        editor.addAnalysisListener(connector);
        addSelectionChangedListener(event -> sync(() -> {
            if (editor.viewer() != null) {
                editor.viewer().setSelection(event.getSelection(), true);
            }
        }));
        connect();
    }

    /** Shows the model once the editor has loaded it, and follows the editor's selection. */
    private void connect() {
        TreeViewer tree = getTreeViewer();
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        if (tree.getInput() == null && editor.model() != null) {
            tree.setInput(editor.model().eResource());
            PrivflowEditor.expandSmall(tree, editor.model());
        }
        if (fromEditor == null && editor.viewer() != null) {
            fromEditor = event -> sync(() -> follow(tree, event.getSelection()));
            editor.viewer().addSelectionChangedListener(fromEditor);
        }
    }

    /** Selects what the editor selected, making only the items on the way to it. */
    private void follow(TreeViewer tree, org.eclipse.jface.viewers.ISelection selection) {
        if (selection instanceof org.eclipse.jface.viewers.IStructuredSelection structured) {
            lazy.select(structured.toList());
        } else {
            tree.setSelection(selection, false);
        }
    }

    /** A virtual tree: the outline of a large model makes only the items in sight. */
    @Override
    protected int getTreeStyle() {
        return super.getTreeStyle() | org.eclipse.swt.SWT.VIRTUAL;
    }

    private void sync(Runnable change) {
        if (!syncing) {
            syncing = true;
            try {
                change.run();
            } finally {
                syncing = false;
            }
        }
    }

    @Override
    public void dispose() {
        editor.removeAnalysisListener(connector);
        if (refresher != null) {
            adapterFactory.removeListener(refresher);
        }
        if (editor.viewer() != null && fromEditor != null) {
            editor.viewer().removeSelectionChangedListener(fromEditor);
        }
        getTreeViewer().getLabelProvider().dispose();
        super.dispose();
    }
}
