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
import org.junit.jupiter.api.extension.ExtendWith;

import privflow.bench.LargeModelGenerator;
import privflow.diagram.ui.internal.DiagramCanvas;
import privflow.diagram.ui.internal.DiagramView;
import privflow.model.io.ModelStore;
import privflow.ui.internal.editor.PrivflowEditor;

/**
 * Opens the diagram of a generated model of about 1,000 elements (400 nodes, 600 flows) and
 * reports the layout time, the time of a full repaint, the heap the open diagram holds, and the
 * time of one step of dragging a node (which repaints only the damaged area) against a full repaint
 * of the window in the same run (printed as "privflow diagram:" lines; releng/bench-diagram-ui.sh
 * collects them). It asserts only what it measured, never a time.
 */
@ExtendWith(WorkspaceLog.Empty.class)
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
        double[] dragFit = dragSteps(canvas, true);
        canvas.notifyListeners(org.eclipse.swt.SWT.MouseUp, lastMouse);
        canvas.notifyListeners(org.eclipse.swt.SWT.KeyDown, escape());
        editor.getEditingDomain().getCommandStack().undo();
        double[] drag = dragSteps(canvas, false);
        long committed = System.nanoTime();
        canvas.notifyListeners(org.eclipse.swt.SWT.MouseUp, lastMouse);
        canvas.update();
        double commit = (System.nanoTime() - committed) / 1e6;
        org.junit.jupiter.api.Assertions.assertTrue(editor.isDirty(), "the drag moved a node");
        long held = usedAfterGc(memory) - before;
        System.out.printf("privflow diagram: %d elements (%d nodes, %d edges), canvas %dx%d%n", elements,
                canvas.diagram().nodes().size(), canvas.diagram().edges().size(), canvas.getSize().x, canvas.getSize().y);
        System.out.printf("privflow diagram: shown (build + ELK layout in a job + first paint) %.0f ms%n", shown);
        System.out.printf("privflow diagram: full repaint, zoomed to fit: median %.1f ms, max %.1f ms (30 runs)%n", fit[0], fit[1]);
        System.out.printf("privflow diagram: full repaint at 100%%: median %.1f ms, max %.1f ms (30 runs)%n", actual[0], actual[1]);
        System.out.printf("privflow diagram: heap held by the open diagram view %.1f MB%n", held / 1048576.0);
        for (double[] d : new double[][]{dragFit, drag}) {
            System.out.printf("privflow diagram: dragging a node %s, per mouse move: median %.1f ms, max %.1f ms (preview layout, then"
                    + " repainting the damaged %.0f%% of the view: median %.1f ms); full repaint of the view in the same run: median %.1f ms,"
                    + " max %.1f ms; partial / full repaint = %.2f (30 moves)%n", d == drag ? "at 100%" : "zoomed to fit", d[0], d[1],
                    d[4] * 100, d[5], d[2], d[3], d[5] / d[2]);
        }
        System.out.printf(
                "privflow diagram: dropping the node (move command on the editor's stack, diagram rebuilt and repainted) %.0f ms%n",
                commit);
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
        zoom(canvas, toFit);
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
            return new double[]{times[times.length / 2], times[times.length - 1], times.length};
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static org.eclipse.swt.widgets.Event lastMouse;

    private static void zoom(DiagramCanvas canvas, boolean toFit) {
        if (toFit) {
            canvas.zoomToFit();
        } else {
            canvas.setZoom(1);
        }
    }

    /**
     * @return median and maximum milliseconds of 30 steps of dragging the node nearest the middle of
     *         the visible area (the canvas's mouse handling, which lays out the preview and marks what
     *         changed, then painting only that area, as the canvas's double buffer gets it), the same
     *         for a full repaint of the visible area, and the damaged share of the area
     */
    private static double[] dragSteps(DiagramCanvas canvas, boolean toFit) {
        zoom(canvas, toFit);
        var area = canvas.getClientArea();
        var middle = canvas.toDiagram(area.width / 2, area.height / 2);
        String nearest = null;
        double best = Double.MAX_VALUE;
        for (var e : canvas.diagramLayout().nodes().entrySet()) {
            double d = Math.hypot(e.getValue().centre().x() - middle.x(), e.getValue().centre().y() - middle.y());
            if (d < best) {
                best = d;
                nearest = e.getKey();
            }
        }
        canvas.reveal(nearest);
        var start = canvas.toCanvas(canvas.diagramLayout().nodes().get(nearest).centre());
        lastMouse = mouse(start.x, start.y, 1);
        canvas.notifyListeners(org.eclipse.swt.SWT.MouseDown, lastMouse);
        var image = new org.eclipse.swt.graphics.Image(canvas.getDisplay(), area.width, area.height);
        var gc = new org.eclipse.swt.graphics.GC(image);
        try {
            double[] step = new double[30];
            double[] paint = new double[30];
            double[] full = new double[30];
            double share = 0;
            for (int i = 0; i < step.length; i++) {
                canvas.takeDamage();
                lastMouse = mouse(start.x + 3 * (i + 1), start.y + 2 * (i + 1), 0);
                long t = System.nanoTime();
                canvas.notifyListeners(org.eclipse.swt.SWT.MouseMove, lastMouse);
                var damage = canvas.takeDamage().intersection(area);
                long p = System.nanoTime();
                canvas.paintArea(gc, damage);
                step[i] = (System.nanoTime() - t) / 1e6;
                paint[i] = (System.nanoTime() - p) / 1e6;
                share += (double) damage.width * damage.height / (area.width * area.height) / step.length;
                t = System.nanoTime();
                canvas.paintVisible(gc);
                full[i] = (System.nanoTime() - t) / 1e6;
            }
            lastMouse.button = 1;
            Arrays.sort(step);
            Arrays.sort(paint);
            Arrays.sort(full);
            return new double[]{step[step.length / 2], step[step.length - 1], full[full.length / 2], full[full.length - 1], share,
                    paint[paint.length / 2]};
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static org.eclipse.swt.widgets.Event escape() {
        var e = new org.eclipse.swt.widgets.Event();
        e.keyCode = org.eclipse.swt.SWT.ESC;
        return e;
    }

    private static org.eclipse.swt.widgets.Event mouse(int x, int y, int button) {
        var e = new org.eclipse.swt.widgets.Event();
        e.x = x;
        e.y = y;
        e.button = button;
        return e;
    }

    private static long usedAfterGc(java.lang.management.MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
