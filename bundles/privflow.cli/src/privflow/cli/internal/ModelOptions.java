// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import picocli.CommandLine.Option;

/** The options every command that analyses a model shares. */
final class ModelOptions {

    @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class, descriptionKey = "option.asOf")
    LocalDate asOf;

    @Option(names = "--catalogue", paramLabel = "PATH", descriptionKey = "option.catalogue")
    Path catalogue;

    @Option(names = "--lang", paramLabel = "en|fi", converter = Languages.class, descriptionKey = "option.lang")
    Locale language;

    /** @return the language asked for, else the environment's */
    Locale locale() {
        return language != null ? language : Languages.fromEnvironment();
    }
}
