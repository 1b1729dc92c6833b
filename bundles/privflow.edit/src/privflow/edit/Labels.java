// SPDX-License-Identifier: EPL-2.0
package privflow.edit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import privflow.model.Identified;
import privflow.model.Named;
import privflow.model.provider.PrivflowEditPlugin;

/**
 * The one home of model labels in every language: element names, type names and enumeration
 * literals, read from the item providers' {@code _UI_*} keys ({@code plugin.properties},
 * {@code plugin_fi.properties} of this bundle), so the tree, the Properties view, the CLI, the
 * register and the diagram all say the same. Works inside OSGi and on a plain class path.
 */
public final class Labels {

    private static final ResourceBundle.Control CONTROL = new PluginProperties();

    private Labels() {
    }

    /** @return the element's name, else its type and id (e.g. "Data Flow f3"); "" for {@code null} */
    public static String of(EObject element, Locale locale) {
        if (element == null) {
            return ""; //$NON-NLS-1$
        }
        if (element instanceof Named named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        String id = element instanceof Identified i ? i.getId() : null;
        String type = type(element.eClass(), locale);
        return id == null || id.isBlank() ? type : type + ' ' + id;
    }

    /** @return the labels of {@code elements}, in order */
    public static List<String> of(List<? extends EObject> elements, Locale locale) {
        return elements.stream().map(e -> of(e, locale)).toList();
    }

    /** @return the name of a model type, e.g. "Service" or "Palvelu" */
    public static String type(EClass eClass, Locale locale) {
        return get(locale, "_UI_" + eClass.getName() + "_type", eClass.getName()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @return what an enumeration literal means, e.g. "consumer terms accepted personally by an
     *         employee" for {@code CONSUMER_TERMS_PERSONAL}; "" for {@code null}
     */
    public static String of(Enumerator literal, Locale locale) {
        if (literal == null) {
            return ""; //$NON-NLS-1$
        }
        return get(locale, "_UI_" + literal.getClass().getSimpleName() + '_' + literal.getName() + "_literal", //$NON-NLS-1$ //$NON-NLS-2$
                literal.getLiteral());
    }

    private static String get(Locale locale, String key, String fallback) {
        try {
            return ResourceBundle.getBundle("plugin", locale, Labels.class.getClassLoader(), CONTROL).getString(key); //$NON-NLS-1$
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /**
     * Reads {@code plugin[_language].properties} beside the edit plugin's classes (its base URL),
     * never the first {@code plugin.properties} on a flat class path.
     */
    private static final class PluginProperties extends ResourceBundle.Control {

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
                throws IOException {
            URL url = new URL(PrivflowEditPlugin.INSTANCE.getBaseURL(), toBundleName(baseName, locale) + ".properties"); //$NON-NLS-1$
            try (InputStream in = url.openStream()) {
                return new PropertyResourceBundle(in);
            } catch (IOException e) {
                return null;
            }
        }
    }
}
