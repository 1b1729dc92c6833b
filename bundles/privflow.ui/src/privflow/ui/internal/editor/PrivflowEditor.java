// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.views.properties.PropertySheetPage;

import privflow.core.AnalysisResult;
import privflow.core.AnalysisSession;
import privflow.model.DataFlowModel;
import privflow.model.KnownService;
import privflow.model.Service;
import privflow.model.io.ModelLoadException;
import privflow.model.io.ModelStore;
import privflow.model.provider.PrivflowItemProviderAdapterFactory;
import privflow.ui.internal.Messages;
import privflow.ui.internal.PrivflowPreferences;
import privflow.ui.internal.markers.ProblemMarkers;
import privflow.ui.editor.ModelEditor;
import privflow.ui.editor.EditorPage;
import privflow.ui.editor.CatalogueServices;

/**
 * The editor of {@code .privflow} files: the model as a tree with EMF.Edit labels and icons, the
 * Properties view and the Outline on the same selection, one command stack for every change (undo,
 * redo, dirty state), atomic saves, copy, cut, paste, delete with reference clean-up, drag and drop
 * to move elements, and the model's analysis kept current for the markers and the review view.
 */
public final class PrivflowEditor extends EditorPart implements ModelEditor, IGotoMarker {

    /** The editor's id, as registered in plugin.xml. */
    public static final String ID = "privflow.ui.editor"; //$NON-NLS-1$

    /** The key-binding context active while a privflow editor or diagram is (Ctrl+Y redoes, besides Shift+Ctrl+Z). */
    public static final String CONTEXT = "privflow.ui.editorContext"; //$NON-NLS-1$

    private final ComposedAdapterFactory adapterFactory;
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain;
    private final ListenerList<Runnable> analysisListeners = new ListenerList<>();
    private IFile file;
    private Path path;
    private volatile DataFlowModel model;
    private volatile ModelLoadException loadError;
    private volatile AnalysisSession analysis;
    private Job loading;
    private Composite container;
    private IMarker pendingMarker;
    private TreeViewer viewer;
    /** The tree's content provider where the model is too large to build every item of, else {@code null}. */
    private LazyModelContentProvider lazy;
    private ModelOutlinePage outline;
    private CTabFolder tabs;
    private final EditorSelection selection = new EditorSelection();
    private final List<EditorPage> pages = new ArrayList<>();
    /** The extension point through which other bundles add pages beside the tree. */
    private static final String PAGES = "privflow.ui.editorPages"; //$NON-NLS-1$
    private static final String PAGE_ID = "privflow.pageId"; //$NON-NLS-1$
    private PropertySheetPage properties;
    private EditActions actions;
    private IContextService contexts;
    private IContextActivation pageContext;

    private final Map<Class<?>, Companion> companions = new LinkedHashMap<>();
    private final CommandStackListener stackListener = this::commandStackChanged;
    private ViewerRefresher refresher;
    /** Above this many top-level elements the tree opens collapsed. */
    private static final int LARGE_MODEL = 2000;

    public PrivflowEditor() {
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new PrivflowItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, ModelStore.newResourceSet());
        if (AdapterFactoryEditingDomain.getEditingDomainFor(domain.getResourceSet()) == null) {
            domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        file = input.getAdapter(IFile.class);
        if (file != null && file.getLocation() != null) {
            path = file.getLocation().toFile().toPath();
        } else if (input instanceof IURIEditorInput uriInput) {
            path = Path.of(uriInput.getURI());
        } else {
            throw new PartInitException(NLS.bind(Messages.Editor_NotAFile, input.getName()));
        }
        loading = Job.create(NLS.bind(Messages.Editor_Loading, input.getName()), (IJobFunction) this::load);
        loading.setPriority(Job.INTERACTIVE);
        loading.schedule();
        commandStack.addCommandStackListener(stackListener);
    }

