// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import privflow.core.Finding;
import privflow.core.ReviewState;
import privflow.diagram.DiagramLayout;
import privflow.diagram.ui.internal.DiagramCanvas;
import privflow.diagram.ui.internal.DiagramPage;
import privflow.diagram.ui.internal.PaletteEntry;
import privflow.model.ContractType;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.DeviceControl;
import privflow.model.KnownService;
import privflow.model.Organisation;
import privflow.model.PrivflowPackage;
import privflow.model.ReviewStatus;
import privflow.model.Service;
import privflow.register.RegisterFormat;
import privflow.ui.internal.editor.PrivflowEditor;
import privflow.ui.internal.markers.ProblemMarkers;
import privflow.ui.internal.review.ReviewDecisions;
import privflow.ui.internal.review.ReviewRow;
import privflow.ui.internal.review.TransferReviewView;
import privflow.ui.internal.wizards.Examples;
import privflow.ui.internal.wizards.ExportRegisterWizard;
import privflow.ui.internal.wizards.NewModelWizard;
import privflow.ui.internal.wizards.NewProjectWizard;

/**
 * docs/user-guide.md end to end in one workbench, through the wizards' Finish buttons, the diagram's
 * palette and mouse, markers and their quick fixes, the Transfer Review and the export: a new
 * project and model, an organisation and a catalogue service, a flow, its marker and quick fix,
 * auto-layout with undo and redo, a review decision, the register, and the model reopened. Any entry
 * in the workspace log fails it.
 */
@ExtendWith(WorkspaceLog.Empty.class)
class JourneyTest {

    private DiagramCanvas canvas;

    @org.junit.jupiter.api.BeforeEach
    void freshWorkspace() throws Exception {
        close(); // another test class may have left its project of the wizard's default name
    }

    @AfterEach
    void close() throws Exception {
        Workbench.page().closeAllEditors(false);
        Workbench.waitForJobs();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("privacy-map");
        if (project.exists()) {
            project.delete(true, null);
        }
    }

