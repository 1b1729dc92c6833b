// SPDX-License-Identifier: EPL-2.0
package privflow.model.io;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import privflow.model.Identified;

/**
 * The XMI resource of a {@code .privflow} file.
 * <p>
 * Saving is deterministic: UTF-8, {@code \n} line ends, elements in model order, features in
 * metamodel order, references written as the target's stable id. Loading is hardened (no DOCTYPE,
 * so no external entities and no entity expansion) and fast on large models (an id map, deferred
 * id resolution, a shared parser pool). Every {@link Identified} element gets a UUID when it is
 * added without one.
 */
public class PrivflowResource extends XMIResourceImpl {

    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

    private static final Map<Object, Object> NAME_TO_FEATURE = new NameToFeature();

    /**
     * EMF's name-to-feature cache, shared by every load for speed. Loads run concurrently (the
     * builder, an editor, a view), so it is synchronized; and EMF's parser pool hashes the load
     * options it sits in, so it is hashed by identity: hashing its entries while another load adds
     * one threw ConcurrentModificationException, and the file "could not be read".
     */
    private static final class NameToFeature extends HashMap<Object, Object> {
        private static final long serialVersionUID = 1L;

        @Override
        public synchronized Object get(Object key) {
            return super.get(key);
        }

        @Override
        public synchronized boolean containsKey(Object key) {
            return super.containsKey(key);
        }

        @Override
        public synchronized Object put(Object key, Object value) {
            return super.put(key, value);
        }

        @Override
        public synchronized Object remove(Object key) {
            return super.remove(key);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** @param uri where the resource lives */
    public PrivflowResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(OPTION_USE_PARSER_POOL, PARSER_POOL);
        load.put(OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
        load.put(OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        load.put(OPTION_PARSER_FEATURES, secureParserFeatures());
        load.put(OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
        save.put(OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
        save.put(OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        save.put(OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        save.put(OPTION_LINE_WIDTH, Integer.valueOf(100));
        save.put(OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        save.put(OPTION_PROCESS_DANGLING_HREF, OPTION_PROCESS_DANGLING_HREF_THROW);
        setEncoding("UTF-8"); //$NON-NLS-1$
    }

    private static Map<String, Boolean> secureParserFeatures() {
        Map<String, Boolean> features = new HashMap<>();
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
        return features;
    }

    @Override
    protected boolean useIDAttributes() {
        return true;
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected void attachedHelper(EObject eObject) {
        if (!isLoading() && eObject instanceof Identified identified) {
            String id = identified.getId();
            EObject holder = id == null ? null : getIntrinsicIDToEObjectMap().get(id);
            if (id == null || holder != null && holder != eObject) {
                identified.setId(newId()); // new, or a pasted copy: ids are unique in a model
            }
        }
        super.attachedHelper(eObject);
        if (!isLoading() && eObject instanceof Identified identified) {
            getIntrinsicIDToEObjectMap().put(identified.getId(), eObject);
        }
    }

    @Override
    protected void detachedHelper(EObject eObject) {
        if (eObject instanceof Identified identified && identified.getId() != null
                && getIntrinsicIDToEObjectMap().get(identified.getId()) == eObject) {
            getIntrinsicIDToEObjectMap().remove(identified.getId());
        }
        super.detachedHelper(eObject);
    }

    /** Gives every element without an id a fresh UUID, e.g. after loading a hand-written file. */
    public void assignMissingIds() {
        for (TreeIterator<EObject> it = getAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified identified && identified.getId() == null) {
                identified.setId(newId());
                getIntrinsicIDToEObjectMap().put(identified.getId(), identified);
            }
        }
    }

    /** @return a new random UUID in its canonical text form */
    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
