// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.internal.Engine;
import privflow.model.ProcessingActivity;

/** A rule checked once per processing activity. */
public interface ActivityRule {
    void check(Engine engine, ProcessingActivity activity, Consumer<Finding> findings);
}
