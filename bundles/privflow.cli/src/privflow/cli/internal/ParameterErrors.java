// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's parse errors in the user's language: picocli writes them in English only, so each
 * kind it raises is said again from its parts (what was missing, unknown or invalid, and where).
 */
final class ParameterErrors {

    private ParameterErrors() {
    }

    /** @return what went wrong with the command line, in {@code locale} */
    static String message(ParameterException e, Locale locale) {
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            List<ArgSpec> args = missing.getMissing();
            String names = args.stream().map(ParameterErrors::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
            boolean options = args.stream().allMatch(ArgSpec::isOption);
            return Messages.format(locale, options ? "Error_MissingOption" : "Error_MissingParameter", names, //$NON-NLS-1$ //$NON-NLS-2$
                    args.size());
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> values = unmatched.getUnmatched();
            boolean option = values.get(0).startsWith("-"); //$NON-NLS-1$
            return Messages.format(locale, option ? "Error_UnknownOption" : "Error_Unmatched", //$NON-NLS-1$ //$NON-NLS-2$
                    values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ")), values.size()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return Messages.format(locale, "Error_OptionTwice", name(overwritten.getOverwritten())); //$NON-NLS-1$
        }
        String text = e.getMessage() == null ? "" : e.getMessage(); //$NON-NLS-1$
        if (e.getArgSpec() != null && text.startsWith("Invalid value for ")) { //$NON-NLS-1$
            String detail = e.getCause() instanceof TypeConversionException ours && ours.getMessage() != null
                    ? ours.getMessage()
                    : Messages.format(locale, "Error_ValueNotValid", e.getValue() == null ? "" : e.getValue()); //$NON-NLS-1$ //$NON-NLS-2$
            return Messages.format(locale, e.getArgSpec().isOption()
                    ? "Error_InvalidOptionValue" //$NON-NLS-1$
                    : "Error_InvalidParameterValue", name(e.getArgSpec()), detail); //$NON-NLS-1$
        }
        return text;
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return "'" + option.longestName() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return "'" + ((PositionalParamSpec) arg).paramLabel() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
