// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import privflow.core.Finding;
import privflow.edit.Labels;

/** Renders elements in a message: a path as "a → b → c", a list as "a, b, c". */
final class Paths {

    private Paths() {
    }

    static Finding.Localizable describe(List<EObject> path) {
        return locale -> join(path, " \u2192 ", locale); //$NON-NLS-1$
    }

    static Finding.Localizable list(Collection<? extends EObject> elements) {
        return locale -> join(elements, ", ", locale); //$NON-NLS-1$
    }

    private static String join(Collection<? extends EObject> elements, String separator, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (EObject element : elements) {
            if (!text.isEmpty()) {
                text.append(separator);
            }
            text.append(Labels.of(element, locale));
        }
        return text.toString();
    }
}
