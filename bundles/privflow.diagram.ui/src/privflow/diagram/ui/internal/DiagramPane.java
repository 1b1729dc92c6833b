// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.core.commands.IStateListener;
import org.eclipse.core.commands.State;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.RegistryToggleState;

import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.core.LegalFacts;
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
import privflow.ui.editor.ModelEditor;

/**
 * The diagram of one model editor's model and its editing: the palette and the canvas, edits as
 * commands on the editor's command stack, the selection in step with the editor's, and the layout
 * (the user's positions, else ELK in a job so that a large model never freezes the workbench).
 * Shown by the editor's Diagram page and by the Data-Flow Diagram view.
 */
final class DiagramPane {

    private final Composite root;
    private final PaletteBar palette;
    private final DiagramCanvas canvas;
    private final Consumer<String> description;
    private Consumer<List<EObject>> selectionListener = elements -> {};
    private ModelEditor editor;
    private Job layoutJob;
    /** The last automatic layout of the editor's diagram, whose edge routes the user's positions keep where they can. */
    private DiagramLayout automatic;
    private List<Object> automaticShape;
    private final Runnable refresh = this::refresh;

    private ISelectionProvider watched;
    private boolean pushing;
    private final ISelectionChangedListener editorSelection = this::editorSelectionChanged;

    /** @param description shows a note above the diagram (empty for none), such as an unreadable positions file */
    DiagramPane(Composite parent, Consumer<String> description) {
        this.description = description;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(root);
        palette = new PaletteBar(root, tool -> canvasTool(tool), this::knownServices);
        GridDataFactory.fillDefaults().grab(false, true).align(SWT.FILL, SWT.BEGINNING).applyTo(palette.control());
        canvas = new DiagramCanvas(root);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
        canvas.onToolChange(palette::show);
        canvas.setEdits(new ModelEdits());
        canvas.onSelect(ids -> {
            List<EObject> elements = elements(ids);
            selectionListener.accept(elements);
            if (editor != null && !elements.isEmpty()) {
                pushing = true;
                try {
                    editor.select(elements);
                } finally {
                    pushing = false;
                }
            }
        });
        followTransfersOnly();
        root.addListener(SWT.Dispose, e -> dispose());
    }

