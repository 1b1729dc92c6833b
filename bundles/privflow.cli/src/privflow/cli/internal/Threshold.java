// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import privflow.core.Finding;
import privflow.core.Severity;

/**
 * {@code --fail-on}: the least severity that makes {@code check} exit with 1, or never. Only open
 * findings count (and stale ones, whose decision no longer applies); reviewed ones do not.
 *
 * @param severity the threshold, or {@code null} for never
 */
record Threshold(Severity severity) {

    /** Reads {@code critical}, {@code high}, {@code medium}, {@code low}, {@code info} or {@code never}. */
    static final class Converter implements ITypeConverter<Threshold> {
        @Override
        public Threshold convert(String value) {
            String name = value.toLowerCase(Locale.ROOT);
            if ("never".equals(name)) { //$NON-NLS-1$
                return new Threshold(null);
            }
            for (Severity s : Severity.values()) {
                if (s.id().equals(name)) {
                    return new Threshold(s);
                }
            }
            throw new TypeConversionException(Messages.format(Languages.current(), "Error_Threshold", value)); //$NON-NLS-1$
        }
    }

    /** @return whether {@code finding} makes the check fail */
    boolean fails(Finding finding) {
        return severity != null && finding.review().isOpen() && finding.severity().atLeast(severity);
    }

    /** @return the name used on the command line */
    String id() {
        return severity == null ? "never" : severity.id(); //$NON-NLS-1$
    }
}
