// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import privflow.ui.internal.Messages;
import privflow.ui.editor.EditorPage;

/**
 * Undo, redo, cut, copy, paste and delete for the editor, as EMF commands on its command stack.
 * Delete removes references to the deleted elements too; pasted copies get new ids.
 */
final class EditActions {

    private final EditingDomain domain;
    private final StructuredViewer viewer;
    private final List<SelectionAction> actions;
    private final Action undo;
    private final Action redo;

    EditActions(EditingDomain domain, StructuredViewer viewer) {
        this.domain = domain;
        this.viewer = viewer;
        undo = new Action(Messages.Editor_Undo) {
            @Override
            public void run() {
                domain.getCommandStack().undo();
            }
        };
        redo = new Action(Messages.Editor_Redo) {
            @Override
            public void run() {
                domain.getCommandStack().redo();
            }
        };
        actions = List.of(
                new SelectionAction(ActionFactory.CUT, Messages.Editor_Cut, ISharedImages.IMG_TOOL_CUT,
                        s -> CutToClipboardCommand.create(domain, s)),
                new SelectionAction(ActionFactory.COPY, Messages.Editor_Copy, ISharedImages.IMG_TOOL_COPY,
                        s -> CopyToClipboardCommand.create(domain, s)),
                new SelectionAction(ActionFactory.PASTE, Messages.Editor_Paste, ISharedImages.IMG_TOOL_PASTE,
                        s -> s.size() == 1 ? PasteFromClipboardCommand.create(domain, s.get(0), null) : null),
                new SelectionAction(ActionFactory.DELETE, Messages.Editor_Delete, ISharedImages.IMG_TOOL_DELETE,
                        s -> s.isEmpty() ? null : DeleteCommand.create(domain, s)));
        viewer.addSelectionChangedListener(e -> update());
        update();
    }

    /** An action whose command depends on the selection. */
    private final class SelectionAction extends Action {
        private final java.util.function.Function<List<?>, Command> factory;

        SelectionAction(ActionFactory id, String label, String image,
                java.util.function.Function<List<?>, Command> factory) {
            super(label);
            this.factory = factory;
            setId(id.getId());
            setActionDefinitionId(id.getCommandId());
            setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        }

        private Command command() {
            return factory.apply(viewer.getStructuredSelection().toList());
        }

        void update() {
            Command command = command();
            setEnabled(command != null && command.canExecute());
        }

        @Override
        public void run() {
            Command command = command();
            if (command != null && command.canExecute()) {
                domain.getCommandStack().execute(command);
            }
        }
    }

    /** Enables what the selection and the command stack allow; labels undo and redo with the command. */
    void update() {
        for (SelectionAction action : actions) {
            action.update();
        }
        Command toUndo = domain.getCommandStack().getUndoCommand();
        Command toRedo = domain.getCommandStack().getRedoCommand();
        undo.setEnabled(domain.getCommandStack().canUndo());
        redo.setEnabled(domain.getCommandStack().canRedo());
        undo.setText(toUndo == null || toUndo.getLabel() == null
                ? Messages.Editor_Undo
                : org.eclipse.osgi.util.NLS.bind(Messages.Editor_UndoCommand, toUndo.getLabel()));
        redo.setText(toRedo == null || toRedo.getLabel() == null
                ? Messages.Editor_Redo
                : org.eclipse.osgi.util.NLS.bind(Messages.Editor_RedoCommand, toRedo.getLabel()));
    }

    void contributeTo(IActionBars bars) {
        contributeTo(bars, null);
    }

    /** Sets undo and redo on {@code bars} (of another part that edits this editor's model, such as the Properties view). */
    void shareUndoRedo(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    /** Sets the editor's handlers, or where {@code page} (the visible page, or {@code null} for the tree) has its own, the page's. */
    void contributeTo(IActionBars bars, EditorPage page) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        for (SelectionAction action : actions) {
            IAction own = page == null ? null : page.globalAction(action.getId());
            bars.setGlobalActionHandler(action.getId(), own != null ? own : action);
        }
        for (ActionFactory extra : List.of(ActionFactory.SELECT_ALL, ActionFactory.RENAME)) {
            bars.setGlobalActionHandler(extra.getId(), page == null ? null : page.globalAction(extra.getId()));
        }
        bars.updateActionBars();
    }

    void fill(IMenuManager menu) {
        update();
        menu.add(undo);
        menu.add(redo);
        for (SelectionAction action : actions) {
            menu.add(action);
        }
    }
}
