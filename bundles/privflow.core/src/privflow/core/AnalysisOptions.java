// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.time.LocalDate;

/**
 * How to run the analysis.
 *
 * @param asOf the date whose legal facts apply; {@code null} means the model's as-of date, else today
 * @param tiaMaxAgeMonths a transfer impact assessment older than this many months is flagged
 */
public record AnalysisOptions(LocalDate asOf, int tiaMaxAgeMonths) {

    /** The defaults: the model's own date and a two-year limit for transfer impact assessments. */
    public static final AnalysisOptions DEFAULT = new AnalysisOptions(null, 24);

    /** @return these options on another date */
    public AnalysisOptions withAsOf(LocalDate date) {
        return new AnalysisOptions(date, tiaMaxAgeMonths);
    }
}
