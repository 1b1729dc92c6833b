// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

import privflow.core.Finding;
import privflow.core.ReviewState;
import privflow.model.DataFlow;
import privflow.model.Organisation;
import privflow.model.PrivflowPackage;
import privflow.model.ReviewStatus;
import privflow.model.SccModule;
import privflow.model.StandardContractualClauses;
import privflow.model.Service;
import privflow.register.RegisterFormat;
import privflow.ui.internal.PrivflowScenarios;
import privflow.ui.editor.CatalogueServices;
import privflow.ui.internal.editor.PrivflowEditor;
import privflow.ui.internal.markers.ProblemMarkers;
import privflow.ui.internal.review.ReviewDecisions;
import privflow.ui.internal.review.ReviewExchange;
import privflow.ui.internal.review.ReviewRow;
import privflow.ui.internal.review.TransferReviewView;
import privflow.ui.internal.wizards.Examples;
import privflow.ui.internal.wizards.ExportRegisterWizard;
import privflow.ui.internal.wizards.NewModelWizard;
import privflow.ui.internal.wizards.NewProjectWizard;

/** The model editor, its markers, the Transfer Review view and the wizards, driven in the workbench. */
@ExtendWith(WorkspaceLog.Empty.class)
class ModelEditorTest {

    private static final String WHATSAPP_FLOW = "8052e1ac-075f-5fc1-88d1-fc0147d90a2a";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
        Workbench.waitForJobs();
    }

    private static PrivflowEditor open(IFile file) throws Exception {
        PrivflowEditor editor = (PrivflowEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.waitForJobs();
        return editor;
    }

    @Test
    void theWhatsAppCaseOpensWithTheOmbudsmansThreeProblemsAsMarkers() throws Exception {
        IFile file = Workbench.exampleInNewProject("markers", "cleaning-company");
        PrivflowEditor editor = open(file);
        assertNotNull(editor.model());
        IMarker transfer = Workbench.marker(file, "transfer-without-tool");
        assertEquals(IMarker.SEVERITY_ERROR, transfer.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(transfer.getAttribute(IMarker.MESSAGE, "").startsWith("[Art. 44-46] Critical: "),
                transfer.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(42, transfer.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(WHATSAPP_FLOW, transfer.getAttribute(ProblemMarkers.ELEMENT, ""));
        assertEquals(IMarker.SEVERITY_ERROR, Workbench.marker(file, "independent-controller").getAttribute(IMarker.SEVERITY, -1));
        assertEquals(IMarker.SEVERITY_WARNING, Workbench.marker(file, "subjects-not-informed").getAttribute(IMarker.SEVERITY, -1));

        IDE.gotoMarker(editor, transfer);
        Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
        assertTrue(selected instanceof DataFlow flow && WHATSAPP_FLOW.equals(flow.getId()), String.valueOf(selected));
    }

    @Test
    void theSccQuickFixRecordsModuleOneAndTheMarkerGoes() throws Exception {
        IFile file = Workbench.exampleInNewProject("quickfix", "cleaning-company");
        PrivflowEditor editor = open(file);
        Service whatsapp = editor.model().getServices().stream().filter(s -> "whatsapp-consumer".equals(s.getCatalogueEntry()))
                .findFirst().orElseThrow();
        editor.execute(SetCommand.create(editor.getEditingDomain(), whatsapp, PrivflowPackage.Literals.SERVICE__CONTRACT,
                privflow.model.ContractType.BUSINESS_NO_DPA)); // a business account: there is a contract to add clauses to
        editor.doSave(null);
        Workbench.waitForJobs();
        IMarker marker = Workbench.marker(file, "transfer-without-tool");
        IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
        IMarkerResolution scc = java.util.Arrays.stream(fixes).filter(f -> f.getLabel().contains("SCC")).findFirst()
                .orElseThrow(() -> new AssertionError(java.util.Arrays.toString(fixes)));
        assertTrue(java.util.Arrays.stream(fixes).anyMatch(f -> f.getLabel().startsWith("Review")));
        scc.run(marker);
        Workbench.waitForJobs();
        DataFlow flow = editor.model().getFlows().stream().filter(f -> WHATSAPP_FLOW.equals(f.getId())).findFirst().orElseThrow();
        assertTrue(flow.getSafeguard() instanceof StandardContractualClauses sccs && sccs.getModule() == SccModule.C2C,
                String.valueOf(flow.getSafeguard()));
        assertFalse(editor.isDirty(), "a clean model is saved after the fix");
        assertTrue(Workbench.markers(file).stream().noneMatch(m -> "transfer-without-tool".equals(m.getAttribute(ProblemMarkers.RULE, ""))),
                Workbench.describe(file));
        Workbench.marker(file, "tia-missing-or-old");
        editor.getEditingDomain().getCommandStack().undo();
        assertNull(flow.getSafeguard());
    }

    @Test
    void theDpfQuickFixIsOfferedOnlyWhereTheCatalogueSaysTheImporterIsCertified() throws Exception {
        IFile file = Workbench.exampleInNewProject("dpf", "cleaning-company");
        PrivflowEditor editor = open(file);
        IMarker consumer = Workbench.marker(file, "transfer-without-tool");
        List<IMarkerResolution> fixes = sorted(IDE.getMarkerHelpRegistry().getResolutions(consumer));
        assertTrue(fixes.stream().noneMatch(f -> f.getLabel().contains("Data Privacy Framework")),
                "consumer WhatsApp: the catalogue does not list the importer as certified: " + labels(fixes));
        assertTrue(fixes.stream().noneMatch(f -> f.getLabel().contains("SCC")),
                "a consumer app has no contract to agree clauses in: " + labels(fixes));

        Service whatsapp = editor.model().getServices().stream().filter(s -> "whatsapp-consumer".equals(s.getCatalogueEntry()))
                .findFirst().orElseThrow();
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), whatsapp,
                PrivflowPackage.Literals.SERVICE__CATALOGUE_ENTRY, "whatsapp-business"));
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), whatsapp,
                PrivflowPackage.Literals.SERVICE__CONTRACT, privflow.model.ContractType.BUSINESS_DPA));
        Organisation meta = editor.model().getOrganisations().stream().filter(o -> o.getName().startsWith("Meta")).findFirst()
                .orElseThrow();
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), meta,
                PrivflowPackage.Literals.ORGANISATION__DPF_CERTIFIED, Boolean.FALSE));
        editor.doSave(null);
        Workbench.waitForJobs();
        IMarker business = Workbench.marker(file, "transfer-without-tool");
        List<IMarkerResolution> offered = sorted(IDE.getMarkerHelpRegistry().getResolutions(business));
        assertTrue(offered.stream().anyMatch(f -> f.getLabel().contains("Data Privacy Framework")),
                "WhatsApp Business: the catalogue lists the importer as certified: " + labels(offered));
        assertTrue(offered.get(0).getLabel().contains("SCC"), labels(offered).toString());
    }

    /** @return the fixes in the order the Quick Fix dialog shows them: by relevance, then by label */
    private static List<IMarkerResolution> sorted(IMarkerResolution[] fixes) {
        return java.util.Arrays.stream(fixes)
                .sorted(java.util.Comparator
                        .comparingInt((IMarkerResolution f) -> -(f instanceof org.eclipse.ui.IMarkerResolutionRelevance r
                                ? r.getRelevanceForResolution()
                                : 0))
                        .thenComparing(IMarkerResolution::getLabel))
                .toList();
    }

    private static List<String> labels(List<IMarkerResolution> fixes) {
        return fixes.stream().map(IMarkerResolution::getLabel).toList();
    }

    @Test
    void servicesComeFromTheCatalogueAndCanBeRefreshed() throws Exception {
        IFile file = Workbench.exampleInNewProject("catalogue", "cleaning-company");
        PrivflowEditor editor = open(file);
        var slack = editor.analysis().facts().knownServices().get("slack");
        int organisations = editor.model().getOrganisations().size();
        editor.execute(CatalogueServices.add(editor.getEditingDomain(), editor.model(), slack, editor.analysis().facts()));
        Service added = editor.model().getServices().get(editor.model().getServices().size() - 1);
        assertEquals("slack", added.getCatalogueEntry());
        assertEquals("Slack Technologies Limited", added.getProvider().getName());
        assertEquals("IE", added.getProvider().getCountry());
        assertEquals("Salesforce, Inc.", added.getProvider().getParent().getName());
        assertTrue(added.getProvider().getParent().isDpfCertified());
        assertEquals("US", added.getLocations().get(0).getCountry());
        assertEquals(organisations + 2, editor.model().getOrganisations().size());

        added.getLocations().get(0).setCountry("FI");
        editor.execute(CatalogueServices.refresh(editor.getEditingDomain(), added, slack));
        assertEquals("US", added.getLocations().get(0).getCountry());
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals("FI", added.getLocations().get(0).getCountry());
        editor.getEditingDomain().getCommandStack().undo();
        assertFalse(editor.model().getServices().contains(added));
        assertEquals(organisations, editor.model().getOrganisations().size());
    }

    @Test
    void theReviewTravelsAsASpreadsheetAndComesBackAsDecisions(@TempDir Path dir) throws Exception {
        IFile file = Workbench.exampleInNewProject("exchange", "cleaning-company");
        PrivflowEditor editor = open(file);
        Path sheet = dir.resolve("review.xlsx");
        var export = ReviewExchange.export(editor, sheet);
        export.join();
        assertTrue(export.getResult().isOK(), export.getResult().toString());
        assertTrue(Files.size(sheet) > 0);
        var none = ReviewExchange.importDecisions(editor, sheet, false);
        none.join();
        Workbench.waitForJobs();
        assertTrue(none.getResult().isOK(), none.getResult().toString());
        assertFalse(editor.isDirty(), "an untouched sheet records nothing");

        Path broken = Files.writeString(dir.resolve("broken.xlsx"), "not a workbook");
        WorkspaceLog.current().expect("broken.xlsx could not be read"); // a failed user job is logged, as the platform does
        var failed = ReviewExchange.importDecisions(editor, broken, false);
        failed.join();
        assertFalse(failed.getResult().isOK());
        assertTrue(failed.getResult().getMessage().contains("broken.xlsx"), failed.getResult().getMessage());
        assertFalse(editor.isDirty());
    }

    @Test
    void aWhatIfScenarioChangesTheMarkersAndBack() throws Exception {
        IFile file = Workbench.exampleInNewProject("scenario", "midsize-company");
        open(file);
        assertTrue(
                Workbench.markers(file).stream().noneMatch(m -> "transfer-without-tool".equals(m.getAttribute(ProblemMarkers.RULE, ""))));
        try {
            PrivflowScenarios.apply("dpf-invalid");
            Workbench.waitForJobs();
            IMarker slack = Workbench.marker(file, "transfer-without-tool");
            assertTrue(slack.getAttribute(IMarker.MESSAGE, "").contains("Slack"), slack.getAttribute(IMarker.MESSAGE, ""));
        } finally {
            PrivflowScenarios.apply("");
            Workbench.waitForJobs();
        }
        assertTrue(Workbench.markers(file).stream().noneMatch(m -> "transfer-without-tool".equals(m.getAttribute(ProblemMarkers.RULE, ""))),
                Workbench.describe(file));
    }

    @Test
    void editsAreUndoableAndSavedToTheFile() throws Exception {
        IFile file = Workbench.exampleInNewProject("edits", "cleaning-company");
        PrivflowEditor editor = open(file);
        Service whatsapp = editor.model().getServices().get(1);
        editor.execute(SetCommand.create(editor.getEditingDomain(), whatsapp, PrivflowPackage.Literals.NAMED__NAME, "WhatsApp (renamed)"));
        assertTrue(editor.isDirty());
        editor.getEditingDomain().getCommandStack().undo();
        assertFalse(editor.isDirty());
        assertEquals("WhatsApp (consumer app on employees' own phones)", whatsapp.getName());
        editor.getEditingDomain().getCommandStack().redo();
        assertTrue(editor.isDirty());
        editor.doSave(null);
        Workbench.waitForJobs();
        assertFalse(editor.isDirty());
        String saved = Files.readString(file.getLocation().toFile().toPath());
        assertTrue(saved.contains("name=\"WhatsApp (renamed)\""));
    }

    @Test
    void thePropertiesViewEditsThroughTheCommandStackAndChecksTypedValues() throws Exception {
        IFile file = Workbench.exampleInNewProject("properties", "cleaning-company");
        PrivflowEditor editor = open(file);
        var adapterFactory = new org.eclipse.emf.edit.provider.ComposedAdapterFactory(
                org.eclipse.emf.edit.provider.ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new privflow.model.provider.PrivflowItemProviderAdapterFactory());
        var provider = new privflow.ui.internal.editor.ModelPropertySourceProvider(adapterFactory);
        Service whatsapp = editor.model().getServices().get(1);
        var source = provider.getPropertySource(whatsapp);
        var name = java.util.Arrays.stream(source.getPropertyDescriptors()).filter(d -> "Name".equals(d.getDisplayName())).findFirst()
                .orElseThrow();
        source.setPropertyValue(name.getId(), "WhatsApp Business");
        assertEquals("WhatsApp Business", whatsapp.getName());
        assertTrue(editor.isDirty(), "a property change is a command on the editor's stack");
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals("WhatsApp (consumer app on employees' own phones)", whatsapp.getName());

        var modelSource = provider.getPropertySource(editor.model());
        var asOf = java.util.Arrays.stream(modelSource.getPropertyDescriptors()).filter(d -> "As Of".equals(d.getDisplayName())).findFirst()
                .orElseThrow();
        var shell = new org.eclipse.swt.widgets.Shell();
        try {
            var cellEditor = asOf.createPropertyEditor(shell);
            cellEditor.setValue(modelSource.getPropertyValue(asOf.getId()));
            assertEquals(LocalDate.of(2021, 10, 29), cellEditor.getValue());
            assertNull(cellEditor.getValidator().isValid("2026-11-24"));
            assertNotNull(cellEditor.getValidator().isValid("24.11.2026"), "a date in another format is refused with a message");
        } finally {
            shell.dispose();
            adapterFactory.dispose();
        }
    }

    @Test
    void deletingAServiceRemovesTheReferencesToItAndUndoRestoresThem() throws Exception {
        IFile file = Workbench.exampleInNewProject("delete", "cleaning-company");
        PrivflowEditor editor = open(file);
        Service whatsapp = editor.model().getServices().get(1);
        DataFlow flow = editor.model().getFlows().stream().filter(f -> WHATSAPP_FLOW.equals(f.getId())).findFirst().orElseThrow();
        assertEquals(whatsapp, flow.getTarget());
        Command delete = DeleteCommand.create(editor.getEditingDomain(), List.of(whatsapp));
        editor.execute(delete);
        assertFalse(editor.model().getServices().contains(whatsapp));
        assertNull(flow.getTarget(), "the flow no longer points at a deleted service");
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(whatsapp, flow.getTarget());
    }

    @Test
    void aReviewDecisionIsPersistedAndTheMarkerGoes() throws Exception {
        IFile file = Workbench.exampleInNewProject("review", "cleaning-company");
        PrivflowEditor editor = open(file);
        TransferReviewView view = (TransferReviewView) Workbench.page().showView(TransferReviewView.ID);
        Workbench.page().activate(editor);
        view.setEditor(editor);
        List<ReviewRow> rows = view.rows();
        ReviewRow row = rows.stream().filter(r -> r.finding() != null && r.finding().rule().id().equals("transfer-without-tool"))
                .findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
        assertEquals("US", row.transfer().country());
        Finding finding = row.finding();
        editor.execute(ReviewDecisions.record(editor.getEditingDomain(), editor.model(), finding, ReviewStatus.ACCEPTED, "Legal team",
                "Replaced by the business chat from January", LocalDate.of(2026, 11, 24)));
        assertEquals(ReviewState.ACCEPTED, editor.analysis().finding(finding.key()).review());
        String label = ((org.eclipse.jface.viewers.ILabelProvider) editor.viewer().getLabelProvider())
                .getText(editor.model().getReviews().get(0));
        assertEquals("Review (risk accepted): Third-country transfer without a transfer tool: Daily visit list to cleaners", label,
                "a decision is named by its finding, not by its id");
        assertTrue(view.rows().stream().anyMatch(r -> r.finding() != null && r.finding().key().equals(finding.key())
                && r.finding().review() == ReviewState.ACCEPTED));
        editor.doSave(null);
        Workbench.waitForJobs();
        assertTrue(Workbench.markers(file).stream().noneMatch(m -> finding.key().equals(m.getAttribute(ProblemMarkers.KEY, ""))),
                Workbench.describe(file));

        Workbench.page().closeEditor(editor, false);
        PrivflowEditor reopened = open(file);
        assertEquals(1, reopened.model().getReviews().size());
        assertEquals("Replaced by the business chat from January", reopened.model().getReviews().get(0).getRationale());
        assertEquals(ReviewState.ACCEPTED, reopened.analysis().finding(finding.key()).review());
    }

    @Test
    void theExportWizardsFinishButtonWritesTheRegisterAndSaysWhere() throws Exception {
        IFile file = Workbench.exampleInNewProject("export", "cleaning-company");
        ExportRegisterWizard wizard = new ExportRegisterWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
        WizardDialog dialog = Dialogs.open(wizard);
        org.eclipse.swt.widgets.Combo format = Dialogs.find(dialog.getShell(), org.eclipse.swt.widgets.Combo.class, c -> true);
        assertEquals("Excel workbook (.xlsx)", format.getItem(0), "formats read as words, not enum codes");
        Path out = file.getProject().getLocation().toFile().toPath().resolve("seloste.pdf");
        wizard.choose(RegisterFormat.PDF, Locale.of("fi"), LocalDate.of(2026, 11, 24), out);
        assertEquals(List.of(), Dialogs.finish(dialog), "Finish shows no error");
        assertTrue(wizard.job().getResult().isOK(), wizard.job().getResult().toString());
        assertTrue(new String(Files.readAllBytes(out), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertTrue(file.getProject().getFile("seloste.pdf").exists(), "the workspace sees the new file without a refresh");

        org.eclipse.swt.widgets.Link links = notice(out);
        assertTrue(links.getText().contains("Open") && links.getText().contains("Show in Folder"), links.getText());
        org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
        click.text = privflow.ui.internal.WrittenFileNotice.FOLDER;
        links.notifyListeners(org.eclipse.swt.SWT.Selection, click);
        Workbench.waitForJobs();
        org.eclipse.ui.IViewPart explorer = Workbench.page().findView(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER);
        assertEquals(List.of(file.getProject().getFile("seloste.pdf")),
                ((org.eclipse.jface.viewers.IStructuredSelection) explorer.getSite().getSelectionProvider().getSelection()).toList(),
                "Show in Folder selects the register in the Project Explorer");
        links.getShell().close();
    }

    @Test
    void theExportWizardWarnsThatUnsavedChangesAreNotInTheRegister() throws Exception {
        IFile file = Workbench.exampleInNewProject("unsaved", "cleaning-company");
        PrivflowEditor editor = open(file);
        editor.execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(), editor.model(),
                privflow.model.PrivflowPackage.Literals.NAMED__NAME, "Renamed"));
        ExportRegisterWizard wizard = new ExportRegisterWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
        WizardDialog dialog = Dialogs.open(wizard);
        assertTrue(Dialogs.text(dialog.getShell()).contains("unsaved changes"), Dialogs.text(dialog.getShell()));
        dialog.close();
        editor.doSave(null);
    }

    /** @return the links of the notice that names {@code file}, once it shows */
    private static org.eclipse.swt.widgets.Link notice(Path file) {
        org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
                if (!shell.isDisposed() && Dialogs.text(shell).contains(file.toString())) {
                    org.eclipse.swt.widgets.Link link = Dialogs.find(shell, org.eclipse.swt.widgets.Link.class, l -> true);
                    if (link != null) {
                        return link;
                    }
                }
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        throw new AssertionError("no notice names " + file);
    }

    @Test
    void theNewProjectWizardsFinishButtonCreatesTheProjectAndOpensItsModel() throws Exception {
        NewProjectWizard wizard = new NewProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        assertEquals(List.of(), Dialogs.finish(Dialogs.open(wizard)), "Finish shows no error");
        org.eclipse.core.resources.IProject project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                .getProject("privacy-map");
        assertTrue(project.exists() && project.isOpen(), "the project is created");
        assertTrue(project.hasNature(privflow.ui.internal.markers.PrivflowNature.ID), "with the privflow nature");
        assertTrue(Workbench.page().getActiveEditor() instanceof PrivflowEditor e && e.file() != null
                && project.equals(e.file().getProject()), "its first model is open");
        project.delete(true, null);
    }

    @Test
    void theNewModelWizardsFinishButtonStartsFromAnExampleAndOpensIt() throws Exception {
        IFile seed = Workbench.exampleInNewProject("wizard", "midsize-company");
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(seed.getProject()));
        WizardDialog dialog = Dialogs.open(wizard);
        wizard.choose("whatsapp.privflow", Examples.CLEANING_COMPANY);
        assertEquals(List.of(), Dialogs.finish(dialog), "Finish shows no error");
        IFile created = seed.getProject().getFile("whatsapp.privflow");
        assertTrue(created.exists());
        assertTrue(Workbench.page().getActiveEditor() instanceof PrivflowEditor e && created.equals(e.file()));
        Workbench.marker(created, "transfer-without-tool");
    }

    @Test
    void aBrokenFileOpensAsAnErrorAndIsLeftAlone() throws Exception {
        IFile file = Workbench.exampleInNewProject("broken", "cleaning-company");
        String broken = "<?xml version=\"1.0\"?>\n<privflow:DataFlowModel xmlns:privflow=\"urn:privflow:model:1.0\" name=\"x\">\n  <flows\n";
        file.setContents(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, false, null);
        PrivflowEditor editor = open(file);
        assertNull(editor.model());
        assertFalse(editor.isDirty());
        assertEquals(broken, Files.readString(file.getLocation().toFile().toPath()));
        IMarker marker = Workbench.markers(file).get(0);
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.getAttribute(IMarker.LINE_NUMBER, -1) >= 3, Workbench.describe(file));
    }
}
