// SPDX-License-Identifier: EPL-2.0
package privflow.model.io;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts of this package, in the default locale (English and Finnish ship). */
final class Messages {

    private static final String BUNDLE = "privflow.model.io.messages"; //$NON-NLS-1$

    private Messages() {
    }

    static String get(String key) {
        return ResourceBundle.getBundle(BUNDLE).getString(key);
    }

    static String format(String key, Object... arguments) {
        return MessageFormat.format(get(key), arguments);
    }
}
