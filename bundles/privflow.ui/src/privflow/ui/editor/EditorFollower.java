// SPDX-License-Identifier: EPL-2.0
package privflow.ui.editor;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Follows the privflow editor a view shows: the active one (until it closes), and every change of
 * its model. Views such as the Transfer Review and the Data-Flow Diagram refresh through it.
 */
public final class EditorFollower {

    private final IWorkbenchPage page;
    private final Runnable onChange;
    private ModelEditor editor;

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof ModelEditor e) {
                follow(e);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                follow(null);
            }
        }
    };

    /**
     * Follows the privflow editors activated on {@code page} from now on; {@code onChange} runs on
     * every switch and model change. Call {@link #followActive()} to start with the active one.
     */
    public EditorFollower(IWorkbenchPage page, Runnable onChange) {
        this.page = page;
        this.onChange = onChange;
        page.addPartListener(partListener);
    }

    /** Follows the page's active editor, if it is a privflow editor (else none). */
    public void followActive() {
        follow(page.getActiveEditor() instanceof ModelEditor e ? e : null);
    }

    /** @return the editor followed, or {@code null} */
    public ModelEditor editor() {
        return editor;
    }

    /** Follows {@code newEditor} (or none) from now on. */
    public void follow(ModelEditor newEditor) {
        if (editor == newEditor) {
            return;
        }
        if (editor != null) {
            editor.removeAnalysisListener(onChange);
        }
        editor = newEditor;
        if (editor != null) {
            editor.addAnalysisListener(onChange);
        }
        onChange.run();
    }

    /** Stops following. */
    public void dispose() {
        page.removePartListener(partListener);
        if (editor != null) {
            editor.removeAnalysisListener(onChange);
            editor = null;
        }
    }
}
