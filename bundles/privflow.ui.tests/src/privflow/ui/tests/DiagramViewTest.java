// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.Catalogues;
import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramRenderer;
import privflow.diagram.ui.internal.DiagramCanvas;
import privflow.diagram.ui.internal.DiagramView;
import privflow.model.DataFlowModel;
import privflow.model.Identified;
import privflow.model.Service;
import privflow.model.io.ModelStore;
import privflow.testing.RepositoryFiles;
import privflow.ui.internal.editor.PrivflowEditor;

/** The Data-Flow Diagram view: follows the editor, selects by click, zooms within bounds, exports SVG and PNG. */
@ExtendWith(WorkspaceLog.Empty.class)
class DiagramViewTest {

    private static final String WHATSAPP = "2c5f27e7-f92f-5b49-8e37-037fce9ac7b7";

    @AfterEach
    void closeEditors() {
        Workbench.page().closeAllEditors(false);
        Workbench.waitForJobs();
    }

    @Test
    void theDiagramFollowsTheEditorAndAClickSelectsTheService(@TempDir Path dir) throws Exception {
        IFile file = Workbench.exampleInNewProject("diagram", "cleaning-company");
        PrivflowEditor editor = (PrivflowEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.waitForJobs();
        DiagramView view = (DiagramView) Workbench.page().showView(DiagramView.ID);
        view.setEditor(editor);
        Workbench.waitForJobs();
        DiagramCanvas canvas = view.canvas();
        assertNotNull(canvas.diagramLayout(), "the layout job finished");
        assertEquals(5, canvas.diagram().nodes().size(),
                "two groups of data subjects, the register, WhatsApp, the cleaner holding its contract");

        canvas.setZoom(1);
        canvas.getHorizontalBar().setSelection(0);
        canvas.getVerticalBar().setSelection(0);
        DiagramLayout.Box box = canvas.diagramLayout().nodes().get(WHATSAPP);
        Event click = new Event();
        click.x = (int) (box.x() + box.width() / 2);
        click.y = (int) (box.y() + box.height() / 2);
        click.button = 1;
        canvas.notifyListeners(SWT.MouseDown, click);
        Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
        assertTrue(selected instanceof Service s && WHATSAPP.equals(s.getId()), String.valueOf(selected));
        assertEquals(WHATSAPP, canvas.selected());

        Workbench.page().activate(editor);
        editor.select(List.of(editor.model().getServices().get(0)));
        Workbench.waitForJobs();
        assertEquals(((Identified) editor.model().getServices().get(0)).getId(), canvas.selected(),
                "the editor's selection shows in the diagram");

        canvas.setZoom(100);
        assertEquals(4.0, canvas.zoom());
        canvas.setZoom(0.001);
        assertEquals(0.25, canvas.zoom());
        canvas.setTransfersOnly(true);
        canvas.redraw();
        canvas.update();

        Path svg = dir.resolve("diagram.svg");
        Path png = dir.resolve("diagram.png");
        assertTrue(view.export(svg, "svg").isOK());
        assertTrue(view.export(png, "png").isOK());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), text.substring(0, 80));
        assertTrue(text.contains(WHATSAPP));
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals((int) Math.ceil(canvas.drawingWidth() * 2) + 1, image.width, "the whole drawing and its legend, at twice the size");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left");
        }
        Workbench.page().hideView(view);
    }

    @Test
    void aDiagramShownBeforeItsCanvasHasASizeFitsOnceItGetsOne() throws Exception {
        DataFlowModel model = ModelStore.load(RepositoryFiles.of("examples/cleaning-company.privflow"));
        Diagram diagram = Diagram.of(model, Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT),
                Locale.ENGLISH);
        Shell shell = new Shell(Workbench.page().getWorkbenchWindow().getShell());
        try {
            DiagramCanvas canvas = new DiagramCanvas(shell);
            canvas.setSize(0, 0);
            canvas.show(diagram, DiagramLayout.of(diagram));
            canvas.zoomToFitFirstTime();
            assertEquals(1.0, canvas.zoom(), "a canvas of no size (a page behind another, at start-up) keeps 100%");

            canvas.setSize(420, 300);
            double fitting = Math.min(420.0 / canvas.drawingWidth(), 300.0 / DiagramRenderer.height(canvas.diagramLayout()));
            assertTrue(canvas.zoom() > 0.25, "not drawn tiny: " + canvas.zoom());
            assertEquals(Math.min(1, fitting), canvas.zoom(), 0.05, "fitted when it got its size");
            canvas.setSize(2000, 1500);
            assertTrue(canvas.zoom() < 1.01, "later resizes leave the user's zoom alone");
        } finally {
            shell.dispose();
        }
    }
}