    /** Shows transfers only while the toggle command {@link DiagramHandler#TRANSFERS_ONLY} is on (in every diagram). */
    private void followTransfersOnly() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        State state = commands.getCommand(DiagramHandler.TRANSFERS_ONLY).getState(RegistryToggleState.STATE_ID);
        if (state == null) {
            return;
        }
        IStateListener listener = (s, old) -> {
            if (!canvas.isDisposed()) {
                canvas.setTransfersOnly(Boolean.TRUE.equals(s.getValue()));
            }
        };
        canvas.setTransfersOnly(Boolean.TRUE.equals(state.getValue()));
        state.addListener(listener);
        root.addListener(SWT.Dispose, e -> state.removeListener(listener));
    }

    /** Shows the editor's selection in the diagram. */
    private void editorSelectionChanged(SelectionChangedEvent event) {
        if (!pushing && event.getSelection() instanceof IStructuredSelection s) {
            List<String> ids = new ArrayList<>();
            for (Object o : s) {
                if (o instanceof Identified i && i.getId() != null) {
                    ids.add(i.getId());
                }
            }
            if (!ids.isEmpty()) {
                canvas.setSelection(ids);
                selectionListener.accept(elements(canvas.selection()));
            }
        }
    }

    private void canvasTool(PaletteEntry tool) {
        canvas.setTool(tool);
        canvas.setFocus();
    }

    /** @return the pane's top control */
    Composite control() {
        return root;
    }

    DiagramCanvas canvas() {
        return canvas;
    }

    /** @return the editor whose model the pane shows, or {@code null} */
    ModelEditor editor() {
        return editor;
    }

    /** Calls {@code listener} with the model elements of the diagram's selection whenever it changes. */
    void onSelection(Consumer<List<EObject>> listener) {
        this.selectionListener = listener;
    }

    /** Shows the model of {@code newEditor} (or nothing), and follows its changes and selection. */
    void setEditor(ModelEditor newEditor) {
        if (newEditor == editor) {
            return;
        }
        if (editor != null) {
            editor.removeAnalysisListener(refresh);
        }
        editor = newEditor;
        automatic = null;
        automaticShape = null;
        if (editor != null) {
            editor.addAnalysisListener(refresh);
        }
        refresh();
    }

    /** @return an action that runs {@code run} */
    static Action action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private LegalFacts facts() {
        AnalysisResult result = editor.analysis();
        return result != null ? result.facts() : LegalFacts.of(List.of(Catalogues.shipped()));
    }

    private Collection<KnownService> knownServices() {
        AnalysisResult result = editor == null ? null : editor.analysis();
        return result == null ? List.of() : result.facts().knownServices().values();
    }

    /** Builds the diagram now (cheap); lays it out from the saved positions at once, or with ELK in a job. */
    void refresh() {
        if (canvas.isDisposed()) {
            return;
        }
        watchSelection();
        AnalysisResult result = editor == null ? null : editor.analysis();
        DiagramDocument document = editor == null ? null : DiagramDocument.of(editor);
        if (result == null || document == null) {
            canvas.show(null, null);
            return;
        }
        Diagram diagram = Diagram.of(editor.model(), result, Locale.getDefault());
        if (diagram.tooLarge()) {
            description.accept(NLS.bind(Messages.Diagram_TooLarge, new Object[]{diagram.nodes().size(), diagram.edges().size(),
                    Diagram.MAX_NODES, Diagram.MAX_EDGES}));
            canvas.show(null, null);
            return;
        }
        description.accept(document.problem() == null ? "" : NLS.bind(Messages.Diagram_PositionsUnreadable, document.problem())); //$NON-NLS-1$
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
        ModelEditor laidOut = editor;
        layoutJob = Job.create(Messages.Diagram_LayoutJob, (IJobFunction) monitor -> layout(diagram, laidOut, monitor));
        layoutJob.schedule();
    }

    private IStatus layout(Diagram diagram, ModelEditor laidOut, IProgressMonitor monitor) {
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
            canvas.zoomToFitFirstTime();
        }
    }

    private void watchSelection() {
        ISelectionProvider provider = editor == null ? null : editor.getSite().getSelectionProvider();
        if (provider != watched) {
            if (watched != null) {
                watched.removeSelectionChangedListener(editorSelection);
            }
            watched = provider;
            if (watched != null) {
                watched.addSelectionChangedListener(editorSelection);
            }
        }
    }

    /** Forgets every position: ELK lays the diagram out again (undoable). */
    /** Lays the diagram out anew with ELK, forgetting the positions given by hand (one undoable command). */
    void autoLayout() {
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

    /** @return the model elements of the diagram elements {@code ids} (a sub-processor relation stands for its service) */
    List<EObject> elements(Collection<String> ids) {
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
    private final class ModelEdits implements DiagramEdits {
        @Override
        public void create(PaletteEntry entry, DiagramLayout.Point at) {
            DiagramCommands commands = commands();
            if (commands == null) {
                return;
            }
            switch (entry) {
                case PaletteEntry.Catalogue c -> editor.execute(commands.create(c.service(), facts(), at));
                case PaletteEntry.Node n -> editor.execute(commands.create(n.type(), newName(n.type()), at));
                default -> {
                    // the select and flow tools create nothing with a click
                }
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

    /** Asks for a file and writes the diagram to it as {@code svg} or {@code png}. */
    void export(String format) {
        if (canvas.diagramLayout() == null) {
            return;
        }
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[]{"*." + format}); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            IStatus status = export(Path.of(file), format);
            if (!status.isOK()) {
                MessageDialog.openError(root.getShell(), "png".equals(format) ? Messages.Diagram_ExportPng : Messages.Diagram_ExportSvg, //$NON-NLS-1$
                        status.getMessage());
            }
        }
    }

    /** Writes the diagram shown to {@code file} as SVG or PNG (drawn by the canvas's own painter, at twice the size). */
    IStatus export(Path file, String format) {
        try {
            if ("png".equals(format)) { //$NON-NLS-1$
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[]{canvas.snapshot(2)};
                Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".diagram", ".png"); //$NON-NLS-1$ //$NON-NLS-2$
                loader.save(tmp.toString(), SWT.IMAGE_PNG);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                AtomicFile.write(file,
                        SvgExport.svg(canvas.diagram(), canvas.diagramLayout(), Locale.getDefault()).getBytes(StandardCharsets.UTF_8));
            }
            return Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            return Status.error(NLS.bind(Messages.Diagram_ExportFailed, file, e.getMessage()), e);
        }
    }

    private void dispose() {
        if (editor != null) {
            editor.removeAnalysisListener(refresh);
        }
        if (watched != null) {
            watched.removeSelectionChangedListener(editorSelection);
        }
        if (layoutJob != null) {
            layoutJob.cancel();
        }
    }
}
