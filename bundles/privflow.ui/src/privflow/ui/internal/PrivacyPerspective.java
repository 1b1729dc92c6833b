// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The privacy engineer's perspective: the Project Explorer on the left, the model editor in the
 * middle, the Outline on the right, and the Problems, Properties, Transfer Review and Data-Flow Diagram views below.
 */
public class PrivacyPerspective implements IPerspectiveFactory {

    /** The id of this perspective, as declared in plugin.xml. */
    public static final String ID = "privflow.ui.perspective"; //$NON-NLS-1$

    /** The data-flow diagram view, contributed by privflow.diagram.ui. */
    private static final String DIAGRAM_VIEW = "privflow.diagram.ui.view"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editorArea);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editorArea);
        IFolderLayout bottom = layout.createFolder("privflow.ui.bottom", IPageLayout.BOTTOM, 0.68f, editorArea); //$NON-NLS-1$
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(privflow.ui.internal.review.TransferReviewView.ID);
        bottom.addView(DIAGRAM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(privflow.ui.internal.review.TransferReviewView.ID);
        layout.addShowViewShortcut(DIAGRAM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addNewWizardShortcut("privflow.ui.newProject"); //$NON-NLS-1$
        layout.addNewWizardShortcut("privflow.ui.newModel"); //$NON-NLS-1$
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project"); //$NON-NLS-1$
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder"); //$NON-NLS-1$
    }
}
