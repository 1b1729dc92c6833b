// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledToolItem;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBar;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBarElement;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBarSeparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import privflow.diagram.ui.internal.DiagramCanvas;
import privflow.diagram.ui.internal.DiagramPage;
import privflow.diagram.ui.internal.DiagramView;
import privflow.model.Service;
import privflow.ui.editor.CatalogueServices;
import privflow.ui.internal.PrivflowPreferences;
import privflow.ui.internal.editor.PrivflowEditor;
import privflow.ui.internal.review.TransferReviewView;

/**
 * The views' and the diagram page's buttons are commands contributed in plugin.xml, so that menus,
 * key bindings and translations work the platform's way: the tool bars hold them, pressing them
 * does what they say, and the workspace log stays empty.
 */
class WorkbenchCommandsTest {

    private final WorkspaceLog log = new WorkspaceLog();
    private PrivflowEditor editor;

    @BeforeEach
    void open() throws Exception {
        log.start();
        IFile file = Workbench.exampleInNewProject("commands", "cleaning-company");
        editor = (PrivflowEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.waitForJobs();
    }

    @AfterEach
    void close() {
        PrivflowPreferences.set(PrivflowPreferences.SCENARIO, ""); //$NON-NLS-1$
        setToggle(false);
        Workbench.page().closeAllEditors(false);
        Workbench.waitForJobs();
        log.assertEmpty();
    }

    private static ICommandService commands() {
        return PlatformUI.getWorkbench().getService(ICommandService.class);
    }

    private static void setToggle(boolean value) {
        commands().getCommand("privflow.diagram.ui.transfersOnly").getState(RegistryToggleState.STATE_ID).setValue(value);
    }

    /**
     * @return the commands on a view's tool bar as the workbench model holds it (every other kind of
     *         item, such as an action made in code, as "other:" and its id)
     */
    private static List<String> toolbarCommands(IViewPart view) {
        Workbench.waitForJobs();
        MToolBar bar = view.getSite().getService(MPart.class).getToolbar();
        List<String> ids = new ArrayList<>();
        for (MToolBarElement element : bar == null ? List.<MToolBarElement>of() : bar.getChildren()) {
            if (element instanceof MHandledToolItem item) {
                ids.add(item.getCommand().getElementId());
            } else if (!(element instanceof MToolBarSeparator)) {
                ids.add("other:" + element.getElementId());
            }
        }
        return ids;
    }

    @Test
    void theReviewViewsButtonsAreCommandsAndTheScenarioDropDownSwitchesTheAnalysis() throws Exception {
        editor = (PrivflowEditor) IDE.openEditor(Workbench.page(), Workbench.exampleInNewProject("commands-scenario", "midsize-company"));
        Workbench.waitForJobs();
        TransferReviewView view = (TransferReviewView) Workbench.page().showView(TransferReviewView.ID);
        view.setEditor(editor);
        Workbench.waitForJobs();
        assertEquals(List.of("privflow.ui.review.record", "privflow.ui.scenario"), toolbarCommands(view),
                "the tool bar is plugin.xml's, no actions made in code");

        int before = editor.analysis().findings().size();
        IHandlerService handlers = view.getSite().getService(IHandlerService.class);
        Command scenario = commands().getCommand("privflow.ui.scenario");
        handlers.executeCommand(ParameterizedCommand.generateCommand(scenario, Map.of("privflow.ui.scenario.key", "dpf-invalid")), null);
        Workbench.waitForJobs();
        assertEquals("dpf-invalid", PrivflowPreferences.get(PrivflowPreferences.SCENARIO));
        assertTrue(editor.analysis().facts().scenario() != null, "the open model is analysed under the scenario");
        assertTrue(editor.analysis().findings().size() > before, "withdrawing the DPF decision adds findings about US transfers");

        handlers.executeCommand(ParameterizedCommand.generateCommand(scenario, Map.of()), null);
        Workbench.waitForJobs();
        assertEquals("", PrivflowPreferences.get(PrivflowPreferences.SCENARIO), "the button itself goes back to no scenario");
        assertEquals(before, editor.analysis().findings().size());
    }

    @Test
    void theDiagramViewsButtonsZoomAndFilterAndThePagesToolBarComesFromPluginXml() throws Exception {
        DiagramView view = (DiagramView) Workbench.page().showView(DiagramView.ID);
        view.setEditor(editor);
        Workbench.waitForJobs();
        assertEquals(List.of("privflow.diagram.ui.zoomIn", "privflow.diagram.ui.zoomOut", "privflow.diagram.ui.zoomFit",
                "privflow.diagram.ui.transfersOnly", "privflow.diagram.ui.autoLayout"), toolbarCommands(view));
        DiagramCanvas canvas = view.canvas();
        canvas.setZoom(1);
        IHandlerService handlers = view.getSite().getService(IHandlerService.class);
        handlers.executeCommand("privflow.diagram.ui.zoomIn", null);
        assertEquals(1.25, canvas.zoom(), 1e-9, "Zoom In on the active view");

        Workbench.page().activate(editor);
        editor.showPage(DiagramPage.ID);
        Workbench.waitForJobs();
        DiagramPage page = (DiagramPage) editor.activePage();
        ToolBar bar = toolBar(page.canvas().getParent().getParent());
        assertNotNull(bar, "the page has a tool bar");
        List<String> tips = new ArrayList<>();
        for (ToolItem item : bar.getItems()) {
            assertNotNull(item.getImage(), () -> item.getToolTipText() + " has an icon");
            assertEquals("", item.getText(), "icons, not words run together");
            tips.add(item.getToolTipText());
        }
        assertEquals(List.of("Shows the diagram larger (Ctrl+=)", "Shows the diagram smaller (Ctrl+-)",
                "Zooms so that the whole diagram fits (Shift+Ctrl+F)",
                "Shows only the flows that are third-country transfers and the nodes they connect (Shift+Ctrl+T)",
                "Lays the diagram out anew, forgetting the positions given by hand (undoable) (Shift+Ctrl+A)",
                "Writes the diagram as an SVG file", "Writes the diagram as a PNG image"), tips,
                "the page's tool bar is filled from plugin.xml, each button's tooltip says what it does and its key");

        DiagramCanvas pageCanvas = page.canvas();
        pageCanvas.setZoom(1);
        press(bar, "Shows the diagram smaller");
        assertEquals(0.8, pageCanvas.zoom(), 1e-9, "the page's Zoom Out acts on the page's diagram");
        assertEquals(1.25, canvas.zoom(), 1e-9, "and not on the view's");

        int shown = visibleNodes(pageCanvas);
        press(bar, "Shows only the flows");
        assertTrue(bar.getItems()[3].getSelection(), "the toggle shows its state");
        assertTrue(visibleNodes(pageCanvas) < shown, "only the transfers are left on the page");
        assertTrue(visibleNodes(canvas) < shown, "and in the view: the filter is one state for every diagram");
        press(bar, "Shows only the flows");
        assertFalse(bar.getItems()[3].getSelection());
        assertEquals(shown, visibleNodes(pageCanvas));

        Workbench.page().showView(TransferReviewView.ID);
        Workbench.waitForJobs();
        press(bar, "Shows the diagram larger");
        assertEquals(1.0, pageCanvas.zoom(), 1e-9, "the page's buttons work while another view has the focus");
        editor.showPage(null);
    }

    @Test
    void ctrlYRedoesInTheEditorAndTheDiagramAndTheDiagramsKeysZoom() throws Exception {
        Workbench.page().activate(editor);
        Workbench.waitForJobs();
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("org.eclipse.ui.edit.redo", command(bindings, "M1+Y"), "Ctrl+Y redoes in the editor, as the guide says");
        assertEquals("org.eclipse.ui.edit.redo", command(bindings, "M1+M2+Z"), "and so does the platform's Shift+Ctrl+Z");
        assertEquals(null, command(bindings, "M1+="), "no diagram keys on the Model tab");

        editor.execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(), editor.model(),
                privflow.model.PrivflowPackage.Literals.NAMED__NAME, "Renamed"));
        editor.getEditingDomain().getCommandStack().undo();
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand(bindings.getPerfectMatch(KeySequence.getInstance("M1+Y")).getParameterizedCommand(), null);
        assertEquals("Renamed", editor.model().getName(), "the key's command redid the edit");

