// SPDX-License-Identifier: EPL-2.0
package privflow.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Creates {@link PrivflowResource}s; registered for the {@code privflow} extension. */
public class PrivflowResourceFactory extends XMIResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        return new PrivflowResource(uri);
    }
}
