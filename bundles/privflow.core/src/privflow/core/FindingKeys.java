// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import privflow.edit.Labels;

/** Reads a finding's {@linkplain Finding#key() key} back as a person names the finding. */
public final class FindingKeys {

    private FindingKeys() {
    }

    /**
     * @return the finding's rule title and the label of the element it is about, e.g. "Third-country
     *         transfer without a transfer tool: Daily visit list to cleaners"; the key itself if its
     *         rule is unknown
     */
    public static String describe(String key, Resource resource, Locale locale) {
        if (key == null || key.isBlank()) {
            return ""; //$NON-NLS-1$
        }
        String[] parts = key.split(":", 3); //$NON-NLS-1$
        Rule rule = Rule.byId(parts[0]);
        if (rule == null) {
            return key;
        }
        EObject subject = parts.length > 1 && resource != null ? resource.getEObject(parts[1]) : null;
        return subject == null ? rule.title(locale) : rule.title(locale) + ": " + Labels.of(subject, locale); //$NON-NLS-1$
    }
}
