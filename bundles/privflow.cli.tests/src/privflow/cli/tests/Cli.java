// SPDX-License-Identifier: EPL-2.0
package privflow.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import privflow.cli.Main;
import privflow.testing.RepositoryFiles;

/** Runs the {@code privflow} command in this JVM, capturing its output and exit code. */
final class Cli {

    /** What one run produced. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static String example(String name) {
        return RepositoryFiles.example(name).toString();
    }
}
