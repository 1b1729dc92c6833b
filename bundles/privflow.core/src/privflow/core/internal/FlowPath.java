// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

import org.eclipse.emf.ecore.EObject;

import privflow.model.DataFlow;
import privflow.model.Service;

/** The path of a transfer, the flow followed by a service chain, without copying the chain. */
final class FlowPath extends AbstractList<EObject> implements RandomAccess {

    private final DataFlow flow;
    private final List<Service> chain;

    FlowPath(DataFlow flow, List<Service> chain) {
        this.flow = flow;
        this.chain = chain;
    }

    @Override
    public EObject get(int index) {
        return index == 0 ? flow : chain.get(index - 1);
    }

    @Override
    public int size() {
        return chain.size() + 1;
    }
}
