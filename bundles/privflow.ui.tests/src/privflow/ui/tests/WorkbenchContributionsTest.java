// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import privflow.ui.internal.PrivacyPerspective;

/** Starts the privflow IDE workbench and checks what privflow contributes to it. */
@ExtendWith(WorkspaceLog.Empty.class)
class WorkbenchContributionsTest {

    @Test
    void productIsPrivflowIde() {
        assertNotNull(Platform.getProduct(), "the tests run the privflow IDE product");
        assertEquals("privflow IDE", Platform.getProduct().getName());
    }

    @Test
    void theFirstWindowOpensMaximised() {
        MWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(MWindow.class);
        assertTrue(window.getTags().contains(IPresentationEngine.WINDOW_MAXIMIZED_TAG), "maximised where a window manager is");
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        assertTrue(shell.getMaximized() || shell.getBounds().width * 10 >= screen.width * 9,
                "and as wide as the screen without one: " + shell.getBounds() + " on " + screen);
    }

    @Test
    void privacyPerspectiveIsTheDefaultAndShowsTheIdeViews() {
        var registry = PlatformUI.getWorkbench().getPerspectiveRegistry();
        assertEquals(PrivacyPerspective.ID, registry.getDefaultPerspective());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPerspective(registry.findPerspectiveWithId(PrivacyPerspective.ID));
        List<String> views = Arrays.stream(page.getViewReferences()).map(IViewReference::getId).toList();
        for (String id : List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET,
                IPageLayout.ID_OUTLINE)) {
            assertEquals(true, views.contains(id), () -> id + " is missing from " + views);
        }
    }

    @Test
    void privflowFilesHaveTheirOwnContentType() {
        IContentType type = Platform.getContentTypeManager().findContentTypeFor("cleaning-company.privflow");
        assertNotNull(type, ".privflow files are recognised");
        assertEquals("privflow.model.content", type.getId());
    }
}
