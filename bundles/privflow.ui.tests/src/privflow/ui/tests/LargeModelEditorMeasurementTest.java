// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import privflow.bench.LargeModelGenerator;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.io.ModelStore;
import privflow.ui.internal.editor.PrivflowEditor;

/**
 * Opens a generated model of 2,000 services, 20,000 flows and 1,000 activities in the model editor
 * and reports, as "privflow editor:" lines, how long the user waits (the editor shown, the markers
 * written, an element revealed and selected in the collapsed tree) in the Privacy Data Flows
 * perspective (outline, properties, problems, transfer review, diagram), and the longest time the UI
 * thread was busy while it opened: a heartbeat posted to the UI thread every 5 ms from another
 * thread records how late each beat ran, and where the UI thread was while a beat waited. It
 * asserts only what it measured, never a time.
 */
@ExtendWith(WorkspaceLog.Empty.class)
class LargeModelEditorMeasurementTest {

    /** Posts a beat to the UI thread every 5 ms and keeps the longest wait of one. */
    private static final class Heartbeat implements AutoCloseable {

        private final AtomicLong longest = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        /** Where the UI thread was, sampled every 20 ms while a beat waited more than 50 ms: frame, samples. */
        private final java.util.Map<String, Integer> busy = new java.util.concurrent.ConcurrentHashMap<>();

        Heartbeat(Display display) {
            Thread ui = display.getThread();
            thread = new Thread(() -> {
                while (running && !display.isDisposed()) {
                    long posted = System.nanoTime();
                    java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
                    display.asyncExec(() -> {
                        longest.accumulateAndGet(System.nanoTime() - posted, Math::max);
                        ran.set(true);
                    });
                    while (!ran.get() && running && !display.isDisposed()) {
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                        if (!ran.get() && System.nanoTime() - posted > 50_000_000L) {
                            busy.merge(where(ui.getStackTrace()), 1, Integer::sum);
                        }
                    }
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "privflow heartbeat");
            thread.setDaemon(true);
            thread.start();
        }

        /** @return the first frame of privflow's or of the workbench's own code, with the JDK's and SWT's skipped */
        private static String where(StackTraceElement[] stack) {
            for (StackTraceElement frame : stack) {
                String c = frame.getClassName();
                if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.") && !c.startsWith("org.eclipse.swt.")) {
                    return c + "." + frame.getMethodName();
                }
            }
            return stack.length == 0 ? "?" : stack[0].toString();
        }

        /** @return where the UI thread was busiest while beats waited, most samples first */
        String busiest() {
            return busy.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(6)
                    .map(e -> e.getKey() + " x" + e.getValue()).toList().toString();
        }

        /** @return the longest wait since the last call, in ms */
        double takeLongest() {
            return longest.getAndSet(0) / 1e6;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            while (thread.isAlive()) {
                Display.getCurrent().readAndDispatch();
                thread.join(10);
            }
        }
    }

    @Test
    void measureAModelOfTwentyThousandFlows() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-measurement");
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        IFile file = project.getFile("generated.privflow");
        DataFlowModel generated = new LargeModelGenerator(1).generate(2000, 20000, 1000);
        int elements = generated.getOrganisations().size() + generated.getServices().size() + generated.getFlows().size()
                + generated.getActivities().size() + generated.getDataCategories().size();
        file.create(new ByteArrayInputStream(ModelStore.toBytes(generated)), true, null);
        org.eclipse.ui.PlatformUI.getWorkbench().showPerspective(privflow.ui.internal.PrivacyPerspective.ID,
                org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Workbench.page().resetPerspective();
        Workbench.waitForJobs();
        Display display = Display.getCurrent();
        try (Heartbeat heartbeat = new Heartbeat(display)) {
            heartbeat.takeLongest();
            long start = System.nanoTime();
            PrivflowEditor editor = (PrivflowEditor) IDE.openEditor(Workbench.page(), file);
            while (editor.viewer() == null) {
                if (!display.readAndDispatch()) {
                    Thread.sleep(2);
                }
            }
            double shown = (System.nanoTime() - start) / 1e6;
            Workbench.waitForJobs();
            double markersWritten = (System.nanoTime() - start) / 1e6;
            double longestOpening = heartbeat.takeLongest();
            String busyOpening = heartbeat.busiest();
            int markers = Workbench.markers(file).size();

            DataFlow last = editor.model().getFlows().get(editor.model().getFlows().size() - 1);
            long revealStart = System.nanoTime();
            editor.select(List.of(last));
            double reveal = (System.nanoTime() - revealStart) / 1e6;
            Workbench.waitForJobs();
            double longestReveal = heartbeat.takeLongest();
            IStructuredSelection selected = editor.viewer().getStructuredSelection();
            assertEquals(List.of(last), selected.toList(), "the last flow is selected");
            DataFlow first = editor.model().getFlows().get(0);
            long selectStart = System.nanoTime();
            editor.select(List.of(first));
            double select = (System.nanoTime() - selectStart) / 1e6;
            assertTrue(markers > 1000, "a generated model has many findings: " + markers);
            heartbeat.takeLongest();
            long reviewStart = System.nanoTime();
            privflow.ui.internal.review.TransferReviewView review = (privflow.ui.internal.review.TransferReviewView) Workbench.page()
                    .showView(privflow.ui.internal.review.TransferReviewView.ID);
            Workbench.waitForJobs();
            double reviewShown = (System.nanoTime() - reviewStart) / 1e6;
            double longestReview = heartbeat.takeLongest();
            assertTrue(review.rows().size() > 1000, "the review lists the transfers: " + review.rows().size());

            System.out.printf("privflow editor: %d elements (%d flows), %d markers%n", elements, generated.getFlows().size(), markers);
            System.out.printf("privflow editor: open until the tree is shown %.0f ms, until the markers are written %.0f ms%n", shown,
                    markersWritten);
            System.out.printf("privflow editor: longest UI-thread task while opening %.0f ms; the UI thread was busy in %s%n",
                    longestOpening, busyOpening);
            System.out.printf(
                    "privflow editor: reveal and select the last flow %.0f ms (longest UI-thread task %.0f ms), then the first %.0f ms%n",
                    reveal, longestReveal, select);
            System.out.printf("privflow editor: Transfer Review shown with %d rows in %.0f ms (longest UI-thread task %.0f ms)%n",
                    review.rows().size(), reviewShown, longestReview);
            editor.getSite().getPage().closeEditor(editor, false);
        }
        project.delete(true, true, null);
    }
}
