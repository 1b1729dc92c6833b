// SPDX-License-Identifier: EPL-2.0
package privflow.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The URI converter of privflow's resource sets: it opens nothing. A model or catalogue is read
 * from the stream privflow opens itself, so EMF never needs to open a URI; anything a file asks
 * for (a package by a remote namespace, a schema location, a reference into another document) is
 * refused instead of fetched, and no socket or other file is ever opened while loading or
 * analysing.
 */
final class SelfContainedURIConverter extends ExtensibleURIConverterImpl {

    SelfContainedURIConverter() {
        super(List.of(new Refusing()), ContentHandler.Registry.INSTANCE.contentHandlers());
    }

    /** The one URI handler: it handles every URI by refusing it. */
    private static final class Refusing extends URIHandlerImpl {

        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public void delete(URI uri, Map<?, ?> options) throws IOException {
            throw refused(uri);
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }

        @Override
        public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
            return Map.of();
        }

        private static IOException refused(URI uri) {
            return new IOException(Messages.format("ModelStore_Refused", uri)); //$NON-NLS-1$
        }
    }
}
