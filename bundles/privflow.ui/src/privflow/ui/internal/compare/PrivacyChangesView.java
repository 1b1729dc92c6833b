// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import privflow.core.Analysis;
import privflow.core.AnalysisResult;
import privflow.model.DataFlowModel;
import privflow.model.io.ModelLoadException;
import privflow.model.io.ModelStore;
import privflow.register.Changes;
import privflow.register.Changes.Area;
import privflow.register.Changes.Change;
import privflow.register.Changes.Item;
import privflow.ui.internal.Messages;
import privflow.ui.internal.PrivflowPreferences;

/**
 * What changed in privacy terms between two versions of a model: by area (processing activities,
 * flows, transfers, findings, reviews), each change with its Art. 30 items before and after. Not a
 * text diff of the XML: the same comparison as {@code privflow diff}.
 */
public final class PrivacyChangesView extends ViewPart {

    /** The view's id. */
    public static final String ID = "privflow.ui.changesView"; //$NON-NLS-1$

    /** An area of the comparison with its changes: the tree's top level. */
    record AreaNode(Area area, List<Change> changes) {
    }

    private Label heading;
    private TreeViewer viewer;
    private Changes changes;
    private Locale locale = Locale.ENGLISH;

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        heading = new Label(body, SWT.WRAP);
        heading.setText(Messages.Compare_Empty);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        Composite table = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        TreeColumnLayout layout = new TreeColumnLayout();
        table.setLayout(layout);
        viewer = new TreeViewer(table, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new ChangesContent());
        column(layout, Messages.Compare_ColumnChange, 4, this::label);
        column(layout, Messages.Compare_ColumnBefore, 3, e -> e instanceof Item i && i.before() != null ? i.before() : ""); //$NON-NLS-1$
        column(layout, Messages.Compare_ColumnAfter, 3, e -> e instanceof Item i && i.after() != null ? i.after() : ""); //$NON-NLS-1$
        ColumnViewerToolTipSupport.enableFor(viewer);
        getSite().setSelectionProvider(viewer);
    }

    private void column(TreeColumnLayout layout, String title, int weight, java.util.function.Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                String full = text.apply(element);
                return full.isEmpty() ? null : full;
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 120));
    }

    private String label(Object element) {
        return switch (element) {
            case AreaNode a -> Changes.title(a.area(), locale) + " (" + a.changes().size() + ')'; //$NON-NLS-1$
            case Change c -> c.label() + " \u2014 " + Changes.name(c.kind(), locale) //$NON-NLS-1$
                    + (c.renamedFrom() == null ? "" : "; " + Changes.renamedFrom(c.renamedFrom(), locale)); //$NON-NLS-1$ //$NON-NLS-2$
            case Item i -> i.label();
            default -> String.valueOf(element);
        };
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /**
     * Compares {@code older} with {@code newer} in the background and shows the result.
     *
     * @param olderName how the older version is named in the heading
     * @param newerName how the newer version is named
     * @param cleanUp run when the comparison is done (e.g. to delete a scratch copy), or {@code null}
     * @return the job doing it
     */
    public Job compare(String olderName, Path older, String newerName, Path newer, Runnable cleanUp) {
        locale = PrivflowPreferences.reportLanguage();
        heading.setText(Messages.bind(Messages.Compare_Comparing, olderName, newerName));
        Job job = Job.create(Messages.bind(Messages.Compare_Job, olderName, newerName), (IProgressMonitor monitor) -> {
            try {
                DataFlowModel before = ModelStore.load(older);
                DataFlowModel after = ModelStore.load(newer);
                AnalysisResult beforeResult = Analysis.run(before, PrivflowPreferences.facts(), PrivflowPreferences.options());
                AnalysisResult afterResult = Analysis.run(after, PrivflowPreferences.facts(), PrivflowPreferences.options());
                Changes result = Changes.between(before, beforeResult, after, afterResult, locale, afterResult.asOf());
                show(Changes.heading(olderName, newerName, locale) + (result.isEmpty() ? "\n" + Changes.none(locale) : ""), result); //$NON-NLS-1$
            } catch (ModelLoadException e) {
                show(Messages.bind(Messages.Compare_Failed, e.getMessage()), null);
            } finally {
                if (cleanUp != null) {
                    cleanUp.run();
                }
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void show(String text, Changes result) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (viewer.getControl().isDisposed()) {
                return;
            }
            changes = result;
            heading.setText(text);
            heading.getParent().layout(true);
            viewer.setInput(result);
            viewer.expandToLevel(2);
        });
    }

    /** @return the changes shown, or {@code null} when none are */
    public Changes changes() {
        return changes;
    }

    /** @return the heading above the changes */
    public String heading() {
        return heading.getText();
    }

    /** @return the tree, for tests that read what a user sees */
    public TreeViewer viewer() {
        return viewer;
    }

    private static final class ChangesContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            if (!(input instanceof Changes changes)) {
                return new Object[0];
            }
            return java.util.Arrays.stream(Area.values()).filter(a -> !changes.of(a).isEmpty()).map(a -> new AreaNode(a, changes.of(a)))
                    .toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return switch (parent) {
                case AreaNode a -> a.changes().toArray();
                case Change c -> c.items().toArray();
                default -> new Object[0];
            };
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof AreaNode || element instanceof Change c && !c.items().isEmpty();
        }
    }
}
