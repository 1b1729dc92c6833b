// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import privflow.core.Transfer;
import privflow.core.internal.ModelIndex;
import privflow.model.ContractType;
import privflow.model.DataFlow;
import privflow.model.Organisation;
import privflow.model.Role;
import privflow.model.SccModule;
import privflow.model.Service;

/**
 * Which module of the 2021 SCCs (Decision (EU) 2021/914) fits a transfer: module 1 controller to
 * controller, 2 controller to processor, 3 processor to processor, 4 processor to controller.
 */
public final class SccModules {

    private SccModules() {
    }

    /** @return the module that fits the exporter's and importer's roles in {@code transfer} */
    public static SccModule expected(Transfer transfer) {
        boolean exporterIsProcessor = exporterIsProcessor(transfer.flow());
        boolean importerIsProcessor = importerIsProcessor(transfer.flow(), transfer);
        if (exporterIsProcessor) {
            return importerIsProcessor ? SccModule.P2P : SccModule.P2C;
        }
        return importerIsProcessor ? SccModule.C2P : SccModule.C2C;
    }

    /** @return the fitting module as a text for messages, worked out only when rendered */
    public static privflow.core.Finding.Localizable text(Transfer transfer) {
        return locale -> new privflow.core.Finding.Text("SccModule_" + expected(transfer).name()).render(locale); //$NON-NLS-1$
    }

    private static boolean exporterIsProcessor(DataFlow flow) {
        if (flow.getSource() instanceof Service source && source.getProvider() != null) {
            return isProcessor(ModelIndex.roleIn(flow.getActivity(), source.getProvider()));
        }
        if (flow.getSource() instanceof Organisation source) {
            return isProcessor(ModelIndex.roleIn(flow.getActivity(), source));
        }
        return false;
    }

    private static boolean importerIsProcessor(DataFlow flow, Transfer transfer) {
        Organisation importer = transfer.importer() != null ? transfer.importer()
                : transfer.service() != null ? transfer.service().getProvider() : null;
        Role role = ModelIndex.roleIn(flow.getActivity(), importer);
        if (role == null && transfer.service() != null && transfer.service().getProvider() != importer) {
            role = ModelIndex.roleIn(flow.getActivity(), transfer.service().getProvider());
        }
        if (role != null) {
            return isProcessor(role);
        }
        return transfer.service() != null && transfer.service().getContract() == ContractType.BUSINESS_DPA;
    }

    private static boolean isProcessor(Role role) {
        return role == Role.PROCESSOR || role == Role.SUB_PROCESSOR;
    }
}
