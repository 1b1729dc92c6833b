// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.internal.Engine;
import privflow.model.Organisation;

/** A rule checked once per organisation. */
public interface OrganisationRule {
    void check(Engine engine, Organisation organisation, Consumer<Finding> findings);
}
