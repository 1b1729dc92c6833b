// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.time.LocalDate;

import privflow.model.DataSubjectCategory;
import privflow.model.FlowEndpoint;
import privflow.model.Location;
import privflow.model.Organisation;
import privflow.model.Service;

/** Where a place stands under GDPR chapter V, from the least to the most exposed. */
public enum Jurisdiction {
    /** A state of the European Economic Area: no transfer. */
    EEA,
    /** A third country with an adequacy decision (Art. 45) in force, subject to its scope. */
    ADEQUATE,
    /** A third country without an adequacy decision in force. */
    THIRD_COUNTRY,
    /** No known location: the flow cannot be assessed. */
    UNKNOWN;

    /** @return where {@code country} (ISO 3166-1 alpha-2, or {@code null}) stands on {@code date} */
    public static Jurisdiction of(String country, LegalFacts facts, LocalDate date) {
        if (country == null || country.isBlank()) {
            return UNKNOWN;
        }
        return facts.isEea(country) ? EEA : facts.adequacyInForce(country, date) != null ? ADEQUATE : THIRD_COUNTRY;
    }

    /**
     * @return where an organisation (its country) or a service (the most exposed of its locations,
     *         else its provider's country) stands on {@code date}; {@code null} for data subjects,
     *         who are people, not a place
     */
    public static Jurisdiction of(FlowEndpoint endpoint, LegalFacts facts, LocalDate date) {
        return switch (endpoint) {
            case DataSubjectCategory subjects -> null;
            case Organisation organisation -> of(organisation.getCountry(), facts, date);
            case Service service -> {
                Jurisdiction worst = null;
                for (Location l : service.getLocations()) {
                    worst = worse(worst, of(l.getCountry(), facts, date));
                }
                if (worst == null) {
                    worst = of(service.getProvider() == null ? null : service.getProvider().getCountry(), facts, date);
                }
                yield worst;
            }
            default -> UNKNOWN;
        };
    }

    /** @return the more exposed of two known places; unknown only if nothing is known */
    private static Jurisdiction worse(Jurisdiction a, Jurisdiction b) {
        if (a == null || a == UNKNOWN) {
            return b;
        }
        return b == UNKNOWN || b.ordinal() < a.ordinal() ? a : b;
    }
}
