// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/** The register's texts in one language (messages.properties, messages_fi.properties). */
final class Texts {

    private final Locale locale;
    private final ResourceBundle bundle;

    Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("privflow.register.messages", locale, Texts.class.getClassLoader(), //$NON-NLS-1$
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** @return "yes" or "no" */
    String yesNo(boolean value) {
        return get(value ? "Value_Yes" : "Value_No"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return {@code value}, or "not recorded" when it is blank */
    String orNotRecorded(String value) {
        return value == null || value.isBlank() ? get("Value_NotRecorded") : value; //$NON-NLS-1$
    }

    String format(String key, Object... arguments) {
        return privflow.core.Messages.fill(locale, get(key), arguments);
    }
}
