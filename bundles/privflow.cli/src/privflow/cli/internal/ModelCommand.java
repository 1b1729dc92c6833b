// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command shares: the model options ({@code --as-of}, {@code --catalogue}, {@code --lang}) and its output streams. */
abstract class ModelCommand implements Callable<Integer> {

    @Mixin
    ModelOptions options;

    @Spec
    CommandSpec spec;

    /** @return the language asked for, else the environment's */
    Locale locale() {
        return options.locale();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