        editor.showPage(DiagramPage.ID);
        Workbench.waitForJobs();
        assertEquals("privflow.diagram.ui.zoomIn", command(bindings, "M1+="), "Ctrl+= zooms in on the Diagram tab");
        assertEquals("privflow.diagram.ui.zoomOut", command(bindings, "M1+-"));
        assertEquals("privflow.diagram.ui.zoomFit", command(bindings, "M1+M2+F"));
        assertEquals("privflow.diagram.ui.autoLayout", command(bindings, "M1+M2+A"));
        assertEquals("org.eclipse.ui.edit.redo", command(bindings, "M1+Y"), "and Ctrl+Y still redoes");

        DiagramView view = (DiagramView) Workbench.page().showView(DiagramView.ID);
        view.setEditor(editor);
        Workbench.page().activate(view);
        Workbench.waitForJobs();
        assertEquals("privflow.diagram.ui.zoomIn", command(bindings, "M1+="), "in the Data-Flow Diagram view too");
        assertEquals("org.eclipse.ui.edit.redo", command(bindings, "M1+Y"));
        view.canvas().setZoom(1);
        view.getSite().getService(IHandlerService.class)
                .executeCommand(bindings.getPerfectMatch(KeySequence.getInstance("M1+=")).getParameterizedCommand(), null);
        assertEquals(1.25, view.canvas().zoom(), 1e-9, "Ctrl+= zoomed the view's diagram");
        editor.showPage(null);
    }

    private static String command(IBindingService bindings, String keys) throws Exception {
        Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(keys));
        return binding == null || binding.getParameterizedCommand() == null ? null : binding.getParameterizedCommand().getId();
    }

    @Test
    void theTreesContextMenuOffersTheCatalogueCommandsAndRefreshRestoresTheCataloguesFacts() throws Exception {
        Workbench.page().activate(editor);
        var slack = editor.analysis().facts().knownServices().get("slack");
        editor.execute(CatalogueServices.add(editor.getEditingDomain(), editor.model(), slack, editor.analysis().facts()));
        Service added = editor.model().getServices().get(editor.model().getServices().size() - 1);
        editor.select(List.of(added));
        Workbench.waitForJobs();

        org.eclipse.swt.widgets.Tree tree = tree(editor);
        Menu menu = tree.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        Map<String, Boolean> items = new java.util.LinkedHashMap<>();
        for (MenuItem item : menu.getItems()) {
            items.put(item.getText(), item.isEnabled());
        }
        menu.notifyListeners(SWT.Hide, new Event());
        assertEquals(Boolean.TRUE, items.get("Add Service from Catalogue..."), items::toString);
        assertEquals(Boolean.TRUE, items.get("Refresh from Catalogue"), () -> "enabled for a service from the catalogue: " + items);

        added.getLocations().get(0).setCountry("FI");
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand("privflow.ui.catalogue.refresh", null);
        assertEquals("US", added.getLocations().get(0).getCountry(), "the catalogue's data location is back");
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals("FI", added.getLocations().get(0).getCountry(), "one undoable command");

        editor.select(List.of(editor.model().getOrganisations().get(0)));
        Workbench.waitForJobs();
        menu.notifyListeners(SWT.Show, new Event());
        boolean refreshEnabled = true;
        for (MenuItem item : menu.getItems()) {
            if (item.getText().equals("Refresh from Catalogue")) {
                refreshEnabled = item.isEnabled();
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        assertFalse(refreshEnabled, "nothing to refresh on an organisation");
    }

    private static org.eclipse.swt.widgets.Tree tree(PrivflowEditor editor) {
        return editor.viewer().getTree();
    }

    @Test
    void saveThroughThePlatformsSaveCommandLogsNothing() throws Exception {
        Workbench.page().activate(editor);
        editor.showPage(DiagramPage.ID); // the diagram's positions file is saved with the model
        Workbench.waitForJobs();
        editor.execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(), editor.model(),
                privflow.model.PrivflowPackage.Literals.NAMED__NAME, "Renamed before saving"));
        assertTrue(editor.isDirty());
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.FILE_SAVE, null);
        Workbench.waitForJobs();
        assertFalse(editor.isDirty(), "saved");
        editor.showPage(null);
    }

    /** Presses the button whose tooltip starts with {@code tip}, as a click does. */
    private static void press(ToolBar bar, String tip) {
        for (ToolItem item : bar.getItems()) {
            if (item.getToolTipText() != null && item.getToolTipText().startsWith(tip)) {
                if ((item.getStyle() & SWT.CHECK) != 0) {
                    item.setSelection(!item.getSelection());
                }
                item.notifyListeners(SWT.Selection, new Event());
                Workbench.waitForJobs();
                return;
            }
        }
        throw new AssertionError("no button " + tip);
    }

    private static ToolBar toolBar(Control control) {
        if (control instanceof ToolBar bar) {
            return bar;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                ToolBar found = toolBar(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** @return how many nodes the canvas shows (Select All selects those) */
    private static int visibleNodes(DiagramCanvas canvas) {
        canvas.selectAll();
        int nodes = canvas.selection().size();
        canvas.setSelection(List.of());
        return nodes;
    }
}
