// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import privflow.model.ContractType;
import privflow.model.Accessor;
import privflow.model.ActivityRole;
import privflow.model.DataFlow;
import privflow.model.Organisation;
import privflow.model.ProcessingActivity;
import privflow.model.Role;
import privflow.model.SccModule;
import privflow.model.Service;

/**
 * Which module of the 2021 SCCs (Decision (EU) 2021/914) fits a transfer: module 1 controller to
 * controller, 2 controller to processor, 3 processor to processor, 4 processor to controller.
 */
final class SccModules {

    private SccModules() {
    }

    /** @return the module that fits the exporter's and importer's roles in {@code transfer} */
    static SccModule expected(Transfer transfer) {
        boolean importerIsProcessor = importerIsProcessor(transfer.flow(), transfer);
        if (importerIsProcessor && accessedByProcessorSideAbroad(transfer)) {
            // The processor in the EEA makes the data available to its own staff, affiliate or
            // sub-processor abroad: processor to processor.
            return SccModule.P2P;
        }
        boolean exporterIsProcessor = exporterIsProcessor(transfer.flow());
        if (exporterIsProcessor) {
            return importerIsProcessor ? SccModule.P2P : SccModule.P2C;
        }
        return importerIsProcessor ? SccModule.C2P : SccModule.C2C;
    }

    /**
     * @return whether the data is accessed remotely by the processor's side (its staff, parent,
     *         affiliate or a sub-processor) while the service's provider is not itself established
     *         in that country
     */
    private static boolean accessedByProcessorSideAbroad(Transfer transfer) {
        if (transfer.kind() != Transfer.Kind.REMOTE_ACCESS) {
            return false;
        }
        Accessor accessor = transfer.accessor();
        if (accessor != Accessor.PROCESSOR_STAFF && accessor != Accessor.SUB_PROCESSOR
                && accessor != Accessor.PROVIDER_AFFILIATE) {
            return false;
        }
        Organisation provider = transfer.service() == null ? null : transfer.service().getProvider();
        return provider == null || !transfer.country().equals(provider.getCountry());
    }

    private static boolean exporterIsProcessor(DataFlow flow) {
        if (flow.getSource() instanceof Service source && source.getProvider() != null) {
            return isProcessor(roleIn(flow.getActivity(), source.getProvider()));
        }
        if (flow.getSource() instanceof Organisation source) {
            return isProcessor(roleIn(flow.getActivity(), source));
        }
        return false;
    }

    private static boolean importerIsProcessor(DataFlow flow, Transfer transfer) {
        Service service = transfer.service();
        Organisation importer = transfer.importer() != null
                ? transfer.importer()
                : service != null ? service.getProvider() : null;
        Role role = roleIn(flow.getActivity(), importer);
        if (role == null && service != null && service.getProvider() != importer) {
            role = roleIn(flow.getActivity(), service.getProvider());
        }
        if (role != null) {
            return isProcessor(role);
        }
        return service != null && service.getContract() == ContractType.BUSINESS_DPA;
    }

    private static Role roleIn(ProcessingActivity activity, Organisation organisation) {
        if (activity == null || organisation == null) {
            return null;
        }
        for (ActivityRole role : activity.getRoles()) {
            if (role.getOrganisation() == organisation) {
                return role.getRole();
            }
        }
        return null;
    }

    private static boolean isProcessor(Role role) {
        return role == Role.PROCESSOR || role == Role.SUB_PROCESSOR;
    }
}
