// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import privflow.model.DataFlow;
import privflow.model.Organisation;
import privflow.model.PrivflowFactory;
import privflow.model.PrivflowPackage;
import privflow.ui.internal.editor.PrivflowEditor;
import privflow.ui.internal.review.ReviewRow;
import privflow.ui.internal.review.TransferReviewView;

/** The Transfer Review view as a user sees it, on transfers the analysis reports in every shape. */
class TransferReviewViewTest {

    private final WorkspaceLog log = new WorkspaceLog();

    @BeforeEach
    void listen() {
        log.start();
    }

    @AfterEach
    void closeAndCheckTheLog() {
        Workbench.page().closeAllEditors(false);
        Workbench.waitForJobs();
        log.assertEmpty();
    }

    @Test
    void aTransferToAnOrganisationWithoutAServiceShowsTheOrganisation() throws Exception {
        IFile file = Workbench.exampleInNewProject("review-organisation", "cleaning-company");
        PrivflowEditor editor = (PrivflowEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.waitForJobs();
        TransferReviewView view = (TransferReviewView) Workbench.page().showView(TransferReviewView.ID);
        Workbench.page().activate(editor);
        view.setEditor(editor);

        Organisation partner = PrivflowFactory.eINSTANCE.createOrganisation();
        partner.setId("partner-cn");
        partner.setName("Shenzhen cleaning partner");
        partner.setCountry("CN");
        DataFlow flow = PrivflowFactory.eINSTANCE.createDataFlow();
        flow.setId("to-partner");
        flow.setName("Customer list to the partner");
        flow.setSource(editor.model().getOrganisations().get(0));
        flow.setTarget(partner);
        flow.getDataCategories().add(editor.model().getDataCategories().get(0));
        CompoundCommand add = new CompoundCommand();
        add.append(AddCommand.create(editor.getEditingDomain(), editor.model(), PrivflowPackage.Literals.DATA_FLOW_MODEL__ORGANISATIONS,
                partner));
        add.append(AddCommand.create(editor.getEditingDomain(), editor.model(), PrivflowPackage.Literals.DATA_FLOW_MODEL__FLOWS, flow));
        editor.execute(add);
        Workbench.waitForJobs();

        ReviewRow row = view.rows().stream().filter(r -> r.transfer() != null && r.transfer().flow() == flow).findFirst()
                .orElseThrow(() -> new AssertionError(view.rows().toString()));
        assertEquals(partner, row.transfer().recipient());
        assertEquals(null, row.transfer().service());
        java.util.Set<List<Object>> shownDestinations = new java.util.HashSet<>();
        for (ReviewRow r : view.rows()) {
            List<Object> destination = java.util.Arrays.asList(r.transfer().flow(), r.transfer().recipient(), r.transfer().country());
            assertTrue(shownDestinations.add(destination) || r.finding() != null,
                    "a transfer without a finding gets no second row: a legal entity and its storage in one country are one transfer to a reader");
        }
        List<List<String>> shown = view.shownTexts();
        assertTrue(shown.stream().anyMatch(cells -> cells.contains("Shenzhen cleaning partner") && cells.contains("China (CN)")
                && cells.contains("none")), shown::toString);
    }
}
