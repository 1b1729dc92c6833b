// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.ReviewState;
import privflow.core.Transfer;
import privflow.edit.Labels;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.ReviewDecision;
import privflow.register.TransferImpactAssessment;
import privflow.ui.editor.EditorFollower;
import privflow.ui.internal.Messages;
import privflow.ui.internal.PrivflowPreferences;
import privflow.ui.internal.editor.PrivflowEditor;

/**
 * The legal team's view: every third-country transfer and transfer finding of the model in the
 * active privflow editor, with from, to, country, data categories, transfer tool, severity and
 * review status; filter and sort; accept, mitigate or reject with a rationale. Stale decisions
 * stand out.
 */
public final class TransferReviewView extends ViewPart {

    /** The view's id. */
    public static final String ID = "privflow.ui.reviewView"; //$NON-NLS-1$

    private TableViewer viewer;
    private Text filterText;
    private Button openOnly;
    private Label status;
    private EditorFollower follower;
    private PrivflowEditor editor;
    private int sortColumn = -1;
    private boolean sortDescending;

    /** A column: its title, its text for a row, and its weight in the layout. */
    private record Column(String title, int width, java.util.function.Function<ReviewRow, String> text) {
    }

    private final List<Column> columns = List.of(
            new Column(Messages.Review_Severity, 70, r -> r.finding() == null ? "" : r.finding().severity().label(locale())), //$NON-NLS-1$
            new Column(Messages.Review_From, 150, r -> flow(r) == null ? "" : Labels.of(flow(r).getSource(), locale())), //$NON-NLS-1$
            new Column(Messages.Review_To, 170, r -> r.transfer() != null
                    ? Labels.of(r.transfer().recipient(), locale())
                    : flow(r) != null ? Labels.of(flow(r).getTarget(), locale()) : ""), //$NON-NLS-1$
            new Column(Messages.Review_Country, 110,
                    r -> r.transfer() == null ? "" : Finding.Country.of(r.transfer().country()).render(locale())), //$NON-NLS-1$
            new Column(Messages.Review_Data, 170, r -> flow(r) == null
                    ? "" //$NON-NLS-1$
                    : flow(r).getDataCategories().stream().map(DataCategory::getName).collect(Collectors.joining(", "))), //$NON-NLS-1$
            new Column(Messages.Review_Tool, 150, TransferReviewView::tool),
            new Column(Messages.Review_Status, 120,
                    r -> r.finding() == null ? Messages.Review_NoFinding : r.finding().review().label(locale())),
            new Column(Messages.Review_Reviewer, 110, r -> {
                ReviewDecision d = r.finding() == null ? null : r.finding().decision();
                return d == null || d.getReviewer() == null ? "" : d.getReviewer() + (d.getDate() == null ? "" : ", " + d.getDate()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }),
            new Column(Messages.Review_Finding, 400, r -> r.finding() == null ? "" : r.finding().message(locale()))); //$NON-NLS-1$

    private static Locale locale() {
        return Locale.getDefault();
    }

    private static DataFlow flow(ReviewRow row) {
        if (row.transfer() != null) {
            return row.transfer().flow();
        }
        return row.finding() != null && row.finding().subject() instanceof DataFlow f ? f : null;
    }

    private static String tool(ReviewRow row) {
        return row.transfer() == null ? "" : row.transfer().toolText().render(locale()); //$NON-NLS-1$
    }

    /** @return the cell texts of the table as shown, row by row (for tests that read what a user sees) */
    public List<List<String>> shownTexts() {
        List<List<String>> shown = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem item : viewer.getTable().getItems()) {
            List<String> cells = new java.util.ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(item.getText(i));
            }
            shown.add(cells);
        }
        return shown;
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filterText.setMessage(Messages.Review_Filter);
        GridData filterData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        filterData.minimumWidth = 160;
        filterData.widthHint = 240;
        filterText.setLayoutData(filterData);
        openOnly = new Button(parent, SWT.CHECK);
        openOnly.setText(Messages.Review_OpenOnly);
        status = new Label(parent, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.horizontalIndent = 16;
        statusData.widthHint = 1; // takes the room left, never the filter's (the whole text is its tooltip)
        status.setLayoutData(statusData);

        // virtual: a large model has tens of thousands of transfers, and only the rows in sight are made
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER | SWT.VIRTUAL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
            TableColumn tableColumn = viewerColumn.getColumn();
            tableColumn.setText(column.title());
            tableColumn.setWidth(column.width());
            tableColumn.setMoveable(true);
            int index = i;
            tableColumn.addListener(SWT.Selection, e -> sortBy(index, tableColumn));
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.text().apply((ReviewRow) element);
                }

