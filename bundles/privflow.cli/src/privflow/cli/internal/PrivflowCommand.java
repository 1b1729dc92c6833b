// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import privflow.cli.Main;

/**
 * {@code privflow}: the top command, which only dispatches to its subcommands. Only the subcommand
 * named on the command line is set up (picocli reads a command's annotations by reflection, and
 * setting up all of them was most of the time {@code privflow --version} took); for help, a
 * mistyped name or no name at all the others are listed by name (their descriptions come from the
 * resource bundle), so that they can be listed and suggested.
 */
@Command(name = "privflow", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false)
public final class PrivflowCommand implements Runnable {

    /** The subcommands' names, in the order help lists them. */
    static final List<String> SUBCOMMANDS = List.of("check", "explain", "register", "tia", "diff", "merge-driver", "merge-resolve", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "git-setup", "scenario", "catalog", "diagram", "verify-libraries"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

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
        List<String> needed = needed(args);
        for (String name : SUBCOMMANDS) {
            if (needed.contains(name)) {
                commandLine.addSubcommand(name, subcommand(name));
            } else if (needed.size() > 1) {
                commandLine.addSubcommand(name, CommandSpec.create().name(name));
            }
        }
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

    /**
     * @return the subcommands {@code args} need set up: the one they name (the first argument that
     *         is not an option, as the top command takes no parameters), none for {@code --version}
     *         alone, else all (to list or suggest them)
     */
    static List<String> needed(String[] args) {
        String named = named(args);
        if (named != null) {
            return SUBCOMMANDS.contains(named) ? List.of(named) : SUBCOMMANDS;
        }
        boolean version = args.length > 0;
        for (String arg : args) {
            version &= "-V".equals(arg) || "--version".equals(arg); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return version ? List.of() : SUBCOMMANDS;
    }

    /** @return the first argument that is not an option (the subcommand's name, if it is one), or {@code null} */
    public static String named(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) { //$NON-NLS-1$
                return arg;
            }
        }
        return null;
    }

    private static Object subcommand(String name) {
        return switch (name) {
            case "check" -> new CheckCommand(); //$NON-NLS-1$
            case "explain" -> new ExplainCommand(); //$NON-NLS-1$
            case "register" -> new RegisterCommand(); //$NON-NLS-1$
            case "tia" -> new TiaCommand(); //$NON-NLS-1$
            case "diff" -> new DiffCommand(); //$NON-NLS-1$
            case "merge-driver" -> new MergeDriverCommand(); //$NON-NLS-1$
            case "merge-resolve" -> new MergeResolveCommand(); //$NON-NLS-1$
            case "git-setup" -> new GitSetupCommand(); //$NON-NLS-1$
            case "scenario" -> new ScenarioCommand(); //$NON-NLS-1$
            case "catalog" -> new CatalogCommand(); //$NON-NLS-1$
            case "diagram" -> new DiagramCommand(); //$NON-NLS-1$
            case "verify-libraries" -> new VerifyLibrariesCommand(); //$NON-NLS-1$
            default -> throw new IllegalArgumentException(name);
        };
    }
}
