// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.ui.menus.IMenuService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.actions.ActionFactory;

import privflow.ui.editor.EditorPage;
import privflow.ui.editor.ModelEditor;

/**
 * The model editor's Diagram page: the data-flow diagram of the editor's model, edited on the
 * editor's command stack, with the zoom, filter, auto-layout and export actions in a tool bar of
 * its own. Delete, Select All and Rename act on the diagram while the page shows.
 */
public final class DiagramPage implements EditorPage {

    /** The page's id in the {@code privflow.ui.editorPages} extension. */
    public static final String ID = "privflow.diagram.ui.page"; //$NON-NLS-1$

    private DiagramPane pane;
    private ToolBarManager toolbar;
    private IMenuService menus;

    /** Where plugin.xml contributes the page's tool bar (zoom, transfers only, auto-layout, exports). */
    static final String TOOLBAR = "toolbar:privflow.diagram.ui.page"; //$NON-NLS-1$

    @Override
    public Control createControl(Composite parent, ModelEditor editor) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(page);
        Composite top = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 0).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        Label note = new Label(top, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(note);
        toolbar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        toolbar.createControl(top);
        pane = new DiagramPane(page, text -> {
            note.setText(text);
            note.setToolTipText(text);
            top.layout(true);
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(pane.control());
        menus = editor.getSite().getService(IMenuService.class);
        menus.populateContributionManager(toolbar, TOOLBAR);
        toolbar.update(true);
        top.layout(true);
        pane.setEditor(editor);
        return page;
    }

    @Override
    public void setFocus() {
        pane.canvas().setFocus();
        for (IContributionItem item : toolbar.getItems()) {
            item.update();
        }
    }

    @Override
    public String contextId() {
        return DiagramHandler.CONTEXT;
    }

    @Override
    public IAction globalAction(String id) {
        DiagramCanvas canvas = pane.canvas();
        if (ActionFactory.DELETE.getId().equals(id)) {
            return DiagramPane.action("", canvas::notifyDelete); //$NON-NLS-1$
        }
        if (ActionFactory.SELECT_ALL.getId().equals(id)) {
            return DiagramPane.action("", canvas::selectAll); //$NON-NLS-1$
        }
        if (ActionFactory.RENAME.getId().equals(id)) {
            return DiagramPane.action("", canvas::renameSelected); //$NON-NLS-1$
        }
        return null;
    }

    /** @return the diagram this page shows */
    DiagramPane pane() {
        return pane;
    }

    /** @return the canvas, for tests */
    public DiagramCanvas canvas() {
        return pane.canvas();
    }

    @Override
    public void dispose() {
        if (toolbar != null) {
            if (menus != null) {
                menus.releaseContributions(toolbar);
            }
            toolbar.dispose();
        }
    }
}
