// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import privflow.core.Rule;
import privflow.model.TransferSafeguard;
import privflow.ui.internal.editor.PrivflowEditor;
import privflow.ui.internal.review.ReviewRow;
import privflow.ui.internal.review.TransferReviewView;

/**
 * Create Transfer Impact Assessment... in the Transfer Review view, driven as a user does: the
 * dialog refuses a date it cannot read, writes the worksheet beside the model, and records its
 * reference and date on the transfer tool in one undoable step, after which the analysis no longer
 * reports the assessment as out of date.
 */
class TransferImpactAssessmentActionTest {

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
    void theWorksheetIsWrittenAndItsReferenceRecordedInOneUndoableStep() throws Exception {
        IFile file = Workbench.exampleInNewProject("tia-action", "midsize-company");
        PrivflowEditor editor = (PrivflowEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.waitForJobs();
        TransferReviewView view = (TransferReviewView) Workbench.page().showView(TransferReviewView.ID);
        view.setEditor(editor);
        Workbench.waitForJobs();
        ReviewRow row = view.rows().stream().filter(r -> r.finding() != null && r.finding().rule() == Rule.TIA_MISSING_OR_OLD)
                .findFirst().orElseThrow(() -> new AssertionError(view.rows().toString()));
        TransferSafeguard tool = row.transfer().tool();
        String before = tool.getTiaReference();
        view.select(row);

        Path worksheet = file.getLocation().removeLastSegments(1).toPath().resolve("crm-tia.docx");
        List<String> seen = new ArrayList<>();
        Display display = view.getSite().getShell().getDisplay();
        display.timerExec(500, () -> {
            Shell dialog = java.util.Arrays.stream(display.getShells()).filter(sh -> "Transfer Impact Assessment".equals(sh.getText()))
                    .findFirst().orElseThrow();
            seen.add(dialog.getText());
            Text path = Dialogs.find(dialog, Text.class, t -> t.getText().endsWith(".docx"));
            seen.add(path.getText());
            Text date = Dialogs.find(dialog, Text.class, t -> t.getText().matches("\\d{4}-\\d\\d-\\d\\d"));
            Button create = Dialogs.find(dialog, Button.class, b -> "Create".equals(b.getText().replace("&", "")));
            date.setText("7.12.2026");
            seen.add(create.isEnabled() ? "Create enabled for 7.12.2026" : "Create disabled for 7.12.2026");
            date.setText(LocalDate.now().toString());
            path.setText(worksheet.toString());
            Button record = Dialogs.find(dialog, Button.class, b -> (b.getStyle() & SWT.CHECK) != 0);
            record.setSelection(true);
            create.notifyListeners(SWT.Selection, new Event());
        });
        view.getSite().getService(IHandlerService.class).executeCommand("privflow.ui.review.tia", null);
        Workbench.waitForJobs();

        assertEquals("Transfer Impact Assessment", seen.get(0));
        assertTrue(seen.get(1).endsWith("midsize-company-tia-customer-records-to-crm.docx"), "a name beside the model: " + seen.get(1));
        assertEquals("Create disabled for 7.12.2026", seen.get(2));
        assertTrue(Files.size(worksheet) > 5000, "the worksheet is written");
        assertTrue(tool.getTiaReference().startsWith("TIA-" + LocalDate.now() + "-"), tool.getTiaReference());
        assertEquals(LocalDate.now(), tool.getTiaDate());
        assertFalse(editor.analysis().findings().stream().anyMatch(f -> f.rule() == Rule.TIA_MISSING_OR_OLD && f.transfer()
                .map(t -> t.tool() == tool).orElse(false)), "the analysis sees the new assessment");
        assertTrue(editor.isDirty());

        editor.getEditingDomain().getCommandStack().undo();
        Workbench.waitForJobs();
        assertEquals(before, tool.getTiaReference(), "one undo takes back the reference");
        assertEquals(LocalDate.of(2022, 4, 20), tool.getTiaDate(), "and the date");
    }
}
