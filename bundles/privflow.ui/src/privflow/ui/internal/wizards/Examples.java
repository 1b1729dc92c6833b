// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import privflow.model.DataFlowModel;
import privflow.model.PrivflowFactory;
import privflow.model.io.ModelStore;

/** What a new model starts from: nothing, or one of the bundled examples. */
public enum Examples {
    EMPTY(null), CLEANING_COMPANY("examples/cleaning-company.privflow"), MIDSIZE_COMPANY("examples/midsize-company.privflow"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String resource;

    Examples(String resource) {
        this.resource = resource;
    }

    /** @return the content of a new model file named {@code name} */
    public byte[] content(String name) throws IOException {
        if (resource == null) {
            DataFlowModel model = PrivflowFactory.eINSTANCE.createDataFlowModel();
            model.setName(name);
            model.setAsOf(LocalDate.now());
            return ModelStore.toBytes(model);
        }
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from privflow.ui"); //$NON-NLS-1$
            }
            return in.readAllBytes();
        }
    }
}
