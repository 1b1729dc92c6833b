// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.List;

/** The rules, in the order their findings are listed for one element. */
public final class Rules {

    public static final List<FlowRule> FLOW_RULES = List.of(new TransferWithoutTool(), new AdequacyScope(),
            new OnwardTransfer(), new RemoteAccessTransfer(), new SccModuleMismatch(), new TiaMissingOrOld(),
            new DerogationSystematic(), new WeakChannel(), new UndeclaredData());

    public static final List<ServiceRule> SERVICE_RULES = List.of(new IndependentController(), new UnmanagedDevices(),
            new NoProcessorContract(), new UnknownLocation());

    public static final List<OrganisationRule> ORGANISATION_RULES = List.of(new ConflictingFacts());

    public static final List<ActivityRule> ACTIVITY_RULES = List.of(new SubjectsNotInformed(),
            new SpecialCategoryCondition(), new IncompleteRecord());

    private Rules() {
    }
}
