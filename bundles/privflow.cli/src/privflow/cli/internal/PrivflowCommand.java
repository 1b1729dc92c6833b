// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import privflow.cli.Main;

/** {@code privflow}: the top command, which only dispatches to its subcommands. */
@Command(name = "privflow", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false, subcommands = {
        CheckCommand.class, ExplainCommand.class, RegisterCommand.class, TiaCommand.class, DiffCommand.class, MergeDriverCommand.class,
        MergeResolveCommand.class, GitSetupCommand.class, ScenarioCommand.class,
        CatalogCommand.class, DiagramCommand.class})
public final class PrivflowCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                Messages.get(Languages.current(), "Error_NoCommand")); //$NON-NLS-1$
    }

    /**
     * @return the command line for {@code args}, writing to {@code out} and {@code err}; help is in
     *         the language {@code --lang} names, else the environment's
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        Locale locale = Languages.fromArguments(args);
        Languages.use(locale);
        CommandLine commandLine = new CommandLine(new PrivflowCommand());
        commandLine.setResourceBundle(Messages.bundle(locale));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpAutoWidth(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof InputException) {
                cmd.getErr().println(Messages.format(locale, "Error_Prefix", e.getMessage())); //$NON-NLS-1$
                return Main.ERROR;
            }
            throw e;
        });
        commandLine.setParameterExceptionHandler((e, params) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(Messages.format(locale, "Error_Prefix", ParameterErrors.message(e, locale))); //$NON-NLS-1$
            UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            cmd.getErr().println(Messages.format(locale, "Error_SeeHelp", cmd.getCommandSpec().qualifiedName())); //$NON-NLS-1$
            return Main.ERROR;
        });
        return commandLine;
    }
}
