// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.review;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import privflow.core.Finding;
import privflow.model.DataFlowModel;
import privflow.model.PrivflowFactory;
import privflow.model.PrivflowPackage;
import privflow.model.ReviewDecision;
import privflow.model.ReviewStatus;
import privflow.ui.internal.Messages;

/** Records a legal review decision on a finding, as one undoable command. */
public final class ReviewDecisions {

    private ReviewDecisions() {
    }

    /**
     * @return the command that records (or replaces) the decision on {@code finding}, with the
     *         finding's current fingerprint so that a later change of the facts makes it stale
     */
    public static Command record(EditingDomain domain, DataFlowModel model, Finding finding, ReviewStatus status,
            String reviewer, String rationale, LocalDate date) {
        ReviewDecision decision = PrivflowFactory.eINSTANCE.createReviewDecision();
        decision.setFindingKey(finding.key());
        decision.setFingerprint(finding.fingerprint());
        decision.setStatus(status);
        decision.setReviewer(reviewer);
        decision.setRationale(rationale);
        decision.setDate(date);
        CompoundCommand command = new CompoundCommand(Messages.Review_Command);
        for (ReviewDecision existing : model.getReviews()) {
            if (finding.key().equals(existing.getFindingKey())) {
                command.append(RemoveCommand.create(domain, model, PrivflowPackage.Literals.DATA_FLOW_MODEL__REVIEWS, existing));
            }
        }
        command.append(AddCommand.create(domain, model, PrivflowPackage.Literals.DATA_FLOW_MODEL__REVIEWS, decision));
        return command;
    }
}
