// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import privflow.core.Finding;

/** The ISO 3166-1 alpha-2 countries, named in the UI's language. */
final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private static final Map<Locale, Map<String, String>> BY_NAME = new ConcurrentHashMap<>();

    private Countries() {
    }

    /** @return every country code, ordered by the country's name in {@code locale} */
    static List<String> codes(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing((String c) -> name(c, locale), collator))
                .toList();
    }

    /** @return the country's name in {@code locale}, e.g. "Suomi" for {@code FI} in Finnish */
    static String name(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale); //$NON-NLS-1$
    }

    /** @return "Finland (FI)" as the findings and the register write it, or {@code code} itself if it names no country; "" for none */
    static String label(String code, Locale locale) {
        return code == null || code.isEmpty() ? "" : Finding.Country.of(code).render(locale); //$NON-NLS-1$
    }

    /**
     * @return the code of the country {@code text} names: a code in any case ("fi"), a name in
     *         {@code locale} or in English ("Finland", "Suomi"), or a {@link #label label}; {@code ""}
     *         for a blank text, {@code null} if it names no country
     */
    static String parse(String text, Locale locale) {
        String typed = text.strip();
        if (typed.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        if (typed.matches(".*\\([A-Za-z]{2}\\)")) { //$NON-NLS-1$
            typed = typed.substring(typed.length() - 3, typed.length() - 1);
        }
        String upper = typed.toUpperCase(Locale.ROOT);
        if (CODES.contains(upper)) {
            return upper;
        }
        return byName(locale).get(typed.toLowerCase(locale));
    }

    /** @return the codes by lower-case name in {@code locale} and in English, built once per language */
    private static Map<String, String> byName(Locale locale) {
        return BY_NAME.computeIfAbsent(locale, l -> {
            Map<String, String> names = new HashMap<>();
            for (String code : CODES) {
                names.put(name(code, Locale.ENGLISH).toLowerCase(l), code);
            }
            for (String code : CODES) {
                names.put(name(code, l).toLowerCase(l), code);
            }
            return Map.copyOf(names);
        });
    }
}
