// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads ISO dates ({@code 2026-11-24}) given on the command line. */
final class Dates implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(Messages.format(Languages.current(), "Error_Date", value)); //$NON-NLS-1$
        }
    }
}
