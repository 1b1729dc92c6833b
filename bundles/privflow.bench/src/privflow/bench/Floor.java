// SPDX-License-Identifier: EPL-2.0
package privflow.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import privflow.model.PrivflowPackage;

/**
 * The floor the benchmarks compare with: EMF's fastest plain XMI load of the same file (intrinsic
 * id map, deferred id resolution, parser pool, name-to-feature map), without privflow's checks.
 */
final class Floor {

    private Floor() {
    }

    /** @return the median time of EMF's plain load of {@code file}, in milliseconds */
    static double emfPlainLoadMillis(Path file, int warmups, int runs) throws Exception {
        Map<Object, Object> fastest = new HashMap<>();
        fastest.put(XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl(true));
        fastest.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        fastest.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        return Measure.medianMillis(warmups, runs, () -> {
            ResourceSet set = new ResourceSetImpl();
            set.getPackageRegistry().put(PrivflowPackage.eNS_URI, PrivflowPackage.eINSTANCE);
            XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
            resource.setIntrinsicIDToEObjectMap(new HashMap<>());
            set.getResources().add(resource);
            resource.load(fastest);
        });
    }
}
