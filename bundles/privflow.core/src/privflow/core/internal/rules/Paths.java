// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import privflow.core.Finding;

/** Renders a path of flows and services as "a → b → c". */
final class Paths {

    private Paths() {
    }

    static Finding.Localizable describe(List<EObject> path) {
        return (Locale locale) -> {
            StringBuilder text = new StringBuilder();
            for (EObject step : path) {
                if (!text.isEmpty()) {
                    text.append(" \u2192 "); //$NON-NLS-1$
                }
                text.append(Finding.label(step));
            }
            return text.toString();
        };
    }
}
