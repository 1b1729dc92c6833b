// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The analysis' texts; English and Finnish ship ({@code messages.properties}, {@code messages_fi.properties}). */
public final class Messages {

    private static final String BUNDLE = "privflow.core.messages"; //$NON-NLS-1$

    private Messages() {
    }

    /** @return the text for {@code key} in {@code locale} */
    public static String get(Locale locale, String key) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    /** @return the text for {@code key} in {@code locale} with {@code arguments} filled in */
    public static String format(Locale locale, String key, Object... arguments) {
        return new MessageFormat(get(locale, key), locale).format(arguments);
    }
}
