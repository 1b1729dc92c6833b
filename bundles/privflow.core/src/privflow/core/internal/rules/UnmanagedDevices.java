// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.core.internal.Engine;
import privflow.core.internal.FlowContext;
import privflow.model.Channel;
import privflow.model.ContractType;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataKind;
import privflow.model.DeviceControl;
import privflow.model.Service;

/**
 * Rule 16 (Art. 32, 25, 24): personal data lands on staff's personal devices or in consumer
 * accounts the organisation does not manage: no device management, no remote wipe, no control of
 * retention, no way to revoke access when staff leave. End-to-end encryption protects the data in
 * transit only. High for access codes, identity codes, special categories and criminal data.
 */
final class UnmanagedDevices implements ServiceRule {

    @Override
    public void check(Engine engine, Service service, Consumer<Finding> findings) {
        boolean personal = service.getDevices() == DeviceControl.PERSONAL;
        boolean consumerAccounts = service.getDevices() == DeviceControl.UNSPECIFIED
                && service.getContract() == ContractType.CONSUMER_TERMS_PERSONAL;
        if (!personal && !consumerAccounts) {
            return;
        }
        List<DataFlow> flows = engine.index().flowsTo(service);
        if (flows.isEmpty()) {
            return;
        }
        Set<DataCategory> carried = new LinkedHashSet<>();
        boolean encrypted = service.isEndToEndEncrypted();
        for (DataFlow flow : flows) {
            carried.addAll(flow.getDataCategories().isEmpty() && flow.getActivity() != null
                    ? flow.getActivity().getDataCategories()
                    : flow.getDataCategories());
            encrypted |= flow.getChannel() == Channel.E2E_CHAT_MESSAGE;
        }
        carried = Paths.inModelOrder(engine, carried);
        Set<DataCategory> critical = new LinkedHashSet<>();
        boolean accessCodes = false;
        for (DataCategory c : carried) {
            if (FlowContext.isCritical(c)) {
                critical.add(c);
            }
            accessCodes |= c.getKind() == DataKind.ACCESS_CODE;
        }
        Object data = carried.isEmpty() ? Finding.Text.of("UnmanagedDevices_UnknownData") : Paths.list(carried); //$NON-NLS-1$
        Finding.Builder builder = Finding.builder(Rule.UNMANAGED_DEVICES).element(service)
                .severity(critical.isEmpty() ? Severity.MEDIUM : Severity.HIGH)
                .message(personal ? "UnmanagedDevices_Message" : "UnmanagedDevices_Message_ConsumerAccounts", //$NON-NLS-1$ //$NON-NLS-2$
                        service, data)
                .fact("Fact_Devices", service.getDevices(), service.getContract()); //$NON-NLS-1$
        if (!critical.isEmpty()) {
            builder.fact("Fact_DevicesCritical", Paths.list(critical)); //$NON-NLS-1$
        }
        if (encrypted) {
            builder.fact("Fact_E2eOnDevice"); //$NON-NLS-1$
        }
        builder.remedy("Remedy_ManagedDevices").remedy("Remedy_Offboarding"); //$NON-NLS-1$ //$NON-NLS-2$
        if (accessCodes) {
            builder.remedy("Remedy_NoAccessCodesInMessages"); //$NON-NLS-1$
        }
        findings.accept(builder.fingerprint(service.getDevices(), service.getContract(), critical.toArray()).build());
    }
}
