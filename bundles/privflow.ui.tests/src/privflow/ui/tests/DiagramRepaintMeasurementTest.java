// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import privflow.bench.LargeModelGenerator;
import privflow.diagram.ui.internal.DiagramCanvas;
import privflow.diagram.ui.internal.DiagramView;
import privflow.model.io.ModelStore;
import privflow.ui.internal.editor.PrivflowEditor;

/**
 * Opens the diagram of a generated model of about 1,000 elements (400 nodes, 600 flows) and
 * reports the layout time, the time of a full repaint and the heap the open diagram holds
 * (printed as "privflow diagram:" lines; releng/bench-diagram-ui.sh collects them). It asserts
 * only what it measured, never a time.
 */
class DiagramRepaintMeasurementTest {

    @Test
    void measureTheDiagramOfAThousandElements() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("diagram-measurement");
        if (!project.exists()) {
            project.create(null);
            project.open(null);
        }
        IFile file = project.getFile("generated.privflow");
        byte[] content = ModelStore.toBytes(new LargeModelGenerator(1).generate(380, 600, 40));
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(content), true, false, null);
        } else {
            file.create(new ByteArrayInputStream(content), true, null);
        }
        var memory = ManagementFactory.getMemoryMXBean();
        PrivflowEditor editor = (PrivflowEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.waitForJobs();
        long before = usedAfterGc(memory);
        long start = System.nanoTime();
        DiagramView view = (DiagramView) Workbench.page().showView(DiagramView.ID);
        view.setEditor(editor);
        Workbench.waitForJobs();
        double shown = (System.nanoTime() - start) / 1e6;
        DiagramCanvas canvas = view.canvas();
        assertNotNull(canvas.diagramLayout());
        int elements = canvas.diagram().nodes().size() + canvas.diagram().edges().size();
        Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.waitForJobs();
        double[] fit = repaints(canvas, true);
        double[] actual = repaints(canvas, false);
        long held = usedAfterGc(memory) - before;
        System.out.printf("privflow diagram: %d elements (%d nodes, %d edges), canvas %dx%d%n", elements,
                canvas.diagram().nodes().size(), canvas.diagram().edges().size(), canvas.getSize().x, canvas.getSize().y);
        System.out.printf("privflow diagram: shown (build + ELK layout in a job + first paint) %.0f ms%n", shown);
        System.out.printf("privflow diagram: full repaint, zoomed to fit: median %.1f ms, max %.1f ms (30 runs)%n", fit[0], fit[1]);
        System.out.printf("privflow diagram: full repaint at 100%%: median %.1f ms, max %.1f ms (30 runs)%n", actual[0], actual[1]);
        System.out.printf("privflow diagram: heap held by the open diagram view %.1f MB%n", held / 1048576.0);
        Workbench.page().setPartState(Workbench.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
        Workbench.page().hideView(view);
        Workbench.page().closeAllEditors(false);
        project.delete(true, true, null);
        assertEquals(30, (int) fit[2]);
    }

    /**
     * @return median and maximum milliseconds of 30 full repaints of the visible area (the canvas's
     *         paint code into an off-screen image of its size, as its double buffer gets), and the count
     */
    private static double[] repaints(DiagramCanvas canvas, boolean toFit) {
        if (toFit) {
            canvas.zoomToFit();
        } else {
            canvas.setZoom(1);
        }
        var size = canvas.getClientArea();
        var image = new org.eclipse.swt.graphics.Image(canvas.getDisplay(), size.width, size.height);
        var gc = new org.eclipse.swt.graphics.GC(image);
        try {
            for (int i = 0; i < 5; i++) {
                canvas.paintVisible(gc);
            }
            double[] times = new double[30];
            for (int i = 0; i < times.length; i++) {
                long t = System.nanoTime();
                canvas.paintVisible(gc);
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(times);
            return new double[] { times[times.length / 2], times[times.length - 1], times.length };
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static long usedAfterGc(java.lang.management.MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
