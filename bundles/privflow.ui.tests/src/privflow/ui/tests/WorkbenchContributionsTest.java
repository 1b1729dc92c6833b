// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import privflow.ui.internal.PrivacyPerspective;

/** Starts the privflow IDE workbench and checks what privflow contributes to it. */
class WorkbenchContributionsTest {

    @Test
    void productIsPrivflowIde() {
        assertNotNull(Platform.getProduct(), "the tests run the privflow IDE product");
        assertEquals("privflow IDE", Platform.getProduct().getName());
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
