// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.core.internal.FlowContext;
import privflow.model.Channel;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataKind;
import privflow.model.Service;

/**
 * Rule 10 (Art. 32): door and access codes, special categories, criminal data, identifiers or
 * financial data (salary, bank account) sent over a channel that is not protected: plain e-mail,
 * SMS, an ordinary chat message, or a service that does not encrypt in transit.
 */
final class WeakChannel implements FlowRule {

    @Override
    public void check(FlowContext context, Consumer<Finding> findings) {
        DataFlow flow = context.flow();
        if (!isWeak(flow)) {
            return;
        }
        List<DataCategory> sensitive = new ArrayList<>();
        boolean critical = false;
        boolean accessCodes = false;
        for (DataCategory c : flow.getDataCategories()) {
            boolean isCritical = c.getKind() == DataKind.ACCESS_CODE || c.isSpecialCategory() || c.isCriminal();
            if (isCritical || c.getKind() == DataKind.IDENTIFIER || c.getKind() == DataKind.FINANCIAL) {
                sensitive.add(c);
                critical |= isCritical;
                accessCodes |= c.getKind() == DataKind.ACCESS_CODE;
            }
        }
        if (sensitive.isEmpty()) {
            return;
        }
        Finding.Builder builder = Finding.builder(Rule.WEAK_CHANNEL).element(flow)
                .severity(critical ? Severity.HIGH : Severity.MEDIUM)
                .path(List.of(flow))
                .message("WeakChannel_Message", flow, Paths.list(sensitive), flow.getChannel(),
                        Finding.Text.of("Channel_By_" + flow.getChannel().name())) //$NON-NLS-1$
                .remedy("Remedy_SecureChannel", Paths.list(sensitive)); //$NON-NLS-1$
        if (accessCodes) {
            builder.remedy("Remedy_E2eBusinessChannel"); //$NON-NLS-1$
        }
        findings.accept(builder.fingerprint(flow.getChannel(), flow.getTarget(), sensitive.toArray()).build());
    }

    private static boolean isWeak(DataFlow flow) {
        Channel channel = flow.getChannel();
        if (channel == Channel.EMAIL || channel == Channel.CHAT_MESSAGE || channel == Channel.SMS) {
            return true;
        }
        if (channel == Channel.PHONE || channel == Channel.PAPER || channel == Channel.SECURE_EMAIL
                || channel == Channel.E2E_CHAT_MESSAGE) {
            return false;
        }
        return flow.getTarget() instanceof Service service && !service.isEncryptedInTransit();
    }
}