    /**
     * Loads and analyses the model in a job, so that a large model never blocks the workbench;
     * nothing else touches the model until it is shown.
     */
    private IStatus load(IProgressMonitor monitor) {
        try {
            DataFlowModel loaded = ModelStore.load(domain.getResourceSet(), path);
            AnalysisSession session = newSession(loaded);
            session.result();
            analysis = session;
            model = loaded;
        } catch (ModelLoadException e) {
            loadError = e;
            if (file != null) {
                ProblemMarkers.scheduleLoadError(file, e);
            }
        }
        Display display = org.eclipse.ui.PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(this::loaded);
        }
        return Status.OK_STATUS;
    }

    /** Waits until the model is loaded (or failed to load). Do not call while the UI must paint. */
    public void awaitLoaded() throws InterruptedException {
        if (loading != null) {
            loading.join();
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        container = new Composite(parent, SWT.NONE);
        container.setLayout(new org.eclipse.swt.layout.FillLayout());
        getSite().setSelectionProvider(selection);
        contexts = getSite().getService(IContextService.class);
        contexts.activateContext(CONTEXT);
        if (model == null && loadError == null) {
            Label label = new Label(container, SWT.NONE);
            label.setText(NLS.bind(Messages.Editor_Loading, getEditorInput().getName()));
        }
    }

    /** Shows the loaded model, or the error page. */
    private void loaded() {
        if (container == null || container.isDisposed() || viewer != null) {
            return;
        }
        for (org.eclipse.swt.widgets.Control child : container.getChildren()) {
            child.dispose();
        }
        if (model == null) {
            createErrorPage(container);
            container.layout(true, true);
            return;
        }
        boolean large = elements(model) > LARGE_MODEL;
        viewer = new TreeViewer(createPages(), SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | (large ? SWT.VIRTUAL : SWT.NONE));
        if (large) {
            lazy = new LazyModelContentProvider(adapterFactory, viewer);
            viewer.setContentProvider(lazy);
        } else {
            viewer.setContentProvider(new ModelContentProvider(adapterFactory));
        }
        viewer.setLabelProvider(new ModelLabelProvider(adapterFactory));
        viewer.setUseHashlookup(true);
        viewer.setInput(model.eResource());
        expandSmall(viewer, model);
        refresher = new ViewerRefresher(viewer);
        adapterFactory.addListener(refresher);
        selection.setViewer(viewer);
        actions = new EditActions(domain, viewer);
        actions.contributeTo(getEditorSite().getActionBars());
        createContextMenu();
        addDragAndDrop();
        container.layout(true, true);
        if (file != null) {
            ProblemMarkers.scheduleUpdate(file, analysis());
        }
        if (pendingMarker != null) {
            gotoMarker(pendingMarker);
            pendingMarker = null;
        }
        for (Runnable listener : analysisListeners) {
            listener.run();
        }
    }

    /**
     * Puts the tree on a "Model" tab and adds a tab for every contributed page (created when first
     * shown), if any page is contributed.
     *
     * @return the composite that holds the tree
     */
    private Composite createPages() {
        IConfigurationElement[] contributions = Platform.getExtensionRegistry().getConfigurationElementsFor(PAGES);
        if (contributions.length == 0) {
            return container;
        }
        tabs = new CTabFolder(container, SWT.BOTTOM | SWT.FLAT);
        CTabItem modelTab = new CTabItem(tabs, SWT.NONE);
        modelTab.setText(Messages.Editor_ModelPage);
        Composite tree = new Composite(tabs, SWT.NONE);
        tree.setLayout(new org.eclipse.swt.layout.FillLayout());
        modelTab.setControl(tree);
        for (IConfigurationElement contribution : contributions) {
            CTabItem item = new CTabItem(tabs, SWT.NONE);
            item.setText(contribution.getAttribute("name")); //$NON-NLS-1$
            item.setData(contribution);
            item.setData(PAGE_ID, contribution.getAttribute("id")); //$NON-NLS-1$
        }
        tabs.setSelection(0);
        tabs.addListener(SWT.Selection, e -> pageShown());
        return tree;
    }

    /** Creates the page of the selected tab if it is new, and gives it the global actions it handles itself. */
    private void pageShown() {
        CTabItem item = tabs.getSelection();
        if (item.getData() instanceof IConfigurationElement contribution) {
            Composite holder = new Composite(tabs, SWT.NONE);
            holder.setLayout(new org.eclipse.swt.layout.FillLayout());
            try {
                EditorPage page = (EditorPage) contribution.createExecutableExtension("class"); //$NON-NLS-1$
                page.createControl(holder, this);
                pages.add(page);
                item.setData(page);
            } catch (CoreException | RuntimeException e) {
                Platform.getLog(PrivflowEditor.class).error(contribution.getAttribute("class"), e); //$NON-NLS-1$
                Label failed = new Label(holder, SWT.WRAP);
                failed.setText(NLS.bind(Messages.Editor_PageFailed, item.getText(), e.getMessage()));
                item.setData(null);
            }
            item.setControl(holder);
        }
        if (actions != null) {
            actions.contributeTo(getEditorSite().getActionBars(), activePage());
        }
        activatePageContext();
        setFocus();
    }

    /** Makes the key bindings of the visible page's context (if any) active, and those of the page hidden inactive. */
    private void activatePageContext() {
        if (pageContext != null) {
            contexts.deactivateContext(pageContext);
            pageContext = null;
        }
        EditorPage page = activePage();
        if (page != null && page.contextId() != null) {
            pageContext = contexts.activateContext(page.contextId());
        }
    }

    /** @return the visible contributed page, or {@code null} while the tree shows */
    @Override
    public EditorPage activePage() {
        return tabs == null || tabs.getSelection() == null || !(tabs.getSelection().getData() instanceof EditorPage page) ? null : page;
    }

    /** Shows the contributed page with extension id {@code id} (creating it if needed), or the tree for {@code null}. */
    public void showPage(String id) {
        if (tabs == null) {
            return;
        }
        for (CTabItem item : tabs.getItems()) {
            if (Objects.equals(id, item.getData(PAGE_ID))) {
                tabs.setSelection(item);
                pageShown();
                return;
            }
        }
    }

    /**
     * Opens the model's top level, unless it has so many elements that creating their items would
     * hold up the workbench for seconds; then the user opens it when needed.
     */
    static void expandSmall(TreeViewer tree, DataFlowModel model) {
        tree.expandToLevel(elements(model) <= LARGE_MODEL ? 2 : 1);
    }

    private static int elements(DataFlowModel model) {
        return model.getOrganisations().size() + model.getServices().size() + model.getFlows().size()
                + model.getActivities().size() + model.getDataCategories().size() + model.getReviews().size();
    }

    private void createErrorPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        page.setLayout(new GridLayout(1, false));
        Label title = new Label(page, SWT.WRAP);
        title.setText(Messages.Editor_CannotOpen);
        Label message = new Label(page, SWT.WRAP);
        message.setText(loadError.getMessage());
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label hint = new Label(page, SWT.WRAP);
        hint.setText(Messages.Editor_CannotOpenHint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** The group of the tree's context menu where plugin.xml contributes the catalogue's commands. */
    public static final String CATALOGUE_GROUP = "catalogue"; //$NON-NLS-1$

    /** Applies the catalogue's current facts to {@code service}, which was added from it (one command). */
    public void refreshFromCatalogue(Service service) {
        KnownService known = service.getCatalogueEntry() == null || analysis() == null
                ? null
                : analysis().facts().knownServices().get(service.getCatalogueEntry());
        if (known != null) {
            commandStack.execute(CatalogueServices.refresh(domain, service, known));
        }
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    private void fillContextMenu(IMenuManager menu) {
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (selection.size() == 1) {
            Object owner = selection.getFirstElement();
            MenuManager newChild = new MenuManager(Messages.Editor_NewChild);
            for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
                Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
                if (command.canExecute()) {
                    newChild.add(new Action(command.getLabel()) {
                        @Override
                        public void run() {
                            commandStack.execute(command);
                        }
                    });
                }
            }
            menu.add(newChild);
            menu.add(new Separator());
        }
        menu.add(new Separator(CATALOGUE_GROUP));
        actions.fill(menu);
        menu.add(new Separator("additions")); //$NON-NLS-1$
    }

    /** Offers the catalogue's known services and adds the chosen ones, pre-filled, in one command. */
    public void addServiceFromCatalogue() {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                KnownService k = (KnownService) element;
                java.util.List<privflow.model.KnownOrganisation> chain = analysis().facts().providerChain(k);
                return NLS.bind(Messages.Catalogue_ServiceLabel, new Object[]{k.getName(),
                        chain.isEmpty() ? "-" : chain.get(0).getName(), chain.isEmpty() ? "-" : chain.get(0).getCountry(), //$NON-NLS-1$ //$NON-NLS-2$
                        analysis().facts().dpfCertified(k, analysis().asOf()) ? Messages.Catalogue_Dpf : ""}); //$NON-NLS-1$
            }
        });
        dialog.setTitle(Messages.Catalogue_Add);
        dialog.setMessage(Messages.Catalogue_Choose);
        dialog.setMultipleSelection(true);
        dialog.setElements(analysis().facts().knownServices().values().toArray());
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            org.eclipse.emf.common.command.CompoundCommand all = new org.eclipse.emf.common.command.CompoundCommand(Messages.Catalogue_Add);
            for (Object chosen : dialog.getResult()) {
                all.append(CatalogueServices.add(domain, model, (KnownService) chosen, analysis().facts()));
            }
            commandStack.execute(all);
        }
    }

    private void addDragAndDrop() {
        Transfer[] transfers = {LocalSelectionTransfer.getTransfer()};
        int operations = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;
        viewer.addDragSupport(operations, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
            }
        });
        viewer.addDropSupport(operations, transfers, new ViewerDropAdapter(viewer) {
            private Command command(Object target, int operation) {
                if (!(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged)) {
                    return null;
                }
                float location = switch (getCurrentLocation()) {
                    case LOCATION_BEFORE -> 0.2f;
                    case LOCATION_AFTER -> 0.8f;
                    default -> 0.5f;
                };
                Collection<?> collection = dragged.toList();
                return DragAndDropCommand.create(domain, target, location, operations, operation, collection);
            }

            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                Command command = target == null ? null : command(target, operation);
                return command != null && command.canExecute();
            }

            @Override
            public boolean performDrop(Object data) {
                Command command = command(getCurrentTarget(), getCurrentOperation());
                if (command == null || !command.canExecute()) {
                    return false;
                }
                commandStack.execute(command);
                return true;
            }
        });
    }

    private void commandStackChanged(EventObject event) {
        firePropertyChange(PROP_DIRTY);
        Command last = commandStack.getMostRecentCommand();
        if (viewer != null && last != null && !last.getAffectedObjects().isEmpty()) {
            refresher.flush();
            reveal(last.getAffectedObjects());
        }
        if (actions != null) {
            actions.update();
        }
        for (Runnable listener : analysisListeners) {
            listener.run();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (model == null) {
            return;
        }
        try {
            ModelStore.save(model, path);
            for (Companion companion : companions.values()) {
                companion.save(model, path);
            }
            if (file != null) {
                SubMonitor progress = SubMonitor.convert(monitor, 2); // one monitor, one task: each refresh gets its share
                file.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
                if (!companions.isEmpty() && file.getParent() != null) {
                    file.getParent().refreshLocal(IResource.DEPTH_ONE, progress.split(1));
                }
            }
            commandStack.saveIsDone();
            firePropertyChange(PROP_DIRTY);
            if (file != null) {
                ProblemMarkers.scheduleUpdate(file, analysis());
            }
        } catch (IOException | CoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_SaveFailedTitle,
                    NLS.bind(Messages.Editor_SaveFailed, path, e.getMessage()));
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: a model is saved where it was opened.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    @Override
    public void setFocus() {
        EditorPage page = activePage();
        if (page != null) {
            page.setFocus();
        } else if (viewer != null) {
            viewer.getControl().setFocus();
        }
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** @return the model, or {@code null} if the file could not be read */
    @Override
    public DataFlowModel model() {
        return model;
    }

    /** @return the file, or {@code null} if the model is not in the workspace */
    public IFile file() {
        return file;
    }

    /** @return the current analysis of the model as edited (kept up to date incrementally) */
    @Override
    public AnalysisResult analysis() {
        if (model == null) {
            return null;
        }
        if (analysis == null) {
            analysis = newSession(model);
        }
        return analysis.result();
    }

    /** @return an incremental analysis of {@code m} with the catalogues, scenario and date of the preferences */
    private static AnalysisSession newSession(DataFlowModel m) {
        return privflow.core.Analysis.session(m, PrivflowPreferences.facts(), PrivflowPreferences.options());
    }

    /** Analyses again from scratch, e.g. after the catalogues, the scenario or the date changed. */
    public void reanalyse() {
        if (analysis != null) {
            analysis.dispose();
            analysis = null;
        }
        for (Runnable listener : analysisListeners) {
            listener.run();
        }
        if (file != null && model != null) {
            ProblemMarkers.scheduleUpdate(file, analysis());
        }
    }

    /** Runs {@code listener} whenever the model (and so its analysis) changes. */
    @Override
    public void addAnalysisListener(Runnable listener) {
        analysisListeners.add(listener);
    }

    @Override
    public void removeAnalysisListener(Runnable listener) {
        analysisListeners.remove(listener);
    }

    /** Runs {@code command} on the editor's command stack (undoable, marks the editor dirty). */
    @Override
    public void execute(Command command) {
        commandStack.execute(command);
    }

    /**
     * @return this editor's companion of {@code type}, made by {@code factory} from the model's
     *         path the first time it is asked for; {@code null} while the model is not loaded
     */
    @Override
    public <T extends Companion> T companion(Class<T> type, Function<Path, T> factory) {
        if (model == null) {
            return null;
        }
        return type.cast(companions.computeIfAbsent(type, t -> factory.apply(path)));
    }

    /** @return a new Properties page for this editor's elements, for a part that shows them (such as the diagram) */
    @Override
    public IPropertySheetPage newPropertySheetPage() {
        PropertySheetPage page = new PropertySheetPage() {
            @Override
            public void setActionBars(IActionBars bars) {
                super.setActionBars(bars);
                if (actions != null) {
                    actions.shareUndoRedo(bars); // Ctrl+Z in the Properties view undoes on this editor's stack
                }
            }
        };
        page.setPropertySourceProvider(new ModelPropertySourceProvider(adapterFactory));
        return page;
    }

    /**
     * Selects {@code elements} in the tree and scrolls to the first; in the virtual tree of a large
     * model only the items on the way to them are made.
     */
    private void reveal(Collection<?> elements) {
        if (lazy == null) {
            viewer.setSelection(new StructuredSelection(elements.toArray()), true);
        } else {
            lazy.select(elements);
        }
    }

    /** Selects and reveals {@code elements} in the tree. */
    @Override
    public void select(Collection<? extends EObject> elements) {
        if (viewer != null) {
            reveal(elements);
        }
    }

    @Override
    public void gotoMarker(IMarker marker) {
        if (model == null && loadError == null) {
            pendingMarker = marker;
            return;
        }
        String id = marker.getAttribute(ProblemMarkers.ELEMENT, null);
        Resource resource = model == null ? null : model.eResource();
        EObject element = id == null || resource == null ? null : resource.getEObject(id);
        if (element != null) {
            select(List.of(element));
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            if (properties == null || properties.getControl() == null || properties.getControl().isDisposed()) {
                properties = (PropertySheetPage) newPropertySheetPage();
            }
            return type.cast(properties);
        }
        if (type == IContentOutlinePage.class) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new ModelOutlinePage(this, adapterFactory);
            }
            return type.cast(outline);
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        return super.getAdapter(type);
    }

    /** @return the tree (the outline follows its selection; tests open its context menu) */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void dispose() {
        if (loading != null) {
            loading.cancel();
        }
        commandStack.removeCommandStackListener(stackListener);
        if (refresher != null) {
            adapterFactory.removeListener(refresher);
        }
        if (analysis != null) {
            analysis.dispose();
        }
        if (viewer != null) {
            viewer.getLabelProvider().dispose();
        }
        for (EditorPage page : pages) {
            page.dispose();
        }
        adapterFactory.dispose();
        super.dispose();
    }
}
