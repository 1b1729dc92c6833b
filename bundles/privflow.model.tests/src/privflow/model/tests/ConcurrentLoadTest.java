// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;

import privflow.model.io.PrivflowResource;

/**
 * Models and catalogues load concurrently in the IDE (the builder, the editor, the views). EMF's
 * parser pool hashes the load options of each load while other loads add to the name-to-feature
 * cache in those options; that must never fail.
 */
class ConcurrentLoadTest {

    @Test
    void theSharedLoadOptionsCanBeHashedWhileAnotherLoadFillsTheirCache() throws Exception {
        Map<Object, Object> options = new PrivflowResource(URI.createURI("memory:/a.privflow")).getDefaultLoadOptions();
        @SuppressWarnings("unchecked")
        Map<Object, Object> cache = (Map<Object, Object>) options.get(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP);
        AtomicBoolean running = new AtomicBoolean(true);
        Throwable[] failure = new Throwable[1];
        Thread filler = new Thread(() -> {
            for (int i = 0; running.get(); i++) {
                cache.put("test-only-" + (i % 5000), Boolean.TRUE);
            }
        });
        filler.start();
        int hash = options.hashCode();
        try {
            for (int i = 0; i < 20_000; i++) {
                assertEquals(hash, options.hashCode(), "the options hash the same while the cache grows");
            }
        } catch (Throwable t) {
            failure[0] = t;
        } finally {
            running.set(false);
            filler.join();
            for (int i = 0; i < 5000; i++) {
                cache.remove("test-only-" + i);
            }
        }
        assertEquals(null, failure[0], () -> "hashing the load options failed: " + failure[0]);
    }
}
