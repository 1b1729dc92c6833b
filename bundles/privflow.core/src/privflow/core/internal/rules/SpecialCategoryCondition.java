// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.internal.Engine;
import privflow.model.Article9Condition;
import privflow.model.DataCategory;
import privflow.model.ProcessingActivity;

/** Rule 11 (Art. 9): an activity processes special categories of data without an Art. 9(2) condition. */
final class SpecialCategoryCondition implements ActivityRule {

    @Override
    public void check(Engine engine, ProcessingActivity activity, Consumer<Finding> findings) {
        if (activity.getArticle9Condition() != Article9Condition.NONE) {
            return;
        }
        Set<DataCategory> special = new LinkedHashSet<>();
        for (DataCategory c : activity.getDataCategories()) {
            if (c.isSpecialCategory()) {
                special.add(c);
            }
        }
        special.addAll(engine.index().specialCategoriesOnFlowsOf(activity));
        if (special.isEmpty()) {
            return;
        }
        special = Paths.inModelOrder(engine, special);
        findings.accept(Finding.builder(Rule.SPECIAL_CATEGORY_CONDITION).element(activity)
                .message("SpecialCategoryCondition_Message", activity, Paths.list(special)) //$NON-NLS-1$
                .remedy("Remedy_Article9") //$NON-NLS-1$
                .fingerprint(special.toArray()).build());
    }
}
