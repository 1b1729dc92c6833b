// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

/** A jurisdiction zone of the diagram: every transfer visibly crosses a zone border. */
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
    UNKNOWN
}
