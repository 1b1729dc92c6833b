// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.review;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import privflow.model.PrivflowPackage;
import privflow.model.TransferSafeguard;
import privflow.ui.internal.Messages;

/** Recording a transfer impact assessment on the transfer tool it assesses, as one undoable step. */
final class TiaRecords {

    private TiaRecords() {
    }

    /** @return the command that sets {@code tool}'s assessment reference and date */
    static Command record(EditingDomain domain, TransferSafeguard tool, String reference, LocalDate date) {
        CompoundCommand command = new CompoundCommand(Messages.Tia_RecordCommand);
        command.append(SetCommand.create(domain, tool, PrivflowPackage.Literals.TRANSFER_SAFEGUARD__TIA_REFERENCE, reference));
        command.append(SetCommand.create(domain, tool, PrivflowPackage.Literals.TRANSFER_SAFEGUARD__TIA_DATE, date));
        return command;
    }
}
