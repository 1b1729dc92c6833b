// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import privflow.core.Catalogues;
import privflow.core.Finding.Country.Form;
import privflow.model.CountryEntry;

/**
 * Country names as the catalogues give them: Finnish names with their case forms, from the
 * shipped catalogue and from every catalogue the analysis reads (a later entry wins). Where a
 * catalogue has no forms for a country, the Finnish name stands in apposition to maa ("maahan
 * Intia"), which is grammatical for any name.
 */
public final class CountryNames {

    private record Forms(String nominative, String genitive, String in, String to, String from, String partitive) {
    }

    private static final Map<String, Forms> FINNISH = new ConcurrentHashMap<>();
    private static volatile boolean shippedRead;

    private CountryNames() {
    }

    /** Takes the Finnish names and forms of {@code entry}, if it has any. */
    public static void register(CountryEntry entry) {
        if (entry.getCode() == null || blank(entry.getNameFi())) {
            return;
        }
        FINNISH.put(entry.getCode(), new Forms(entry.getNameFi(), entry.getGenitiveFi(), entry.getInessiveFi(),
                entry.getIllativeFi(), entry.getElativeFi(), entry.getPartitiveFi()));
    }

    /** @return the name of {@code code} in {@code locale} and {@code form}, or {@code null} if unknown */
    public static String name(String code, Locale locale, Form form) {
        if (!"fi".equals(locale.getLanguage())) { //$NON-NLS-1$
            String name = Locale.of("", code).getDisplayCountry(locale); //$NON-NLS-1$
            return name.isEmpty() || name.equals(code) ? null : name;
        }
        readShipped();
        Forms forms = FINNISH.get(code);
        String nominative = forms != null ? forms.nominative() : Locale.of("", code).getDisplayCountry(locale); //$NON-NLS-1$
        if (nominative.isEmpty() || nominative.equals(code)) {
            return null;
        }
        String inflected = forms == null ? null : switch (form) {
            case NOMINATIVE -> nominative;
            case GENITIVE -> forms.genitive();
            case IN -> forms.in();
            case TO -> forms.to();
            case FROM -> forms.from();
            case PARTITIVE -> forms.partitive();
        };
        if (!blank(inflected)) {
            return inflected;
        }
        return switch (form) {
            case NOMINATIVE -> nominative;
            case GENITIVE -> "maan " + nominative; //$NON-NLS-1$
            case IN -> "maassa " + nominative; //$NON-NLS-1$
            case TO -> "maahan " + nominative; //$NON-NLS-1$
            case FROM -> "maasta " + nominative; //$NON-NLS-1$
            case PARTITIVE -> "maata " + nominative; //$NON-NLS-1$
        };
    }

    private static void readShipped() {
        if (!shippedRead) {
            synchronized (CountryNames.class) {
                if (!shippedRead) {
                    Map<String, Forms> later = Map.copyOf(FINNISH);
                    Catalogues.shipped().getCountries().forEach(CountryNames::register);
                    FINNISH.putAll(later);
                    shippedRead = true;
                }
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
