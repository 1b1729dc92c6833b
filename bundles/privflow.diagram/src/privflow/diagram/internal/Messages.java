// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The diagram's texts (zone titles, legend), English and Finnish. */
public final class Messages {

    private Messages() {
    }

    public static String get(Locale locale, String key) {
        return ResourceBundle.getBundle("privflow.diagram.internal.messages", locale, Messages.class.getClassLoader(), //$NON-NLS-1$
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    public static String format(Locale locale, String key, Object... arguments) {
        return new MessageFormat(get(locale, key), locale).format(arguments);
    }
}
