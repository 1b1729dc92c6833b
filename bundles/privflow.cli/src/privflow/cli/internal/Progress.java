// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.PrintWriter;

/**
 * A one-line progress indicator on stderr for runs longer than a moment. Shown only when stderr is
 * a terminal ({@code bin/privflow} sets {@code -Dprivflow.progress=true} then), so logs and pipes
 * stay clean.
 */
public final class Progress implements AutoCloseable {

    private static final long DELAY_MILLIS = 400;
    private static final char[] SPINNER = {'|', '/', '-', '\\'};

    private final PrintWriter err;
    private final Thread thread;
    private final long start = System.nanoTime();
    private volatile String phase = ""; //$NON-NLS-1$
    private volatile boolean done;
    private boolean shown;

    private Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.thread = enabled ? Thread.ofPlatform().daemon().name("privflow-progress").unstarted(this::loop) : null; //$NON-NLS-1$
        if (thread != null) {
            thread.start();
        }
    }

    /** @return a progress indicator, silent unless stderr is a terminal */
    static Progress start(PrintWriter err) {
        return start(err, Boolean.getBoolean("privflow.progress")); //$NON-NLS-1$
    }

    /** @return a progress indicator on {@code err}, shown after a moment if {@code enabled} */
    public static Progress start(PrintWriter err, boolean enabled) {
        return new Progress(err, enabled);
    }

    /** Names what is being done now, e.g. "checking model.privflow". */
    public void phase(String text) {
        phase = text;
    }

    private void loop() {
        int tick = 0;
        while (!done) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis >= DELAY_MILLIS && !done) {
                synchronized (this) {
                    if (!done) {
                        err.print("\r" + SPINNER[tick++ % SPINNER.length] + ' ' + phase + " (" + millis / 1000 + " s)\u001b[K"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        err.flush();
                        shown = true;
                    }
                }
            }
        }
    }

    /** Stops the indicator and clears its line. */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        synchronized (this) {
            done = true;
            if (shown) {
                err.print("\r\u001b[K"); //$NON-NLS-1$
                err.flush();
            }
        }
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
