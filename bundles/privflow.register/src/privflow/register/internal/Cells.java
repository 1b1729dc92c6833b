// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import privflow.core.Messages;
import privflow.register.Register;

/** Turning cells into text, safely. */
final class Cells {

    private Cells() {
    }

    /** @return the cell's values as data: one for a text, several for a list, dates in ISO 8601 */
    static List<String> values(Object cell) {
        return values(cell, null);
    }

    /**
     * @return the cell's values as {@code locale} reads them (dates as the language writes them),
     *         or as data when {@code locale} is {@code null}
     */
    static List<String> values(Object cell, Locale locale) {
        List<?> items = items(cell);
        List<String> values = new ArrayList<>(items.size());
        for (Object item : items) {
            values.add(value(item, locale));
        }
        return values;
    }

    /** @return one value as {@code locale} reads it (a date as the language writes it), or as data for {@code null} */
    static String value(Object item, Locale locale) {
        return item instanceof LocalDate date && locale != null ? Messages.date(locale, date) : item.toString();
    }

    /** @return the cell's values as the register holds them: strings, phrases and dates */
    static List<?> items(Object cell) {
        if (cell instanceof List<?> list) {
            return list;
        }
        return cell == null ? List.of() : List.of(cell);
    }

    /**
     * @return the language to mark {@code value} with in a document in {@code locale}'s language:
     *         a phrase's own language when it is another, else {@code null}
     */
    static String language(Object value, Locale locale) {
        return value instanceof Register.Phrase phrase && phrase.language() != null && !phrase.language().isEmpty()
                && !phrase.language().equals(locale.getLanguage()) ? phrase.language() : null;
    }

    /**
     * @return {@code value}, the model's own text, as a phrase in the model's language when that is
     *         known and not {@code locale}'s
     */
    static Object phrase(String value, String modelLanguage, Locale locale) {
        if (blank(modelLanguage) || blank(value) || modelLanguage.equalsIgnoreCase(locale.getLanguage())) {
            return value;
        }
        return new Register.Phrase(value, modelLanguage);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** @return the cell as one text, list values on separate lines, dates in ISO 8601 */
    static String text(Object cell) {
        return String.join("\n", values(cell)); //$NON-NLS-1$
    }

    /** @return the cell as one text as {@code locale} reads it, list values on separate lines */
    static String text(Object cell, Locale locale) {
        return String.join("\n", values(cell, locale)); //$NON-NLS-1$
    }

    /**
     * @return {@code text} made safe for a spreadsheet: a text that a spreadsheet would read as a
     *         formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
     *         apostrophe, so it is shown, never evaluated
     */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text; //$NON-NLS-1$
    }
}
