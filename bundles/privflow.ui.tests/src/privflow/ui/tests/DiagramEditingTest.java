// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramPositions;
import privflow.diagram.ui.internal.DiagramCanvas;
import privflow.diagram.ui.internal.PaletteEntry;
import privflow.diagram.ui.internal.DiagramPage;
import privflow.diagram.ui.internal.DiagramView;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.KnownService;
import privflow.model.Organisation;
import privflow.model.Service;
import privflow.model.io.ModelStore;
import privflow.ui.internal.editor.PrivflowEditor;

/**
 * Editing on the data-flow diagram with simulated mouse and key events, as a user does it: nodes
 * and a flow from the palette, undo and redo on the editor's command stack, moving with the
 * positions saved beside the model, marquee selection for the Properties view, reconnecting,
 * renaming in place, deleting, auto-layout, and the SVG export's structure.
 */
@ExtendWith(WorkspaceLog.Empty.class)
class DiagramEditingTest {

    private PrivflowEditor editor;
    private DiagramView view;
    private DiagramCanvas canvas;
    private IFile file;

    @BeforeEach
    void open() throws Exception {
        file = Workbench.exampleInNewProject("diagram-editing", "cleaning-company");
        editor = (PrivflowEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.waitForJobs();
        view = (DiagramView) Workbench.page().showView(DiagramView.ID);
        view.setEditor(editor);
        Workbench.waitForJobs();
        canvas = view.canvas();
        assertNotNull(canvas.diagramLayout(), "the layout job finished");
        canvas.setZoom(1);
        canvas.getHorizontalBar().setSelection(0);
        canvas.getVerticalBar().setSelection(0);
    }

    @AfterEach
    void close() {
        if (Workbench.page().findView(DiagramView.ID) != null) {
            Workbench.page().hideView(view);
        }
        Workbench.page().closeAllEditors(false);
        Workbench.waitForJobs();
    }

    @Test
    void twoNodesAndAFlowFromThePaletteUndoAndRedoWithTheTree() throws Exception {
        DataFlowModel model = editor.model();
        int organisations = model.getOrganisations().size();
        int flows = model.getFlows().size();
        double below = canvas.diagramLayout().height() + 40;

        palette("Organisation");
        click(new DiagramLayout.Point(40, below));
        assertEquals(organisations + 1, model.getOrganisations().size());
        Organisation created = model.getOrganisations().get(organisations);
        assertEquals("New organisation", created.getName());
        assertEquals(PaletteEntry.SELECT, canvas.tool(), "the palette goes back to Select after one node");
        Box placed = canvas.diagramLayout().nodes().get(created.getId());
        assertEquals(40, placed.x(), 0.5, "the node is where the user clicked");
        assertEquals(below, placed.y(), 0.5);

        palette("Service");
        click(new DiagramLayout.Point(300, below));
        Service service = model.getServices().get(model.getServices().size() - 1);
        assertEquals("New service", service.getName());

        palette("Flow");
        drag(centre(created.getId()), centre(service.getId()), 0);
        assertEquals(flows + 1, model.getFlows().size());
        DataFlow flow = model.getFlows().get(flows);
        assertEquals(created, flow.getSource());
        assertEquals(service, flow.getTarget());
        assertNotNull(canvas.diagramLayout().edges().get(flow.getId()), "the new flow is drawn");
        assertTrue(editor.isDirty());
        assertTrue(view.isDirty(), "the view shows the editor's dirty state (Ctrl+S there saves the model)");

        CommandStack stack = editor.getEditingDomain().getCommandStack();
        stack.undo();
        assertEquals(flows, model.getFlows().size());
        assertNull(canvas.diagramLayout().edges().get(flow.getId()), "undo removes the flow from the diagram");
        stack.redo();
        assertEquals(flow, model.getFlows().get(flows));
        assertNotNull(canvas.diagramLayout().edges().get(flow.getId()));
        stack.undo();
        stack.undo();
        stack.undo();
        assertEquals(organisations, model.getOrganisations().size());
        assertFalse(canvas.diagramLayout().nodes().containsKey(created.getId()));
        assertFalse(editor.isDirty(), "back where it was opened");
        stack.redo();
        stack.redo();
        stack.redo();
        assertEquals(flow.getSource(), model.getOrganisations().get(organisations));
        assertEquals(placed, canvas.diagramLayout().nodes().get(created.getId()), "redo puts the node back where it was");
    }

    @Test
    void aMovedNodeKeepsItsPlaceInTheLayoutFileAndAutoLayoutForgetsIt() throws Exception {
        String whatsapp = "2c5f27e7-f92f-5b49-8e37-037fce9ac7b7";
        Box before = canvas.diagramLayout().nodes().get(whatsapp);
        DiagramLayout.Point from = centre(whatsapp);
        drag(from, new DiagramLayout.Point(from.x() + 60, from.y() + 200), 0);
        Box after = canvas.diagramLayout().nodes().get(whatsapp);
        assertEquals(before.x() + 60, after.x(), 1);
        assertEquals(before.y() + 200, after.y(), 1);
        String flowId = null;
        for (var e : canvas.diagram().edges()) {
            if (e.target().equals(whatsapp)) {
                List<DiagramLayout.Point> route = canvas.diagramLayout().edges().get(e.id());
                DiagramLayout.Point end = route.get(route.size() - 1);
                assertTrue(onBorder(end, after), "the flow " + e.id() + " ends on the moved node: " + end + " " + after);
                flowId = e.id();
            }
        }
        assertNotNull(flowId);
        Box zone = canvas.diagramLayout().zones().get(canvas.diagram().nodes().stream().filter(n -> n.id().equals(whatsapp))
                .findFirst().orElseThrow().zone());
        assertTrue(zone.y() + zone.height() >= after.y() + after.height(), "the zone grows around the moved node");

        editor.doSave(null);
        Path layoutFile = DiagramPositions.beside(file.getLocation().toFile().toPath());
        String saved = Files.readString(layoutFile);
        assertTrue(saved.contains(whatsapp + " " + Math.round(after.x()) + " " + Math.round(after.y()) + " "), saved);
        assertTrue(file.getParent().getFile(new org.eclipse.core.runtime.Path(layoutFile.getFileName().toString())).exists(),
                "the workspace sees the layout file");
        assertFalse(editor.isDirty());

        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(before, canvas.diagramLayout().nodes().get(whatsapp), "undo moves it back");
        editor.getEditingDomain().getCommandStack().redo();

        view.autoLayout();
        Workbench.waitForJobs();
        assertEquals(before, canvas.diagramLayout().nodes().get(whatsapp), "auto-layout puts it back where ELK had it");
        editor.doSave(null);
        assertFalse(Files.exists(layoutFile), "no positions of its own, no file");
    }

    @Test
    void theEditorsDiagramPageEditsOnTheSameStackAndTakesDeleteWhileItShows() throws Exception {
        Workbench.page().hideView(view);
        Workbench.page().activate(editor);
        editor.showPage(DiagramPage.ID);
        Workbench.waitForJobs();
        assertTrue(editor.activePage() instanceof DiagramPage, "the Diagram tab shows");
        canvas = ((DiagramPage) editor.activePage()).canvas();
        assertNotNull(canvas.diagramLayout(), "laid out");
        canvas.setZoom(1);
        DataFlowModel model = editor.model();
        int subjects = model.getDataSubjectCategories().size();
        palette("Data Subjects");
        click(new DiagramLayout.Point(40, canvas.diagramLayout().height() + 40));
        assertEquals(subjects + 1, model.getDataSubjectCategories().size());
        var created = model.getDataSubjectCategories().get(subjects);
        assertEquals(List.of(created), ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList(),
                "the tree (and so the Properties view and the Outline) selects what the diagram made");
        var properties = (org.eclipse.ui.views.properties.PropertySheet) Workbench.page()
                .showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        Workbench.page().activate(editor);
        Workbench.waitForJobs();
        assertEquals(List.of(created), ((IStructuredSelection) Workbench.page().getSelection()).toList(), "the workbench's selection");
        String register = "965b65c7-b826-5c0f-9066-2e51808f72af";
        click(centre(register));
        Workbench.waitForJobs();
        assertEquals(List.of(model.eResource().getEObject(register)),
                ((IStructuredSelection) properties.getShowInContext().getSelection()).toList(),
                "the Properties view shows what the diagram selected");
        click(centre(created.getId()));
        assertTrue(editor.isDirty());

        var bars = editor.getEditorSite().getActionBars();
        bars.getGlobalActionHandler(ActionFactory.DELETE.getId()).run();
        assertEquals(subjects, model.getDataSubjectCategories().size(), "Delete on the page deletes the diagram's selection");
        bars.getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        assertEquals(subjects + 1, model.getDataSubjectCategories().size(), "the editor's Undo takes back the diagram's delete");

        editor.showPage(null);
        assertNull(editor.activePage(), "back to the tree");
        assertNull(bars.getGlobalActionHandler(ActionFactory.SELECT_ALL.getId()), "Select All is the diagram's only while it shows");
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(subjects, model.getDataSubjectCategories().size());
    }

    @Test
    void aCatalogueServiceIsPlacedPreFilledAndAResizeHandleResizes() throws Exception {
        DataFlowModel model = editor.model();
        KnownService slack = editor.analysis().facts().knownServices().values().stream().filter(k -> k.getName().startsWith("Slack"))
                .findFirst().orElseThrow();
        int organisations = model.getOrganisations().size();
        canvas.setTool(new PaletteEntry.Catalogue(slack));
        DiagramLayout.Point at = new DiagramLayout.Point(60, canvas.diagramLayout().height() + 60);
        click(at);
        Service service = model.getServices().get(model.getServices().size() - 1);
        assertEquals(slack.getKey(), service.getCatalogueEntry(), "the service is marked with its catalogue entry");
        assertFalse(service.getLocations().isEmpty(), "with the catalogue's data locations");
        assertNotNull(service.getProvider(), "and its provider");
        assertTrue(model.getOrganisations().size() > organisations, "the provider is added to the model");
        Box placed = canvas.diagramLayout().nodes().get(service.getId());
        assertEquals(at.x(), placed.x(), 0.5);
        assertEquals(java.util.List.of(service), ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList(),
                "the tree selects the new service");

        canvas.setSelection(List.of(service.getId()));
        DiagramLayout.Point corner = new DiagramLayout.Point(placed.x() + placed.width(), placed.y() + placed.height());
        drag(corner, new DiagramLayout.Point(corner.x() + 80, corner.y() + 20), 0);
        Box resized = canvas.diagramLayout().nodes().get(service.getId());
        assertEquals(placed.width() + 80, resized.width(), 1, "the corner handle resizes");
        assertEquals(placed.height() + 20, resized.height(), 1);
        assertEquals(placed.x(), resized.x(), 0.5, "without moving the node");

        CommandStack stack = editor.getEditingDomain().getCommandStack();
        stack.undo();
        stack.undo();
        assertEquals(organisations, model.getOrganisations().size(), "one undo takes back the service and its provider");
        assertFalse(canvas.diagramLayout().nodes().containsKey(service.getId()));
    }

    @Test
    void marqueeSelectionReachesThePropertiesViewAndTheTree() throws Exception {
        double width = canvas.diagramLayout().width();
        double height = canvas.diagramLayout().height();
        drag(new DiagramLayout.Point(width - 1, 1), new DiagramLayout.Point(1, height - 1), 0);
        int nodes = canvas.diagram().nodes().size();
        long selectedNodes = canvas.selection().stream().filter(id -> canvas.diagramLayout().nodes().containsKey(id)).count();
        assertEquals(nodes, selectedNodes, "the marquee over the whole drawing selects every node");
        IStructuredSelection shown = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
        assertTrue(shown.size() >= nodes, "the Properties view gets the model elements: " + shown);
        IStructuredSelection tree = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertTrue(tree.size() >= nodes, "and the tree selects them too: " + tree);
        assertNotNull(view.getAdapter(org.eclipse.ui.views.properties.IPropertySheetPage.class));

        key(SWT.ESC, 0);
        assertTrue(canvas.selection().isEmpty(), "Escape clears the selection");
        click(centre(canvas.diagram().nodes().get(0).id()));
        click(centre(canvas.diagram().nodes().get(1).id()), SWT.MOD1);
        assertEquals(2, canvas.selection().size(), "Ctrl+click adds to the selection");
        key(SWT.TAB, 0);
        assertEquals(1, canvas.selection().size(), "Tab walks to one node");
    }

    @Test
    void reconnectRenameInPlaceAndDelete() throws Exception {
        DataFlowModel model = editor.model();
        DataFlow flow = model.getFlows().stream().filter(f -> f.getTarget() instanceof Service s && s.getName().startsWith("WhatsApp"))
                .findFirst().orElseThrow();
        String register = "965b65c7-b826-5c0f-9066-2e51808f72af";
        String employees = "bb6d91ae-2507-572c-a21b-b59fb1b0df21";
        canvas.setSelection(List.of(flow.getId()));
        List<DiagramLayout.Point> route = canvas.diagramLayout().edges().get(flow.getId());
        drag(route.get(route.size() - 1), centre(employees), 0);
        assertEquals(employees, ((privflow.model.Identified) flow.getTarget()).getId(), "dragging the end handle reconnects the flow");
        editor.getEditingDomain().getCommandStack().undo();
        assertTrue(flow.getTarget() instanceof Service, "undo reconnects it back");

        canvas.setSelection(List.of(register));
        key(SWT.F2, 0);
        Text field = canvas.renameField();
        assertNotNull(field, "F2 opens the rename field over the node");
        field.setText("Booking register");
        field.notifyListeners(SWT.DefaultSelection, new Event());
        Service renamed = (Service) model.eResource().getEObject(register);
        assertEquals("Booking register", renamed.getName());
        assertTrue(canvas.diagram().nodes().stream().anyMatch(n -> n.label().equals("Booking register")));

        int flowsTouching = (int) model.getFlows().stream().filter(f -> f.getSource() == renamed || f.getTarget() == renamed).count();
        int flows = model.getFlows().size();
        assertTrue(flowsTouching > 0);
        canvas.setSelection(List.of(register));
        key(SWT.DEL, 0);
        assertNull(model.eResource().getEObject(register), "Delete deletes the service");
        assertEquals(flows - flowsTouching, model.getFlows().size(), "and the flows that touched it, leaving none dangling");
        assertFalse(canvas.diagramLayout().nodes().containsKey(register));
        editor.getEditingDomain().getCommandStack().undo();
        assertNotNull(model.eResource().getEObject(register));
        assertEquals(flows, model.getFlows().size());
    }

    @Test
    void theExportedSvgHasAGroupPerNodeAndFlowWithTheModelIds(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("diagram.svg");
        assertTrue(view.export(svg, "svg").isOK());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getTagName());
        NodeList groups = document.getElementsByTagName("g");
        Set<String> nodeIds = new HashSet<>();
        Set<String> edgeIds = new HashSet<>();
        List<String> zones = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            String kind = g.getAttribute("class");
            if (kind.startsWith("node ")) {
                nodeIds.add(g.getAttribute("data-id"));
                assertEquals(1, childRects(g), "a node is a box (its icon is a group of its own)");
                assertEquals(1, childGroups(g, "icon"), "with an icon");
            } else if (kind.startsWith("edge")) {
                edgeIds.add(g.getAttribute("data-id"));
                assertEquals(1, g.getElementsByTagName("path").getLength(), "a flow is a path");
            } else if (kind.startsWith("zone")) {
                zones.add(kind);
            }
        }
        Diagram diagram = canvas.diagram();
        assertEquals(diagram.nodes().stream().map(Diagram.Node::id).collect(java.util.stream.Collectors.toSet()), nodeIds);
        assertEquals(diagram.edges().stream().map(Diagram.Edge::id).collect(java.util.stream.Collectors.toSet()), edgeIds);
        assertEquals(canvas.diagramLayout().zones().size(), zones.size(), "a group per jurisdiction zone: " + zones);
        assertTrue(nodeIds.contains("2c5f27e7-f92f-5b49-8e37-037fce9ac7b7"));
    }

    @Test
    void aDamagedLayoutFileIsReportedAndKeptUntilTheUserLaysOutAnew() throws Exception {
        Workbench.page().closeAllEditors(false);
        Path layoutFile = DiagramPositions.beside(file.getLocation().toFile().toPath());
        Files.writeString(layoutFile, "# privflow diagram positions 1\nnot a position\n", StandardCharsets.UTF_8);
        editor = (PrivflowEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.waitForJobs();
        view.setEditor(editor);
        Workbench.waitForJobs();
        assertTrue(view.getContentDescription().contains("line 2"), view.getContentDescription());
        assertNotNull(view.canvas().diagramLayout(), "laid out automatically instead");
        editor.getEditingDomain().getCommandStack().execute(
                org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(), editor.model(),
                        privflow.model.PrivflowPackage.Literals.NAMED__DESCRIPTION, "changed again"));
        editor.doSave(null);
        assertEquals("# privflow diagram positions 1\nnot a position\n", Files.readString(layoutFile),
                "a save of the model alone keeps the file");
        assertEquals("changed again", ModelStore.load(ModelStore.newResourceSet(), file.getLocation().toFile().toPath()).getDescription());
    }

    // ---- gestures ------------------------------------------------------------------------

    private void palette(String label) {
        for (Control c : canvas.getParent().getChildren()) {
            if (c instanceof ToolBar bar) {
                for (ToolItem item : bar.getItems()) {
                    if (label.equals(item.getText())) {
                        assertTrue((bar.getStyle() & SWT.VERTICAL) != 0, "the palette is a vertical tool bar");
                        assertNotNull(item.getImage(), () -> label + " has an icon");
                        assertTrue(item.getToolTipText() != null && item.getToolTipText().length() > label.length(),
                                () -> label + " has a tooltip that says what it does");
                        for (ToolItem other : bar.getItems()) {
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
        throw new AssertionError("no palette item " + label);
    }

    private DiagramLayout.Point centre(String id) {
        return canvas.diagramLayout().nodes().get(id).centre();
    }

    private void click(DiagramLayout.Point at) {
        click(at, 0);
    }

    private void click(DiagramLayout.Point at, int modifiers) {
        Gestures.click(canvas, at, modifiers);
    }

    private void drag(DiagramLayout.Point from, DiagramLayout.Point to, int modifiers) {
        Gestures.drag(canvas, from, to, modifiers);
    }

    private void key(int code, int modifiers) {
        Event e = new Event();
        e.keyCode = code;
        e.stateMask = modifiers;
        if (code == SWT.TAB) {
            e.detail = SWT.TRAVERSE_TAB_NEXT;
            e.doit = true;
            canvas.notifyListeners(SWT.Traverse, e);
            return;
        }
        if (code == SWT.ESC) {
            e.character = SWT.ESC;
        }
        canvas.notifyListeners(SWT.KeyDown, e);
    }

    private static int childGroups(Element g, String cssClass) {
        int groups = 0;
        for (var child = g.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && "g".equals(e.getTagName()) && cssClass.equals(e.getAttribute("class"))) {
                groups++;
            }
        }
        return groups;
    }

    private static int childRects(Element g) {
        int rects = 0;
        for (var child = g.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && "rect".equals(e.getTagName())) {
                rects++;
            }
        }
        return rects;
    }

    private static boolean onBorder(DiagramLayout.Point p, Box b) {
        boolean inX = p.x() >= b.x() - 1 && p.x() <= b.x() + b.width() + 1;
        boolean inY = p.y() >= b.y() - 1 && p.y() <= b.y() + b.height() + 1;
        boolean onSide = Math.abs(p.x() - b.x()) < 1 || Math.abs(p.x() - b.x() - b.width()) < 1 || Math.abs(p.y() - b.y()) < 1
                || Math.abs(p.y() - b.y() - b.height()) < 1;
        return inX && inY && onSide;
    }
}
