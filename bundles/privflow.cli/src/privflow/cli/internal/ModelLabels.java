// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import privflow.model.PrivflowPackage;
import privflow.model.provider.PrivflowEditPlugin;

/**
 * The names the model's editor gives element types and attributes (the edit bundle's
 * {@code plugin.properties}), in a language of the command's choosing rather than the JVM's.
 */
final class ModelLabels {

    private final Properties labels = new Properties();

    private ModelLabels() {
    }

    /** @return the labels in {@code locale}'s language, English where it has none */
    static ModelLabels of(Locale locale) {
        ModelLabels labels = new ModelLabels();
        labels.load("plugin.properties"); //$NON-NLS-1$
        if (!locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            labels.load("plugin_" + locale.getLanguage() + ".properties"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return labels;
    }

    private void load(String name) {
        String base = PrivflowEditPlugin.INSTANCE.getBaseURL().toString();
        try (InputStream in = URI.create(base.endsWith("/") ? base + name : base + '/' + name).toURL().openStream()) { //$NON-NLS-1$
            labels.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // no labels in that language: the English ones (or the model's own names) stand
        }
    }

    /** @return the type's name, e.g. "Service" / "Palvelu"; the class name if it has none */
    String type(String className) {
        return labels.getProperty("_UI_" + className + "_type", className); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the attribute's or reference's name, e.g. "Name" / "Nimi"; {@code feature} if it has none */
    String feature(String className, String feature) {
        if (PrivflowPackage.eINSTANCE.getEClassifier(className) instanceof EClass type
                && type.getEStructuralFeature(feature) instanceof EStructuralFeature f) {
            return labels.getProperty("_UI_" + f.getEContainingClass().getName() + '_' + feature + "_feature", feature); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return feature;
    }
}
