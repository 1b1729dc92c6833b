// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.util.Locale;

/** The register's texts for {@link privflow.register.Changes}, and a register cell as one line. */
public final class ChangeTexts {

    private final Texts texts;
    private final java.util.Map<String, String> got = new java.util.HashMap<>();

    public ChangeTexts(Locale locale) {
        this.texts = new Texts(locale);
    }

    /** @return the register's text for {@code key} */
    public String get(String key) {
        return got.computeIfAbsent(key, texts::get);
    }

    /** @return the register's text for {@code key} with {@code arguments} filled in */
    public String format(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    /** @return a register cell as one line, its values separated by semicolons */
    public static String cell(Object cell, Locale locale) {
        return String.join("; ", Cells.values(cell, locale)); //$NON-NLS-1$
    }
}
