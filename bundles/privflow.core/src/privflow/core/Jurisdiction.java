// SPDX-License-Identifier: EPL-2.0
package privflow.core;

/** Where a place stands under GDPR chapter V. */
public enum Jurisdiction {
    /** A state of the European Economic Area: no transfer. */
    EEA,
    /** A third country with an adequacy decision (Art. 45), subject to its scope. */
    ADEQUATE,
    /** A third country without an adequacy decision. */
    THIRD_COUNTRY,
    /** No known location: the flow cannot be assessed. */
    UNKNOWN
}
