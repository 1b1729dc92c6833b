// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;

import privflow.core.AnalysisResult;
import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.SvgExport;
import privflow.model.Identified;
import privflow.ui.internal.editor.EditorFollower;
import privflow.ui.internal.editor.PrivflowEditor;

/**
 * The data-flow diagram of the model in the active privflow editor: jurisdiction zones, findings on
 * nodes and flows, selection in step with the editor, zoom, a transfers-only filter, and export as
 * SVG or PNG. The ELK layout runs in a job, so a large model never freezes the workbench.
 */
public final class DiagramView extends ViewPart {

    /** The view's id. */
    public static final String ID = "privflow.diagram.ui.view"; //$NON-NLS-1$

    /** Above this many nodes a drawing helps nobody and the layout would take long: the view says so instead. */
    static final int MAX_NODES = 1500;

    private DiagramCanvas canvas;
    private PrivflowEditor editor;
    private Job layoutJob;
    private EditorFollower follower;

    private org.eclipse.jface.viewers.ISelectionProvider watched;
    /** The editor's selection, shown in the diagram (followed directly: the editor's tree appears only once loaded). */
    private final org.eclipse.jface.viewers.ISelectionChangedListener selectionListener = event -> {
        if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Identified i) {
            canvas.select(i.getId());
        }
    };

    private void watchSelection() {
        org.eclipse.jface.viewers.ISelectionProvider provider = editor == null ? null : editor.getSite().getSelectionProvider();
        if (provider != watched) {
            if (watched != null) {
                watched.removeSelectionChangedListener(selectionListener);
            }
            watched = provider;
            if (watched != null) {
                watched.addSelectionChangedListener(selectionListener);
            }
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        canvas = new DiagramCanvas(parent);
        canvas.onSelect(id -> {
            if (editor != null && id != null && editor.model() != null) {
                EObject element = editor.model().eResource().getEObject(id.contains(">") ? id.substring(0, id.indexOf('>')) : id); //$NON-NLS-1$
                if (element != null) {
                    editor.select(List.of(element));
                }
            }
        });
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(action(Messages.Diagram_ZoomIn, () -> canvas.setZoom(canvas.zoom() * 1.25)));
        toolbar.add(action(Messages.Diagram_ZoomOut, () -> canvas.setZoom(canvas.zoom() / 1.25)));
        toolbar.add(action(Messages.Diagram_ZoomFit, canvas::zoomToFit));
        Action transfers = new Action(Messages.Diagram_TransfersOnly, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                canvas.setTransfersOnly(isChecked());
            }
        };
        toolbar.add(transfers);
        getViewSite().getActionBars().getMenuManager().add(action(Messages.Diagram_ExportSvg, () -> export("svg"))); //$NON-NLS-1$
        getViewSite().getActionBars().getMenuManager().add(action(Messages.Diagram_ExportPng, () -> export("png"))); //$NON-NLS-1$
        follower = new EditorFollower(getSite().getPage(), this::refresh);
        follower.followActive();
    }

    private static Action action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Shows the diagram of {@code newEditor}'s model, or nothing. */
    public void setEditor(PrivflowEditor newEditor) {
        follower.follow(newEditor);
    }

    /** Builds the diagram now (cheap) and lays it out in a job (ELK); the canvas follows when done. */
    private void refresh() {
        editor = follower.editor();
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        watchSelection();
        AnalysisResult result = editor == null ? null : editor.analysis();
        if (result == null) {
            canvas.show(null, null);
            return;
        }
        Diagram diagram = Diagram.of(editor.model(), result, Locale.getDefault());
        if (diagram.nodes().size() > MAX_NODES) {
            setContentDescription(NLS.bind(Messages.Diagram_TooLarge, diagram.nodes().size(), MAX_NODES));
            canvas.show(null, null);
            return;
        }
        setContentDescription(""); //$NON-NLS-1$
        if (layoutJob != null) {
            layoutJob.cancel();
        }
        layoutJob = Job.create(Messages.Diagram_LayoutJob, (IJobFunction) monitor -> {
            DiagramLayout layout = DiagramLayout.of(diagram);
            if (!monitor.isCanceled()) {
                canvas.getDisplay().asyncExec(() -> {
                    if (!canvas.isDisposed()) {
                        boolean first = canvas.diagramLayout() == null;
                        canvas.show(diagram, layout);
                        if (first) {
                            canvas.zoomToFit();
                        }
                    }
                });
            }
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        layoutJob.schedule();
    }

    /** @return the canvas, for tests */
    public DiagramCanvas canvas() {
        return canvas;
    }

    private void export(String format) {
        if (canvas.diagramLayout() == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format }); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            IStatus status = export(Path.of(file), format);
            if (!status.isOK()) {
                MessageDialog.openError(getSite().getShell(), Messages.Diagram_ExportSvg, status.getMessage());
            }
        }
    }

    /** Writes the diagram shown to {@code file} as SVG or PNG (drawn by the canvas's own painter, at twice the size). */
    public IStatus export(Path file, String format) {
        try {
            if ("png".equals(format)) { //$NON-NLS-1$
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { canvas.snapshot(2) };
                Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".diagram", ".png"); //$NON-NLS-1$ //$NON-NLS-2$
                loader.save(tmp.toString(), SWT.IMAGE_PNG);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } else {
                privflow.model.io.AtomicFile.write(file,
                        SvgExport.svg(canvas.diagram(), canvas.diagramLayout(), Locale.getDefault()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            return Status.error(NLS.bind(Messages.Diagram_ExportFailed, file, e.getMessage()), e);
        }
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        follower.dispose();
        if (watched != null) {
            watched.removeSelectionChangedListener(selectionListener);
        }
        if (layoutJob != null) {
            layoutJob.cancel();
        }
        super.dispose();
    }
}
