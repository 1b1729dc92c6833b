// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import privflow.core.AnalysisResult;
import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramPositions;
import privflow.diagram.SvgExport;
import privflow.model.DataFlow;
import privflow.model.FlowEndpoint;
import privflow.model.Identified;
import privflow.model.KnownService;
import privflow.model.Named;
import privflow.model.io.AtomicFile;
import privflow.ui.internal.editor.EditorFollower;
import privflow.ui.internal.editor.PrivflowEditor;

/**
 * The data-flow diagram of the model in the active privflow editor, and a second editor of that
 * model: jurisdiction zones, findings on nodes and flows, a palette that creates nodes (also the
 * catalogue's known services) and flows, moving, resizing, renaming, reconnecting and deleting,
 * all as commands on the editor's own command stack (one undo history with the tree, one dirty
 * mark, saved together with Ctrl+S from either). Selection is in step with the editor, the
 * Outline and the Properties view. Node positions are kept beside the model
 * ({@code <model>.layout}); without them ELK lays the diagram out in a job, so a large model never
 * freezes the workbench. Export as SVG or PNG.
 */
public final class DiagramView extends ViewPart implements ISaveablePart {

    /** The view's id. */
    public static final String ID = "privflow.diagram.ui.view"; //$NON-NLS-1$

    /** Above this many nodes a drawing helps nobody and the layout would take long: the view says so instead. */
    static final int MAX_NODES = 1500;

    private DiagramCanvas canvas;
    private PaletteBar palette;
    private PrivflowEditor editor;
    private Job layoutJob;
    private EditorFollower follower;
    /** The last automatic layout of the followed editor's diagram, whose edge routes manual positions keep where they can. */
    private DiagramLayout automatic;
    private PrivflowEditor automaticFor;
    private List<Object> automaticShape;
    private final ElementSelection selectionProvider = new ElementSelection();
    private Action undo;
    private Action redo;
    private Action delete;
    private CommandStack watchedStack;
    private final CommandStackListener stackListener = this::stackChanged;

