// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.internal.FlowContext;

/** A rule checked once per data flow. */
public interface FlowRule {
    void check(FlowContext context, Consumer<Finding> findings);
}
