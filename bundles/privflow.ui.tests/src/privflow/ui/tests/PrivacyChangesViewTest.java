// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import privflow.register.Changes;
import privflow.ui.internal.compare.CompareHandler;
import privflow.ui.internal.compare.PrivacyChangesView;

/**
 * Compare With &gt; Each Other and &gt; Local History Revision: the Privacy Changes view shows the
 * semantic diff (a renamed activity with its old name, a removed transfer flow), not XML lines.
 */
class PrivacyChangesViewTest {

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

    private static String edited(IFile file) throws Exception {
        String model = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8)
                .replace("name=\"Customer service and billing\"", "name=\"Customer service\"");
        int start = model.indexOf("<flows id=\"2efe729e-7fa1-5df2-8ca2-d99f6b7bb4a3\"");
        return model.substring(0, start) + model.substring(model.indexOf("/>", start) + 2);
    }

    @Test
    void eachOtherShowsWhatChangedInPrivacyTerms() throws Exception {
        IFile older = Workbench.exampleInNewProject("compare-each-other", "midsize-company");
        IFile newer = older.getProject().getFile("midsize-company-edited.privflow");
        newer.create(new ByteArrayInputStream(edited(older).getBytes(StandardCharsets.UTF_8)), true, null);

        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IEvaluationContext context = handlers.createContextSnapshot(true);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(List.of(older, newer)));
        ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand("privflow.ui.compare.eachOther"), null);
        assertTrue(commands.getCommand("privflow.ui.compare.eachOther").isDefined());
        handlers.executeCommandInContext(command, null, context);
        Workbench.waitForJobs();

        PrivacyChangesView view = (PrivacyChangesView) Workbench.page().findView(PrivacyChangesView.ID);
        assertTrue(view.heading().contains("midsize-company.privflow") && view.heading().contains("midsize-company-edited.privflow"),
                view.heading());
        List<String> rows = rows(view);
        assertTrue(
                rows.stream().anyMatch(r -> r.startsWith("Customer service \u2014 changed; renamed from \"Customer service and billing\"")),
                rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Salary data to payroll \u2014 removed")), rows::toString);
        assertTrue(rows.stream().noneMatch(r -> r.contains("<flows")), "not a text diff");
        Changes changes = view.changes();
        assertEquals(2, changes.count(Changes.Area.ACTIVITY, Changes.Kind.CHANGED),
                "the renamed activity, and payroll, whose recipients lost the flow");
    }

    @Test
    void aStateFromLocalHistoryIsComparedWithTheFileAsItIs() throws Exception {
        IFile file = Workbench.exampleInNewProject("compare-history", "midsize-company");
        file.setContents(new ByteArrayInputStream(edited(file).getBytes(StandardCharsets.UTF_8)), true, true, null);
        IFileState[] states = file.getHistory(null);
        assertEquals(1, states.length, "the workspace kept the version before the edit");

        CompareHandler.withState(Workbench.page(), file, states[0]);
        Workbench.waitForJobs();

        PrivacyChangesView view = (PrivacyChangesView) Workbench.page().findView(PrivacyChangesView.ID);
        List<String> rows = rows(view);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Salary data to payroll \u2014 removed")), rows::toString);
        assertTrue(view.heading().startsWith("Changes from midsize-company.privflow ("), view.heading());
    }

    private static List<String> rows(PrivacyChangesView view) {
        view.viewer().expandAll();
        List<String> rows = new ArrayList<>();
        for (TreeItem area : view.viewer().getTree().getItems()) {
            rows.add(area.getText(0));
            for (TreeItem change : area.getItems()) {
                rows.add(change.getText(0));
                for (TreeItem item : change.getItems()) {
                    rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
                }
            }
        }
        return rows;
    }
}