    private ISelectionProvider watched;
    private boolean pushing;
    /** The editor's selection, shown in the diagram (followed directly: the editor's tree appears only once loaded). */
    private final ISelectionChangedListener selectionListener = event -> {
        if (!pushing && event.getSelection() instanceof IStructuredSelection s) {
            List<String> ids = new ArrayList<>();
            for (Object o : s) {
                if (o instanceof Identified i && i.getId() != null) {
                    ids.add(i.getId());
                }
            }
            if (!ids.isEmpty()) {
                canvas.setSelection(ids);
                selectionProvider.set(elements(canvas.selection()));
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
        palette = new PaletteBar(root, tool -> canvas.setTool(tool), this::knownServices);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(palette.control());
        canvas = new DiagramCanvas(root);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        canvas.onToolChange(palette::show);
        canvas.setEdits(new ModelEdits());
        canvas.onSelect(ids -> {
            List<EObject> elements = elements(ids);
            selectionProvider.set(elements);
            if (editor != null && !elements.isEmpty()) {
                pushing = true;
                try {
                    editor.select(elements);
                } finally {
                    pushing = false;
                }
            }
        });
        getSite().setSelectionProvider(selectionProvider);
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
        toolbar.add(action(Messages.Diagram_AutoLayout, this::autoLayout));
        getViewSite().getActionBars().getMenuManager().add(action(Messages.Diagram_ExportSvg, () -> export("svg"))); //$NON-NLS-1$
        getViewSite().getActionBars().getMenuManager().add(action(Messages.Diagram_ExportPng, () -> export("png"))); //$NON-NLS-1$
        globalActions(getViewSite().getActionBars());
        follower = new EditorFollower(getSite().getPage(), this::refresh);
        follower.followActive();
    }

    private void globalActions(IActionBars bars) {
        undo = action("", () -> stack().undo()); //$NON-NLS-1$
        redo = action("", () -> stack().redo()); //$NON-NLS-1$
        delete = action("", () -> canvas.notifyDelete()); //$NON-NLS-1$
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), action("", canvas::selectAll)); //$NON-NLS-1$
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), action("", canvas::renameSelected)); //$NON-NLS-1$
        bars.updateActionBars();
        updateActions();
    }

    private CommandStack stack() {
        return editor.getEditingDomain().getCommandStack();
    }

    private void stackChanged(EventObject event) {
        updateActions();
        firePropertyChange(PROP_DIRTY);
    }

    private void updateActions() {
        CommandStack stack = editor == null ? null : stack();
        Command next = stack == null ? null : stack.getUndoCommand();
        undo.setEnabled(stack != null && stack.canUndo());
        undo.setText(NLS.bind(Messages.Diagram_Undo, next == null ? "" : next.getLabel())); //$NON-NLS-1$
        Command again = stack == null ? null : stack.getRedoCommand();
        redo.setEnabled(stack != null && stack.canRedo());
        redo.setText(NLS.bind(Messages.Diagram_Redo, again == null ? "" : again.getLabel())); //$NON-NLS-1$
        delete.setEnabled(editor != null);
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

    /** @return the editor whose model the view shows, or {@code null} */
    public PrivflowEditor editor() {
        return editor;
    }

    private Collection<KnownService> knownServices() {
        AnalysisResult result = editor == null ? null : editor.analysis();
        return result == null ? List.of() : result.facts().knownServices().values();
    }

    /** Builds the diagram now (cheap); lays it out from the saved positions at once, or with ELK in a job. */
    private void refresh() {
        editor = follower.editor();
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        watchSelection();
        watchStack();
        updateActions();
        firePropertyChange(PROP_DIRTY);
        AnalysisResult result = editor == null ? null : editor.analysis();
        DiagramDocument document = editor == null ? null : DiagramDocument.of(editor);
        if (result == null || document == null) {
            canvas.show(null, null);
            return;
        }
        if (automaticFor != editor) {
            automatic = null;
            automaticFor = editor;
        }
        Diagram diagram = Diagram.of(editor.model(), result, Locale.getDefault());
        if (diagram.nodes().size() > MAX_NODES) {
            setContentDescription(NLS.bind(Messages.Diagram_TooLarge, diagram.nodes().size(), MAX_NODES));
            canvas.show(null, null);
            return;
        }
        setContentDescription(document.problem() == null ? "" : NLS.bind(Messages.Diagram_PositionsUnreadable, document.problem())); //$NON-NLS-1$
        if (layoutJob != null) {
            layoutJob.cancel();
        }
        DiagramPositions positions = document.positions();
        boolean current = automatic != null && shape(diagram).equals(automaticShape);
        if (!positions.isEmpty() || current) {
            show(diagram, (automatic == null ? DiagramLayout.EMPTY : automatic).with(diagram, positions));
            if (current || automatic != null && !positions.isEmpty()) {
                return; // ELK would give the same, or its layout only lends edge routes to the user's positions
            }
        }
        PrivflowEditor laidOut = editor;
        layoutJob = Job.create(Messages.Diagram_LayoutJob, (IJobFunction) monitor -> layout(diagram, laidOut, monitor));
        layoutJob.schedule();
    }

    private IStatus layout(Diagram diagram, PrivflowEditor laidOut, IProgressMonitor monitor) {
        monitor.beginTask(Messages.Diagram_LayoutJob, IProgressMonitor.UNKNOWN);
        DiagramLayout layout = DiagramLayout.of(diagram);
        if (!monitor.isCanceled()) {
            canvas.getDisplay().asyncExec(() -> {
                if (!canvas.isDisposed() && editor == laidOut && !monitor.isCanceled()) {
                    automatic = layout;
                    automaticShape = shape(diagram);
                    DiagramDocument document = DiagramDocument.of(laidOut);
                    show(diagram, document == null ? layout : layout.with(diagram, document.positions()));
                }
            });
        }
        monitor.done();
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** @return what ELK's layout depends on: the nodes' ids, zones and widths, and the edges' ends */
    private static List<Object> shape(Diagram diagram) {
        List<Object> shape = new ArrayList<>();
        for (Diagram.Node n : diagram.nodes()) {
            shape.add(List.of(n.id(), n.zone(), DiagramLayout.nodeWidth(n.label())));
        }
        for (Diagram.Edge e : diagram.edges()) {
            shape.add(List.of(e.id(), e.source(), e.target()));
        }
        return shape;
    }

    private void show(Diagram diagram, DiagramLayout layout) {
        boolean first = canvas.diagramLayout() == null;
        canvas.show(diagram, layout);
        if (first) {
            canvas.zoomToFit();
        }
    }

    private void watchSelection() {
        ISelectionProvider provider = editor == null ? null : editor.getSite().getSelectionProvider();
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

    private void watchStack() {
        CommandStack stack = editor == null ? null : stack();
        if (stack != watchedStack) {
            if (watchedStack != null) {
                watchedStack.removeCommandStackListener(stackListener);
            }
            watchedStack = stack;
            if (watchedStack != null) {
                watchedStack.addCommandStackListener(stackListener);
            }
        }
    }

    /** Forgets every position: ELK lays the diagram out again (undoable). */
    public void autoLayout() {
        DiagramCommands commands = commands();
        if (commands != null) {
            editor.execute(commands.autoLayout());
        }
    }

    private DiagramCommands commands() {
        DiagramDocument document = editor == null ? null : DiagramDocument.of(editor);
        if (document == null || canvas.diagramLayout() == null) {
            return null;
        }
        return new DiagramCommands(editor.getEditingDomain(), editor.model(), document, canvas.diagramLayout());
    }

    private EObject element(String id) {
        if (editor == null || editor.model() == null || id == null) {
            return null;
        }
        int arrow = id.indexOf('>');
        return editor.model().eResource().getEObject(arrow > 0 ? id.substring(0, arrow) : id);
    }

    private List<EObject> elements(Collection<String> ids) {
        List<EObject> elements = new ArrayList<>();
        for (String id : ids) {
            EObject e = element(id);
            if (e != null && !elements.contains(e)) {
                elements.add(e);
            }
        }
        return elements;
    }

    /** The canvas's edits, turned into commands on the editor's command stack. */
    private final class ModelEdits implements DiagramCanvas.Edits {
        @Override
        public void create(Object tool, DiagramLayout.Point at) {
            DiagramCommands commands = commands();
            if (commands == null) {
                return;
            }
            if (tool instanceof KnownService known) {
                editor.execute(commands.create(known, at));
            } else if (tool instanceof DiagramCommands.NodeType type) {
                editor.execute(commands.create(type, newName(type), at));
            }
        }

        @Override
        public void connect(String source, String target) {
            DiagramCommands commands = commands();
            if (commands != null && element(source) instanceof FlowEndpoint from && element(target) instanceof FlowEndpoint to) {
                editor.execute(commands.connect(from, to));
            }
        }

        @Override
        public void reconnect(String edge, boolean source, String node) {
            DiagramCommands commands = commands();
            if (commands != null && element(edge) instanceof DataFlow flow && element(node) instanceof FlowEndpoint end) {
                editor.execute(commands.reconnect(flow, source, end));
            }
        }

        @Override
        public void move(Map<String, Box> bounds) {
            DiagramCommands commands = commands();
            if (commands != null) {
                editor.execute(commands.move(bounds, elements(bounds.keySet())));
            }
        }

        @Override
        public void rename(String id, String name) {
            DiagramCommands commands = commands();
            if (commands != null && element(id) instanceof Named named) {
                editor.execute(commands.rename(named, name));
            }
        }

        @Override
        public void delete(Collection<String> ids) {
            DiagramCommands commands = commands();
            Command command = commands == null ? null : commands.delete(ids);
            if (command != null) {
                editor.execute(command);
            }
        }
    }

    private static String newName(DiagramCommands.NodeType type) {
        return switch (type) {
        case ORGANISATION -> Messages.New_ORGANISATION;
        case SERVICE -> Messages.New_SERVICE;
        case DATA_STORE -> Messages.New_DATA_STORE;
        case SUBJECTS -> Messages.New_SUBJECTS;
        };
    }

    /** @return the canvas, for tests */
    public DiagramCanvas canvas() {
        return canvas;
    }

    /** @return the palette, for tests */
    PaletteBar palette() {
        return palette;
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
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                AtomicFile.write(file, SvgExport.svg(canvas.diagram(), canvas.diagramLayout(), Locale.getDefault()).getBytes(StandardCharsets.UTF_8));
            }
            return Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            return Status.error(NLS.bind(Messages.Diagram_ExportFailed, file, e.getMessage()), e);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class && editor != null) {
            return type.cast(editor.newPropertySheetPage());
        }
        return super.getAdapter(type);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (editor != null) {
            editor.doSave(monitor);
        }
    }

    @Override
    public void doSaveAs() {
        // the model is saved where it was opened, as by its editor
    }

    @Override
    public boolean isDirty() {
        return editor != null && editor.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return false; // the editor asks when it closes
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
        if (watchedStack != null) {
            watchedStack.removeCommandStackListener(stackListener);
        }
        if (layoutJob != null) {
            layoutJob.cancel();
        }
        super.dispose();
    }

    /** The diagram's selection as model elements, for the Properties view and other selection listeners. */
    private static final class ElementSelection implements ISelectionProvider {
        private final org.eclipse.core.runtime.ListenerList<ISelectionChangedListener> listeners = new org.eclipse.core.runtime.ListenerList<>();
        private IStructuredSelection selection = StructuredSelection.EMPTY;

        void set(List<EObject> elements) {
            IStructuredSelection next = new StructuredSelection(elements);
            if (!next.equals(selection)) {
                selection = next;
                SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
                for (ISelectionChangedListener l : listeners) {
                    l.selectionChanged(event);
                }
            }
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection newSelection) {
            // the diagram's selection is the user's: set it on the canvas
        }
    }
}
