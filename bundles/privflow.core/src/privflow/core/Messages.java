// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import privflow.core.Finding.Country;

/**
 * The analysis' texts; English and Finnish ship ({@code messages.properties},
 * {@code messages_fi.properties}). Patterns are {@link MessageFormat}s; a country argument may
 * ask for a grammatical form ({@code {1,country,to}}), and dates are written as the language
 * writes them (1.1.2026 in Finnish, ISO 8601 in English).
 */
public final class Messages {

    private static final String BUNDLE = "privflow.core.messages"; //$NON-NLS-1$
    private static final Pattern COUNTRY_FORM = Pattern.compile("\\{(\\d+),country,(\\w+)\\}"); //$NON-NLS-1$
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy"); //$NON-NLS-1$

    private Messages() {
    }

    /** @return the text for {@code key} in {@code locale} */
    public static String get(Locale locale, String key) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    /** @return the text for {@code key} in {@code locale} with {@code arguments} filled in */
    public static String format(Locale locale, String key, Object... arguments) {
        return fill(locale, get(locale, key), arguments);
    }

    /**
     * @return {@code pattern} with {@code arguments} filled in: countries in the form the pattern
     *         asks for, dates as {@link #date} writes them
     */
    public static String fill(Locale locale, String pattern, Object... arguments) {
        List<Object> args = new ArrayList<>(Arrays.asList(arguments));
        String p = pattern;
        if (p.contains(",country,")) { //$NON-NLS-1$
            Matcher m = COUNTRY_FORM.matcher(p);
            StringBuilder text = new StringBuilder();
            while (m.find()) {
                int index = Integer.parseInt(m.group(1));
                Object value = index < arguments.length ? arguments[index] : null;
                args.add(value instanceof Country c ? c.render(locale, form(m.group(2))) : String.valueOf(value));
                m.appendReplacement(text, "{" + (args.size() - 1) + "}"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            m.appendTail(text);
            p = text.toString();
        }
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof Country c) {
                args.set(i, c.render(locale));
            } else if (args.get(i) instanceof LocalDate d) {
                args.set(i, date(locale, d));
            }
        }
        return new MessageFormat(p, locale).format(args.toArray());
    }

    /** @return {@code date} as {@code locale} writes it: 1.1.2026 in Finnish, 2026-01-01 otherwise */
    public static String date(Locale locale, LocalDate date) {
        if (date == null) {
            return ""; //$NON-NLS-1$
        }
        return "fi".equals(locale.getLanguage()) ? FINNISH_DATE.format(date) : date.toString(); //$NON-NLS-1$
    }

    private static Country.Form form(String name) {
        return switch (name) {
            case "genitive" -> Country.Form.GENITIVE; //$NON-NLS-1$
            case "in" -> Country.Form.IN; //$NON-NLS-1$
            case "to" -> Country.Form.TO; //$NON-NLS-1$
            case "from" -> Country.Form.FROM; //$NON-NLS-1$
            case "partitive" -> Country.Form.PARTITIVE; //$NON-NLS-1$
            default -> Country.Form.NOMINATIVE;
        };
    }
}
