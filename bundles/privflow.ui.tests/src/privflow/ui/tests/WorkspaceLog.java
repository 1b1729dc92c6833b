// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

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

    private final List<String> expected = new CopyOnWriteArrayList<>();

    /** Stops listening and fails if anything was logged but the entries {@link #expect expected}. */
    void assertEmpty() {
        Platform.removeLogListener(listener);
        for (String fragment : expected) {
            IStatus entry = logged.stream().filter(s -> s.getMessage().contains(fragment)).findFirst()
                    .orElseThrow(() -> new AssertionError("no log entry about " + fragment));
            logged.remove(entry);
        }
        assertEquals(List.of(), logged, "the workspace log stays empty");
    }

    /** Expects one entry whose message contains {@code fragment}, as the platform logs a job that failed on a user's file. */
    void expect(String fragment) {
        expected.add(fragment);
    }

    /** @return the log of the test running, for a class using {@link Empty} */
    static WorkspaceLog current() {
        return Empty.current;
    }

    /** Fails each test of a class annotated {@code @ExtendWith(WorkspaceLog.Empty.class)} that writes to the workspace log. */
    static final class Empty implements BeforeEachCallback, AfterEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Empty.class);

        private static WorkspaceLog current;

        @Override
        public void beforeEach(ExtensionContext context) {
            WorkspaceLog log = new WorkspaceLog();
            current = log;
            log.start();
            context.getStore(NAMESPACE).put("log", log); //$NON-NLS-1$
        }

        @Override
        public void afterEach(ExtensionContext context) {
            context.getStore(NAMESPACE).get("log", WorkspaceLog.class).assertEmpty(); //$NON-NLS-1$
        }
    }
}
