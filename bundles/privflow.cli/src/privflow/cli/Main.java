// SPDX-License-Identifier: EPL-2.0
package privflow.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import privflow.cli.internal.ControlCharacterEscaper;
import privflow.cli.internal.PrivflowCommand;

/**
 * The {@code privflow} command: {@code check}, {@code explain}, {@code register}, {@code scenario}
 * and {@code catalog}. Runs on a plain JVM (the distribution's {@code bin/privflow}) and inside
 * OSGi.
 * <p>
 * Exit codes: 0 when nothing at or above the threshold was found, 1 when something was, 2 for a
 * usage or input error.
 */
public final class Main {

    /** Nothing at or above the threshold, or a command that succeeded. */
    public static final int OK = 0;
    /** Findings at or above the threshold. */
    public static final int FINDINGS = 1;
    /** A usage or input error. */
    public static final int ERROR = 2;

    /**
     * The font library's loggers, held so that their levels stay set (the logging framework keeps
     * loggers weakly); set up only by the commands that write PDF, as starting the logging
     * framework looks through every jar on the class path (30 ms of each start).
     */
    private static Logger[] libraryLoggers;

    private Main() {
    }

    /** Runs the command and exits with its code. Output is UTF-8. */
    public static void main(String[] args) {
        if (writesDocuments(args)) {
            quietLibraries();
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** @return whether the command {@code args} name writes PDF or Word files */
    private static boolean writesDocuments(String[] args) {
        String named = PrivflowCommand.named(args);
        return named != null && List.of("register", "tia").contains(named); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The font library reports font table oddities on the console; on the command line only
     * privflow's own messages and real errors belong there.
     */
    private static void quietLibraries() {
        if (System.getenv("PRIVFLOW_DEBUG") == null) { //$NON-NLS-1$
            libraryLoggers = new Logger[]{Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox")}; //$NON-NLS-1$ //$NON-NLS-2$
            for (Logger logger : libraryLoggers) {
                logger.setLevel(Level.SEVERE);
            }
        }
    }

    /**
     * Runs the command with {@code args}, writing results to {@code out} and messages to {@code err}
     * (control characters and bidirectional overrides from models escaped, see {@link ControlCharacterEscaper}).
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        PrintWriter safeOut = new PrintWriter(new ControlCharacterEscaper(out, false));
        PrintWriter safeErr = new PrintWriter(new ControlCharacterEscaper(err, true));
        try {
            return PrivflowCommand.commandLine(safeOut, safeErr, args).execute(args);
        } finally {
            safeOut.flush();
            safeErr.flush();
        }
    }
}
