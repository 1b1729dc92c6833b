// SPDX-License-Identifier: EPL-2.0
package privflow.ui.editor;

import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A page of the model editor beside its tree (such as the data-flow diagram), contributed through
 * the extension point {@code privflow.ui.editorPages}. A page edits the editor's model on the
 * editor's command stack, so undo, redo, the dirty mark and saving are shared with the tree.
 */
public interface EditorPage {

    /** Creates the page's control for {@code editor}, whose model is loaded. */
    Control createControl(Composite parent, ModelEditor editor);

    /** Gives the page the keyboard focus. */
    void setFocus();

    /**
     * @return the page's own handler of a global action (such as {@code ActionFactory.DELETE}) while
     *         it is the visible page, or {@code null} to keep the tree's
     */
    IAction globalAction(String id);

    /**
     * @return the id of the key-binding context (an {@code org.eclipse.ui.contexts} extension) that
     *         is active while the page shows, or {@code null} for none
     */
    default String contextId() {
        return null;
    }

    /** Releases what the page holds. */
    void dispose();
}
