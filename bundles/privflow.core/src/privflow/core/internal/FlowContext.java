// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal;

import java.util.List;

import privflow.core.Transfer;
import privflow.model.DataFlow;

/**
 * What the flow rules look at: the flow, its assessed transfers and whether it carries special
 * categories of data (which raise transfer findings one severity).
 */
public record FlowContext(Engine engine, DataFlow flow, List<Transfer> transfers, boolean special) {
}