                @Override
                public Font getFont(Object element) {
                    return isStale(element) ? bold : null;
                }

                @Override
                public Color getForeground(Object element) {
                    return isStale(element) ? table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
                }

                @Override
                public String getToolTipText(Object element) {
                    return isStale(element) ? Messages.Review_StaleTooltip : null;
                }
            });
        }
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (sortColumn < 0) {
                    return 0;
                }
                int result = getComparator().compare(columns.get(sortColumn).text().apply((ReviewRow) a),
                        columns.get(sortColumn).text().apply((ReviewRow) b));
                return sortDescending ? -result : result;
            }
        });
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                ReviewRow row = (ReviewRow) element;
                if (openOnly.getSelection() && (row.finding() == null || !row.finding().review().isOpen())) {
                    return false;
                }
                String wanted = filterText.getText().strip().toLowerCase(locale());
                return wanted.isEmpty() || columns.stream().anyMatch(c -> c.text().apply(row).toLowerCase(locale()).contains(wanted));
            }
        });
        filterText.addModifyListener(e -> viewer.refresh());
        openOnly.addListener(SWT.Selection, e -> viewer.refresh());
        MenuManager popup = new MenuManager();
        viewer.getControl().setMenu(popup.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(popup, viewer);
        viewer.addDoubleClickListener(e -> reviewSelected());
        viewer.addSelectionChangedListener(e -> {
            ReviewRow row = (ReviewRow) viewer.getStructuredSelection().getFirstElement();
            if (row != null && editor != null && row.finding() != null) {
                editor.select(List.of(row.finding().subject()));
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        getSite().setSelectionProvider(viewer);
        follower = new EditorFollower(getSite().getPage(), this::refresh);
        follower.followActive();
    }

    private String chooseFile(int style) {
        if (editor == null) {
            return null;
        }
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), style);
        dialog.setFilterExtensions(new String[]{"*.xlsx"}); //$NON-NLS-1$
        dialog.setOverwrite(true);
        if (editor.file() != null && editor.file().getLocation() != null) {
            dialog.setFilterPath(editor.file().getLocation().removeLastSegments(1).toOSString());
            dialog.setFileName(editor.file().getName().replaceFirst("\\.privflow$", "") + "-review.xlsx"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return dialog.open();
    }

    private static boolean isStale(Object element) {
        return element instanceof ReviewRow row && row.finding() != null && row.finding().review() == ReviewState.STALE;
    }

    private void sortBy(int column, TableColumn tableColumn) {
        sortDescending = sortColumn == column && !sortDescending;
        sortColumn = column;
        viewer.getTable().setSortColumn(tableColumn);
        viewer.getTable().setSortDirection(sortDescending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    /** Shows the transfers of {@code newEditor}'s model, or nothing. */
    public void setEditor(PrivflowEditor newEditor) {
        follower.follow(newEditor);
    }

    private void refresh() {
        editor = (PrivflowEditor) follower.editor();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        AnalysisResult result = editor == null ? null : editor.analysis();
        List<ReviewRow> rows = result == null ? List.of() : ReviewRow.of(result);
        viewer.setInput(rows);
        long open = rows.stream().filter(r -> r.finding() != null && r.finding().review().isOpen()).count();
        privflow.model.Scenario scenario = result == null ? null : result.facts().scenario();
        status.setText(editor == null
                ? Messages.Review_NoEditor
                : scenario == null
                        ? NLS.bind(Messages.Review_Summary, new Object[]{rows.size(), open, editor.getTitle()})
                        : NLS.bind(Messages.Review_SummaryScenario,
                                new Object[]{rows.size(), open, editor.getTitle(), ScenarioChoices.name(scenario)}));
        status.setToolTipText(status.getText());
        status.getParent().layout();
    }

    /** @return the rows shown (after filters), in their order */
    public List<ReviewRow> rows() {
        List<ReviewRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
            rows.add((ReviewRow) viewer.getElementAt(i));
        }
        return rows;
    }

    /** Selects {@code row} and shows it. */
    public void select(ReviewRow row) {
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row), true);
    }

    /** Exports the review of the model shown to a workbook the user chooses. */
    void exportReview() {
        String file = chooseFile(SWT.SAVE);
        if (file != null && editor != null) {
            ReviewExchange.export(editor, Path.of(file));
        }
    }

    /** Imports the decisions of a review workbook the user chooses into the model shown. */
    void importDecisions() {
        String file = chooseFile(SWT.OPEN);
        if (file != null && editor != null) {
            ReviewExchange.importDecisions(editor, Path.of(file), true);
        }
    }

    /** Opens the review dialog on the selected finding; the decision is recorded if the user confirms. */
    void reviewSelected() {
        ReviewRow row = (ReviewRow) viewer.getStructuredSelection().getFirstElement();
        if (row == null || row.finding() == null || editor == null) {
            return;
        }
        ReviewDialog dialog = new ReviewDialog(getSite().getShell(), row.finding(), PrivflowPreferences.get(PrivflowPreferences.REVIEWER));
        if (dialog.open() == Window.OK) {
            editor.execute(ReviewDecisions.record(editor.getEditingDomain(), editor.model(), row.finding(), dialog.status(),
                    dialog.reviewer(), dialog.rationale(), LocalDate.now()));
        }
    }

    /**
     * Writes a transfer impact assessment worksheet for the selected transfer where the user
     * chooses, and records its reference and date on the transfer tool if asked (one undoable step).
     */
    void createTransferImpactAssessment() {
        ReviewRow row = (ReviewRow) viewer.getStructuredSelection().getFirstElement();
        if (row == null || editor == null) {
            return;
        }
        Shell shell = getSite().getShell();
        Transfer transfer = row.transfer();
        if (transfer == null) {
            MessageDialog.openInformation(shell, Messages.Tia_Title, Messages.Tia_NoTransfer);
            return;
        }
        if (transfer.coverage() == Transfer.Coverage.ADEQUACY) {
            MessageDialog.openInformation(shell, Messages.Tia_Title,
                    NLS.bind(Messages.Tia_Adequate, transfer.toolText().render(locale())));
            return;
        }
        TiaDialog dialog = new TiaDialog(shell, transfer, suggestedTiaFile(transfer));
        if (dialog.open() != Window.OK) {
            return;
        }
        TransferImpactAssessment tia = TransferImpactAssessment.of(editor.model(),
                editor.analysis(), transfer, dialog.language(), dialog.date(),
                AnalysisOptions.DEFAULT.tiaMaxAgeMonths());
        try {
            tia.write(dialog.file());
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, Messages.Tia_Title,
                    NLS.bind(Messages.Tia_WriteFailed, dialog.file(), String.valueOf(e.getMessage())));
            return;
        }
        refreshWorkspace(dialog.file());
        if (dialog.record() && transfer.tool() != null) {
            editor.execute(TiaRecords.record(editor.getEditingDomain(), transfer.tool(), tia.reference(), tia.date()));
        }
        getViewSite().getActionBars().getStatusLineManager()
                .setMessage(NLS.bind(Messages.Tia_Written, dialog.file(), tia.reference()));
    }

    /** @return beside the model: {@code <model>-tia-<flow>.docx} */
    private Path suggestedTiaFile(Transfer transfer) {
        if (editor.file() == null || editor.file().getLocation() == null) {
            return null;
        }
        String flow = Labels.of(transfer.flow(), locale()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") //$NON-NLS-1$ //$NON-NLS-2$
                .replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        String model = editor.file().getName().replaceFirst("\\.privflow$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return editor.file().getLocation().removeLastSegments(1).toPath()
                .resolve(model + "-tia-" + (flow.isEmpty() ? "transfer" : flow) + ".docx"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Lets the workspace see a file written inside it. */
    private static void refreshWorkspace(Path file) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
                .findFilesForLocationURI(file.toAbsolutePath().toUri());
        for (IFile f : files) {
            try {
                f.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException e) {
                ILog.of(TransferReviewView.class).log(e.getStatus());
            }
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        follower.dispose();
        super.dispose();
    }
}
