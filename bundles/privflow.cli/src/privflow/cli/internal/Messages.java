// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's texts, English and Finnish ({@code messages.properties},
 * {@code messages_fi.properties}); the same bundle holds picocli's help texts.
 */
public final class Messages {

    private static final String BUNDLE = "privflow.cli.internal.messages"; //$NON-NLS-1$

    private Messages() {
    }

    /** @return the bundle for {@code locale} */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return the text for {@code key} in {@code locale} */
    public static String get(Locale locale, String key) {
        return bundle(locale).getString(key);
    }

    /** @return the text for {@code key} in {@code locale} with {@code arguments} filled in */
    public static String format(Locale locale, String key, Object... arguments) {
        return privflow.core.Messages.fill(locale, get(locale, key), arguments);
    }
}
