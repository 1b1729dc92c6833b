// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import privflow.core.AnalysisResult;
import privflow.model.DataFlowModel;
import privflow.model.PrivflowPackage;
import privflow.model.ReviewDecision;
import privflow.register.ReviewWorkbook;
import privflow.ui.internal.Messages;
import privflow.ui.internal.PrivflowPreferences;
import privflow.ui.internal.WrittenFileNotice;
import privflow.ui.internal.editor.PrivflowEditor;

/**
 * The review spreadsheet from the Transfer Review view: export for people without Eclipse, and
 * import of their decisions as one undoable command, with a summary of what was applied and of
 * every row that was not (and why).
 */
public final class ReviewExchange {

    private ReviewExchange() {
    }

    /** @return the scheduled job that writes the review of {@code editor}'s model to {@code file} */
    public static Job export(PrivflowEditor editor, Path file) {
        DataFlowModel model = editor.model();
        AnalysisResult result = editor.analysis();
        Job job = Job.create(NLS.bind(Messages.Exchange_ExportJob, file.getFileName()), (IJobFunction) monitor -> {
            try {
                ReviewWorkbook.write(model, result, PrivflowPreferences.reportLanguage(), LocalDate.now(), file);
                WrittenFileNotice.refresh(file);
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error(NLS.bind(Messages.Exchange_ExportFailed, file, e.getMessage()), e);
            }
        });
        job.setUser(true);
        WrittenFileNotice.whenDone(job, Messages.Exchange_ExportDone, file);
        job.schedule();
        return job;
    }

    /**
     * @return the scheduled job that reads decisions from {@code file}; they are recorded in
     *         {@code editor} (one command) and summarised when it is done
     */
    public static Job importDecisions(PrivflowEditor editor, Path file, boolean showSummary) {
        DataFlowModel model = editor.model();
        AnalysisResult result = editor.analysis();
        Job job = Job.create(NLS.bind(Messages.Exchange_ImportJob, file.getFileName()), (IJobFunction) monitor -> {
            ReviewWorkbook.Import imported;
            try {
                imported = ReviewWorkbook.read(file, model, result);
            } catch (IOException | RuntimeException e) {
                return Status.error(NLS.bind(Messages.Exchange_ImportFailed, file, e.getMessage()), e);
            }
            Display.getDefault().syncExec(() -> apply(editor, imported, showSummary));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void apply(PrivflowEditor editor, ReviewWorkbook.Import imported, boolean showSummary) {
        if (editor.model() == null) {
            return;
        }
        if (!imported.decisions().isEmpty()) {
            CompoundCommand command = new CompoundCommand(Messages.Exchange_Command);
            for (ReviewDecision decision : imported.decisions()) {
                for (ReviewDecision existing : editor.model().getReviews()) {
                    if (decision.getFindingKey().equals(existing.getFindingKey())) {
                        command.append(RemoveCommand.create(editor.getEditingDomain(), editor.model(),
                                PrivflowPackage.Literals.DATA_FLOW_MODEL__REVIEWS, existing));
                    }
                }
                command.append(AddCommand.create(editor.getEditingDomain(), editor.model(),
                        PrivflowPackage.Literals.DATA_FLOW_MODEL__REVIEWS, decision));
            }
            editor.execute(command);
        }
        if (showSummary) {
            String conflicts = imported.conflicts().stream()
                    .map(c -> NLS.bind(Messages.Exchange_Conflict, new Object[]{c.row(), c.key(), problem(c.problem())}))
                    .collect(Collectors.joining("\n")); //$NON-NLS-1$
            String summary = NLS.bind(Messages.Exchange_Summary,
                    new Object[]{imported.decisions().size(), imported.unchanged(), imported.conflicts().size()});
            MessageDialog.openInformation(editor.getSite().getShell(), Messages.Exchange_ImportTitle,
                    conflicts.isEmpty() ? summary : summary + "\n\n" + conflicts); //$NON-NLS-1$
        }
    }

    private static String problem(ReviewWorkbook.Problem problem) {
        return switch (problem) {
            case NO_SUCH_FINDING -> Messages.Exchange_NoSuchFinding;
            case FACTS_CHANGED -> Messages.Exchange_FactsChanged;
            case CONFLICTING_DECISION -> Messages.Exchange_ConflictingDecision;
            case INVALID -> Messages.Exchange_Invalid;
        };
    }
}
