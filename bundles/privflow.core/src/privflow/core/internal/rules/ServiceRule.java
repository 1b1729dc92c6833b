// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.internal.Engine;
import privflow.model.Service;

/** A rule checked once per service that receives personal data. */
public interface ServiceRule {
    void check(Engine engine, Service service, Consumer<Finding> findings);
}
