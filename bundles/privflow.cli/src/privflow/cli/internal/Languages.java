// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import privflow.register.Register;

/** The languages privflow speaks, chosen with {@code --lang} or by the environment's locale. */
final class Languages implements ITypeConverter<Locale> {

    static final Locale FINNISH = Locale.of("fi"); //$NON-NLS-1$

    /** The language of the command line being run, as {@code --lang} names it; {@code null} before one is. */
    private static volatile Locale current;

    /** Remembers the language of the command line being run, for messages said before its options are parsed. */
    static void use(Locale locale) {
        current = locale;
    }

    /** @return the language of the command line being run, else the environment's */
    static Locale current() {
        Locale l = current;
        return l != null ? l : fromEnvironment();
    }

    /** @return Finnish if the default locale is Finnish, else English */
    static Locale fromEnvironment() {
        return FINNISH.getLanguage().equals(Locale.getDefault().getLanguage()) ? FINNISH : Locale.ENGLISH;
    }

    /** @return the language named by a {@code --lang} in {@code args}, else the environment's */
    static Locale fromArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") //$NON-NLS-1$
                    ? args[i].substring(7)
                    : "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1] : null; //$NON-NLS-1$
            Locale locale = value == null ? null : byTag(value);
            if (locale != null) {
                return locale;
            }
        }
        return fromEnvironment();
    }

    private static Locale byTag(String tag) {
        for (Locale l : Register.LANGUAGES) {
            if (l.getLanguage().equalsIgnoreCase(tag)) {
                return l;
            }
        }
        return null;
    }

    @Override
    public Locale convert(String value) {
        Locale locale = byTag(value);
        if (locale == null) {
            throw new TypeConversionException(Messages.format(current(), "Error_Language", value)); //$NON-NLS-1$
        }
        return locale;
    }
}