    @Test
    void theUserGuidesJourney() throws Exception {
        // 1. File > New > privflow Project, Finish
        NewProjectWizard newProject = new NewProjectWizard();
        newProject.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        assertEquals(List.of(), Dialogs.finish(Dialogs.open(newProject)), "the new project's Finish shows no error");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("privacy-map");
        assertTrue(project.exists(), "the project is created");

        // 2. File > New > privflow Model, empty, Finish
        NewModelWizard newModel = new NewModelWizard();
        newModel.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        var dialog = Dialogs.open(newModel);
        newModel.choose("journey.privflow", Examples.EMPTY);
        assertEquals(List.of(), Dialogs.finish(dialog), "the new model's Finish shows no error");
        IFile file = project.getFile("journey.privflow");
        PrivflowEditor editor = (PrivflowEditor) Workbench.page().getActiveEditor();
        assertEquals(file, editor.file(), "the new model is open");
        DataFlowModel model = editor.model();

        // 3. the Diagram tab: an organisation from the palette, WhatsApp from the catalogue, a flow
        editor.showPage(DiagramPage.ID);
        Workbench.waitForJobs();
        canvas = ((DiagramPage) editor.activePage()).canvas();
        canvas.setZoom(1);
        palette("Organisation");
        click(new DiagramLayout.Point(40, 40));
        Organisation company = model.getOrganisations().get(model.getOrganisations().size() - 1);
        KnownService whatsapp = editor.analysis().facts().knownServices().get("whatsapp-consumer");
        assertNotNull(whatsapp, "the catalogue knows consumer WhatsApp");
        canvas.setTool(new PaletteEntry.Catalogue(whatsapp));
        click(new DiagramLayout.Point(400, 40));
        Service service = model.getServices().get(model.getServices().size() - 1);
        assertEquals("whatsapp-consumer", service.getCatalogueEntry());
        palette("Flow");
        drag(centre(company.getId()), centre(service.getId()));
        assertEquals(1, model.getFlows().size(), "the flow is drawn");
        DataFlow flow = model.getFlows().get(0);

        // 4. save: the markers appear, also for a flow that declares no data. Meta is certified under
        // the DPF in the catalogue, so the US leg is covered; the consumer terms and the staff's own
        // phones are not (the core of the Finnish WhatsApp decision).
        editor.doSave(null);
        Workbench.waitForJobs();
        Workbench.marker(file, "independent-controller");
        IMarker devices = Workbench.marker(file, "unmanaged-devices");
        Workbench.marker(file, "undeclared-data");
        assertTrue(Workbench.markers(file).stream().noneMatch(m -> "transfer-without-tool".equals(m.getAttribute(ProblemMarkers.RULE, ""))
                || "adequacy-scope".equals(m.getAttribute(ProblemMarkers.RULE, ""))), Workbench.describe(file));
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(devices);
        assertTrue(Arrays.stream(fixes).noneMatch(f -> f.getLabel().contains("SCC")), "no clauses to sign for a consumer app");

        // 5. in Properties: the business product under the company's DPA, on phones the company manages
        editor.execute(SetCommand.create(editor.getEditingDomain(), service, PrivflowPackage.Literals.SERVICE__CONTRACT,
                ContractType.BUSINESS_DPA));
        editor.execute(SetCommand.create(editor.getEditingDomain(), service, PrivflowPackage.Literals.SERVICE__DEVICES,
                DeviceControl.ORGANISATION_MANAGED));
        editor.doSave(null);
        Workbench.waitForJobs();
        assertTrue(Workbench.markers(file).stream().noneMatch(m -> "independent-controller".equals(m.getAttribute(ProblemMarkers.RULE, ""))
                || "unmanaged-devices".equals(m.getAttribute(ProblemMarkers.RULE, ""))), Workbench.describe(file));

        // 6. auto-layout, undo, redo
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        var moved = canvas.diagramLayout().nodes().get(company.getId());
        Workbench.page().activate(editor);
        editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("privflow.diagram.ui.autoLayout", null);
        Workbench.waitForJobs();
        assertTrue(stack.getUndoCommand() != null && !moved.equals(canvas.diagramLayout().nodes().get(company.getId())),
                "Auto-Layout moved the hand-placed organisation");
        stack.undo();
        Workbench.waitForJobs();
        assertEquals(moved, canvas.diagramLayout().nodes().get(company.getId()), "undo gives the hand-placed position back");
        stack.redo();
        Workbench.waitForJobs();

        // 7. the Transfer Review shows the covered transfer; a decision on the flow's open finding
        TransferReviewView view = (TransferReviewView) Workbench.page().showView(TransferReviewView.ID);
        view.setEditor(editor);
        Workbench.waitForJobs();
        ReviewRow row = view.rows().stream().filter(r -> r.transfer() != null && "US".equals(r.transfer().country())).findFirst()
                .orElseThrow(() -> new AssertionError("no US transfer to review: " + view.rows()));
        assertTrue(row.transfer().toolText().render(Locale.ENGLISH).startsWith("adequacy decision (EU) 2023/1795"),
                row.transfer().toolText().render(Locale.ENGLISH));
        Finding finding = editor.analysis().findings().stream().filter(f -> f.subject() == flow).findFirst().orElseThrow();
        editor.execute(ReviewDecisions.record(editor.getEditingDomain(), model, finding, ReviewStatus.MITIGATED, "Legal team",
                "Only the daily visit list is sent; categories to be recorded", LocalDate.of(2026, 12, 7)));
        assertEquals(ReviewState.MITIGATED, editor.analysis().finding(finding.key()).review());
        editor.doSave(null);
        Workbench.waitForJobs();
        assertFalse(editor.isDirty());

        // 8. File > Export > Record of Processing Activities, Finish
        ExportRegisterWizard export = new ExportRegisterWizard();
        export.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
        var exportDialog = Dialogs.open(export);
        Path register = project.getLocation().toFile().toPath().resolve("journey-register.pdf");
        export.choose(RegisterFormat.PDF, Locale.ENGLISH, LocalDate.of(2026, 12, 7), register);
        assertEquals(List.of(), Dialogs.finish(exportDialog), "the export's Finish shows no error");
        assertTrue(new String(Files.readAllBytes(register), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(project.getFile("journey-register.pdf").exists(), "the register is in the project");

        // 9. close and reopen: the model, its layout and the decision are kept
        String flowId = flow.getId();
        var placed = canvas.diagramLayout().nodes().get(service.getId());
        Workbench.page().closeEditor(editor, false);
        Workbench.waitForJobs();
        PrivflowEditor reopened = (PrivflowEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.waitForJobs();
        assertEquals(flowId, reopened.model().getFlows().get(0).getId());
        assertEquals(1, reopened.model().getReviews().size());
        assertEquals(ReviewState.MITIGATED, reopened.analysis().finding(finding.key()).review());
        reopened.showPage(DiagramPage.ID);
        Workbench.waitForJobs();
        assertEquals(placed, ((DiagramPage) reopened.activePage()).canvas().diagramLayout().nodes().get(service.getId()),
                "the diagram is where it was left");
    }

    private DiagramLayout.Point centre(String id) {
        return canvas.diagramLayout().nodes().get(id).centre();
    }

    private void click(DiagramLayout.Point at) {
        Gestures.click(canvas, at, 0);
    }

    private void drag(DiagramLayout.Point from, DiagramLayout.Point to) {
        Gestures.drag(canvas, from, to, 0);
    }

    /** Presses the palette's button {@code label}, as a click does. */
    private void palette(String label) {
        for (org.eclipse.swt.widgets.Control c : canvas.getParent().getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.ToolBar bar) {
                for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                    if (label.equals(item.getText())) {
                        for (org.eclipse.swt.widgets.ToolItem other : bar.getItems()) {
                            if ((other.getStyle() & SWT.RADIO) != 0) {
                                other.setSelection(other == item);
                            }
                        }
                        item.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no palette button " + label);
    }
}
