// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/** Collects the warnings and errors written to the workspace log while a test runs. */
final class WorkspaceLog {

    private final List<IStatus> logged = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.getSeverity() >= IStatus.WARNING) {
            logged.add(status);
        }
    };

    /** Starts listening. */
    void start() {
        Platform.addLogListener(listener);
    }

    /** Stops listening and fails if anything was logged. */
    void assertEmpty() {
        Platform.removeLogListener(listener);
        assertEquals(List.of(), logged, "the workspace log stays empty");
    }
}
