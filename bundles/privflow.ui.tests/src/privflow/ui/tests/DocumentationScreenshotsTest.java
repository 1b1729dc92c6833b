// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import privflow.model.DataFlow;
import privflow.ui.internal.PrivacyPerspective;
import privflow.ui.internal.editor.PrivflowEditor;
import privflow.ui.internal.review.TransferReviewView;
import privflow.testing.RepositoryFiles;

/**
 * The workbench as the user guide shows it: the WhatsApp example in the editor with its markers,
 * and the Transfer Review view. Saves PNGs to target/screenshots/LANGUAGE (releng/screenshots.sh
 * copies them into docs/images, in English and Finnish) and checks they show a real window.
 */
@ExtendWith(WorkspaceLog.Empty.class)
class DocumentationScreenshotsTest {

    @Test
    void editorProblemsAndReviewViewAsTheUserGuideShowsThem() throws Exception {
        Path out = RepositoryFiles.of("bundles/privflow.ui.tests").resolve("target/screenshots/" + Locale.getDefault().getLanguage());
        Files.createDirectories(out);
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1400, 860);
        var page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(PrivacyPerspective.ID));
        page.resetPerspective();
        for (var project : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            project.delete(true, true, null);
        }
        IFile file = Workbench.exampleInNewProject("privacy-map", "cleaning-company");
        PrivflowEditor editor = (PrivflowEditor) IDE.openEditor(page, file);
        Workbench.waitForJobs();
        DataFlow whatsapp = editor.model().getFlows().stream().filter(f -> f.getName().startsWith("Daily")).findFirst().orElseThrow();
        editor.select(List.of(whatsapp));
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        page.activate(editor);
        settle();
        expandTables(shell);
        settle();
        Path editorShot = capture(shell, out.resolve("editor.png"));

        IFile midsize = Workbench.exampleInNewProject("midsize", "midsize-company");
        PrivflowEditor reviewed = (PrivflowEditor) IDE.openEditor(page, midsize);
        Workbench.waitForJobs();
        TransferReviewView review = (TransferReviewView) page.showView(TransferReviewView.ID);
        review.setEditor(reviewed);
        review.getSite().getSelectionProvider().setSelection(new StructuredSelection(review.rows().get(0)));
        page.setPartState(page.getReference(review), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        settle();
        Path reviewShot = capture(shell, out.resolve("review.png"));
        page.setPartState(page.getReference(review), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        privflow.diagram.ui.internal.DiagramView diagram = (privflow.diagram.ui.internal.DiagramView) page
                .showView(privflow.diagram.ui.internal.DiagramView.ID);
        diagram.setEditor(reviewed);
        page.setPartState(page.getReference(diagram), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        settle();
        diagram.canvas().zoomToFit();
        settle();
        Path diagramShot = capture(shell, out.resolve("diagram.png"));
        page.setPartState(page.getReference(diagram), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

        page.hideView(diagram);
        page.activate(editor);
        page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(editor);
        editor.showPage(privflow.diagram.ui.internal.DiagramPage.ID);
        settle();
        var canvas = ((privflow.diagram.ui.internal.DiagramPage) editor.activePage()).canvas();
        canvas.zoomToFit();
        canvas.setZoom(Math.min(1, canvas.zoom()));
        String whatsappService = "2c5f27e7-f92f-5b49-8e37-037fce9ac7b7";
        org.eclipse.swt.graphics.Point at = canvas.toCanvas(canvas.diagramLayout().nodes().get(whatsappService).centre());
        org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
        click.x = at.x;
        click.y = at.y;
        click.button = 1;
        canvas.notifyListeners(SWT.MouseDown, click);
        canvas.notifyListeners(SWT.MouseUp, click);
        settle();
        Path editingShot = capture(shell, out.resolve("diagram-editing.png"));
        page.closeAllEditors(false);

        IFile edited = midsize.getProject().getFile("midsize-company-2027.privflow");
        String text = new String(midsize.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("name=\"Customer service and billing\"", "name=\"Customer service\"");
        int start = text.indexOf("<flows id=\"2efe729e-7fa1-5df2-8ca2-d99f6b7bb4a3\"");
        text = text.substring(0, start) + text.substring(text.indexOf("/>", start) + 2);
        edited.create(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
        privflow.ui.internal.compare.CompareHandler.eachOther(page, midsize, edited);
        Workbench.waitForJobs();
        var changes = page.findView(privflow.ui.internal.compare.PrivacyChangesView.ID);
        ((privflow.ui.internal.compare.PrivacyChangesView) changes).viewer().expandAll();
        page.setPartState(page.getReference(changes), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        settle();
        Path changesShot = capture(shell, out.resolve("privacy-changes.png"));
        page.setPartState(page.getReference(changes), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        page.hideView(changes);

        for (Path shot : List.of(editorShot, reviewShot, diagramShot, editingShot, changesShot)) {
            ImageData data = new ImageLoader().load(shot.toString())[0];
            assertTrue(data.width >= 1000 && data.height >= 600, shot + " is " + data.width + "x" + data.height);
            assertTrue(distinctColours(data) > 16, shot + " looks blank");
        }
    }

    private static void settle() {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 1500;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // paint
            }
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Workbench.waitForJobs();
    }

    /** Opens the groups of tree tables (the Problems view's Errors and Warnings). */
    private static void expandTables(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Tree tree && tree.getColumnCount() >= 4) {
                for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
                    org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
                    event.item = item;
                    tree.notifyListeners(SWT.Expand, event);
                    item.setExpanded(true);
                }
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                expandTables(composite);
            }
        }
    }

    private static Path capture(Shell shell, Path file) {
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[]{image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }

    private static int distinctColours(ImageData data) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < data.height; y += 7) {
            for (int x = 0; x < data.width; x += 7) {
                colours.add(data.getPixel(x, y));
            }
        }
        return colours.size();
    }
}
