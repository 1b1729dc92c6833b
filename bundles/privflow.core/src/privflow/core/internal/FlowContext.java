// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal;

import java.util.ArrayList;
import java.util.List;

import privflow.core.Transfer;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataKind;

/**
 * What the flow rules look at: the flow, its assessed transfers, whether it carries special
 * categories or criminal data (which raise transfer findings one severity), and which of its
 * categories make a transfer that nothing covers critical (special categories, criminal data,
 * identity codes, access codes).
 */
public record FlowContext(Engine engine, DataFlow flow, List<Transfer> transfers, boolean special) {

    /** @return the flow's categories that make an uncovered transfer critical, in the flow's order */
    public List<DataCategory> criticalCategories() {
        List<DataCategory> critical = new ArrayList<>(0);
        for (DataCategory c : flow.getDataCategories()) {
            if (isCritical(c)) {
                critical.add(c);
            }
        }
        return critical;
    }

    /** @return the flow's special-category and criminal categories, in the flow's order */
    public List<DataCategory> specialCategories() {
        List<DataCategory> special = new ArrayList<>(0);
        for (DataCategory c : flow.getDataCategories()) {
            if (c.isSpecialCategory() || c.isCriminal()) {
                special.add(c);
            }
        }
        return special;
    }

    /** @return whether {@code c} is special, criminal, an identity code or an access code */
    public static boolean isCritical(DataCategory c) {
        return c.isSpecialCategory() || c.isCriminal() || c.getKind() == DataKind.IDENTIFIER
                || c.getKind() == DataKind.ACCESS_CODE;
    }
}
