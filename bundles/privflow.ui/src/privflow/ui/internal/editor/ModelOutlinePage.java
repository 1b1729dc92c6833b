// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline of a privflow editor: the model's tree, its selection synchronised with the editor's. */
final class ModelOutlinePage extends ContentOutlinePage {

    private final PrivflowEditor editor;
    private final AdapterFactory adapterFactory;
    private ISelectionChangedListener fromEditor;
    private boolean syncing;
    private final Runnable refresher = this::refresh;

    ModelOutlinePage(PrivflowEditor editor, AdapterFactory adapterFactory) {
        this.editor = editor;
        this.adapterFactory = adapterFactory;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer tree = getTreeViewer();
        tree.setContentProvider(new ModelContentProvider(adapterFactory));
        tree.setLabelProvider(new ModelLabelProvider(adapterFactory));
        tree.setInput(editor.model().eResource());
        tree.expandToLevel(2);
        editor.addAnalysisListener(refresher);
        fromEditor = event -> sync(() -> tree.setSelection(event.getSelection(), true));
        if (editor.viewer() != null) {
            editor.viewer().addSelectionChangedListener(fromEditor);
        }
        addSelectionChangedListener(event -> sync(() -> {
            if (editor.viewer() != null) {
                editor.viewer().setSelection(event.getSelection(), true);
            }
        }));
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

    private void refresh() {
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            getTreeViewer().refresh();
        }
    }

    @Override
    public void dispose() {
        editor.removeAnalysisListener(refresher);
        if (editor.viewer() != null && fromEditor != null) {
            editor.viewer().removeSelectionChangedListener(fromEditor);
        }
        getTreeViewer().getLabelProvider().dispose();
        super.dispose();
    }
}
