// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import privflow.core.Finding;
import privflow.core.internal.Engine;
import privflow.edit.Labels;
import privflow.model.DataCategory;

/** Renders elements in a message (a path as "a → b → c", a list as "a, b, c") in a stable order. */
final class Paths {

    private Paths() {
    }

    static Finding.Localizable describe(List<EObject> path) {
        return locale -> join(path, " \u2192 ", locale); //$NON-NLS-1$
    }

    /**
     * @return {@code found} in the order of the model's data categories (then any it does not
     *         hold), whatever order the index kept the flows in, so that messages are deterministic
     */
    static Set<DataCategory> inModelOrder(Engine engine, Set<DataCategory> found) {
        if (found.size() < 2) {
            return found;
        }
        Set<DataCategory> ordered = new LinkedHashSet<>();
        for (DataCategory c : engine.index().model().getDataCategories()) {
            if (found.contains(c)) {
                ordered.add(c);
            }
        }
        ordered.addAll(found);
        return ordered;
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
