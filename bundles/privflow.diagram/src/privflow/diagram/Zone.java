// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

import privflow.core.Jurisdiction;

/**
 * A zone of the diagram: the data subjects' band and one band per {@link Jurisdiction}, so that
 * every transfer visibly crosses a zone border.
 */
public enum Zone {
    /** Data subjects: the people the data is about (drawn outside the jurisdictions). */
    SUBJECTS,
    /** The European Economic Area: no transfer. */
    EEA,
    /** Third countries with an adequacy decision in force. */
    ADEQUATE,
    /** Third countries without one. */
    THIRD_COUNTRY,
    /** Where nothing is known about the location. */
    UNKNOWN;

    /** @return the band of {@code jurisdiction}; the data subjects' band for {@code null} (people, not a place) */
    public static Zone of(Jurisdiction jurisdiction) {
        return jurisdiction == null ? SUBJECTS : valueOf(jurisdiction.name());
    }
}
