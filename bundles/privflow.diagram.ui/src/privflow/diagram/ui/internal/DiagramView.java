// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.nio.file.Path;
import java.util.EventObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import privflow.ui.editor.EditorFollower;
import privflow.ui.editor.ModelEditor;
import privflow.ui.editor.SelectionRelay;

/**
 * The data-flow diagram of the model in the active privflow editor, beside it: the same diagram
 * and editing as the editor's Diagram page ({@link DiagramPane}), on the editor's command stack
 * (one undo history with the tree, one dirty mark, Ctrl+S here saves the model). Its selection
 * feeds the Properties view and the editor's tree and Outline.
 */
public final class DiagramView extends ViewPart implements ISaveablePart {

    /** The view's id. */
    public static final String ID = "privflow.diagram.ui.view"; //$NON-NLS-1$

    private DiagramPane pane;
    private EditorFollower follower;
    /** The diagram's selection as model elements, for the Properties view and other selection listeners. */
    private final SelectionRelay selectionProvider = new SelectionRelay();
    private Action undo;
    private Action redo;
    private CommandStack watchedStack;
    private final CommandStackListener stackListener = this::stackChanged;

    /** @return the diagram this view shows */
    DiagramPane pane() {
        return pane;
    }

    @Override
    public void createPartControl(Composite parent) {
        pane = new DiagramPane(parent, this::setContentDescription);
        pane.onSelection(elements -> selectionProvider.relay(new StructuredSelection(elements)));
        getSite().setSelectionProvider(selectionProvider);
        globalActions(getViewSite().getActionBars());
        getSite().getService(IContextService.class).activateContext(DiagramHandler.CONTEXT);
        follower = new EditorFollower(getSite().getPage(), this::follow);
        follower.followActive();
    }

    private void follow() {
        pane.setEditor(follower.editor());
        watchStack();
        updateActions();
        firePropertyChange(PROP_DIRTY);
    }

    private void globalActions(IActionBars bars) {
        undo = DiagramPane.action("", () -> stack().undo()); //$NON-NLS-1$
        redo = DiagramPane.action("", () -> stack().redo()); //$NON-NLS-1$
        DiagramCanvas canvas = pane.canvas();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), DiagramPane.action("", canvas::notifyDelete)); //$NON-NLS-1$
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), DiagramPane.action("", canvas::selectAll)); //$NON-NLS-1$
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), DiagramPane.action("", canvas::renameSelected)); //$NON-NLS-1$
        bars.updateActionBars();
        updateActions();
    }

    private CommandStack stack() {
        return editor().getEditingDomain().getCommandStack();
    }

    private void stackChanged(EventObject event) {
        updateActions();
        firePropertyChange(PROP_DIRTY);
    }

    private void updateActions() {
        CommandStack stack = editor() == null ? null : stack();
        Command next = stack == null ? null : stack.getUndoCommand();
        undo.setEnabled(stack != null && stack.canUndo());
        undo.setText(NLS.bind(Messages.Diagram_Undo, next == null ? "" : next.getLabel())); //$NON-NLS-1$
        Command again = stack == null ? null : stack.getRedoCommand();
        redo.setEnabled(stack != null && stack.canRedo());
        redo.setText(NLS.bind(Messages.Diagram_Redo, again == null ? "" : again.getLabel())); //$NON-NLS-1$
    }

    private void watchStack() {
        CommandStack stack = editor() == null ? null : stack();
        if (stack != watchedStack) {
            if (watchedStack != null) {
                watchedStack.removeCommandStackListener(stackListener);
            }
            watchedStack = stack;
            if (watchedStack != null) {
                watchedStack.addCommandStackListener(stackListener);
            }
        }
    }

    /** Shows the diagram of {@code newEditor}'s model, or nothing. */
    public void setEditor(ModelEditor newEditor) {
        follower.follow(newEditor);
    }

    /** @return the editor whose model the view shows, or {@code null} */
    public ModelEditor editor() {
        return pane == null ? null : pane.editor();
    }

    /** Forgets every position: ELK lays the diagram out again (undoable). */
    public void autoLayout() {
        pane.autoLayout();
    }

    /** @return the canvas, for tests */
    public DiagramCanvas canvas() {
        return pane.canvas();
    }

    /** Writes the diagram shown to {@code file} as SVG or PNG (drawn by the canvas's own painter, at twice the size). */
    public IStatus export(Path file, String format) {
        return pane.export(file, format);
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class && editor() != null) {
            return type.cast(editor().newPropertySheetPage());
        }
        return super.getAdapter(type);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (editor() != null) {
            editor().doSave(monitor);
        }
    }

    @Override
    public void doSaveAs() {
        // the model is saved where it was opened, as by its editor
    }

    @Override
    public boolean isDirty() {
        return editor() != null && editor().isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return false; // the editor asks when it closes
    }

    @Override
    public void setFocus() {
        pane.canvas().setFocus();
    }

    @Override
    public void dispose() {
        follower.dispose();
        if (watchedStack != null) {
            watchedStack.removeCommandStackListener(stackListener);
        }
        super.dispose();
    }
}
