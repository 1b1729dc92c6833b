// SPDX-License-Identifier: EPL-2.0
package privflow.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import privflow.cli.internal.Progress;

class ProgressTest {

    @Test
    void longRunsShowWhatIsBeingDoneAndClearTheLineAfterwards() throws Exception {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.start(new PrintWriter(err), true)) {
            progress.phase("checking large.privflow");
            Thread.sleep(700);
        }
        String text = err.toString();
        assertTrue(text.contains("checking large.privflow ("), text);
        assertTrue(text.endsWith("\r\u001b[K"), "the line is cleared at the end");
    }

    @Test
    void shortRunsAndPipesStayClean() throws Exception {
        StringWriter quick = new StringWriter();
        try (Progress progress = Progress.start(new PrintWriter(quick), true)) {
            progress.phase("checking small.privflow");
        }
        assertEquals("", quick.toString());
        StringWriter piped = new StringWriter();
        try (Progress progress = Progress.start(new PrintWriter(piped), false)) {
            progress.phase("checking large.privflow");
            Thread.sleep(600);
        }
        assertEquals("", piped.toString());
    }
}
