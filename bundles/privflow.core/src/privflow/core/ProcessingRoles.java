// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.util.ArrayList;
import java.util.List;

import privflow.model.ActivityRole;
import privflow.model.DataFlowModel;
import privflow.model.Organisation;
import privflow.model.ProcessingActivity;
import privflow.model.Role;

/**
 * Who is who in an activity, from the point of view of the organisation keeping the record: its
 * own activities (Art. 30(1)) and the processing it carries out as a processor on behalf of other
 * controllers (Art. 30(2)).
 */
public final class ProcessingRoles {

    private ProcessingRoles() {
    }

    /** @return the organisation keeping the model's record, or {@code null} if the model does not say */
    public static Organisation recordKeeper(ProcessingActivity activity) {
        return activity.eContainer() instanceof DataFlowModel model ? model.getRecordKeeper() : null;
    }

    /**
     * @return whether the organisation keeping the record carries out {@code activity} as a
     *         processor or sub-processor for another controller (Art. 30(2)) rather than as its
     *         controller; {@code false} when the model names no record keeper
     */
    public static boolean carriedOutAsProcessor(ProcessingActivity activity) {
        Organisation keeper = recordKeeper(activity);
        if (keeper == null) {
            return false;
        }
        boolean processor = false;
        for (ActivityRole role : activity.getRoles()) {
            if (role.getOrganisation() == keeper) {
                if (role.getRole() == Role.CONTROLLER || role.getRole() == Role.JOINT_CONTROLLER) {
                    return false;
                }
                processor = true;
            }
        }
        return processor;
    }

    /** @return the organisations with {@code role} in {@code activity}, in the model's order */
    public static List<Organisation> withRole(ProcessingActivity activity, Role role) {
        List<Organisation> result = new ArrayList<>();
        for (ActivityRole r : activity.getRoles()) {
            if (r.getRole() == role && r.getOrganisation() != null) {
                result.add(r.getOrganisation());
            }
        }
        return result;
    }
}
