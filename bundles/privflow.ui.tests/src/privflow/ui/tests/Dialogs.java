// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Drives dialogs as a user does: real dialogs, buttons pressed by events, error dialogs noted. */
final class Dialogs {

    private Dialogs() {
    }

    /** @return the wizard in a {@link WizardDialog} that is open and does not block */
    static WizardDialog open(IWizard wizard) {
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    /**
     * Presses the dialog's Finish button, runs the event loop until every job is done, and returns
     * the title and text of every dialog that opened over it meanwhile (closing them, as they
     * would block the test).
     */
    static List<String> finish(WizardDialog dialog) {
        Shell wizardShell = dialog.getShell();
        Display display = wizardShell.getDisplay();
        List<String> errors = new ArrayList<>();
        Runnable closeErrors = () -> {
            if (wizardShell.isDisposed()) {
                return;
            }
            for (Shell shell : wizardShell.getShells()) {
                errors.add(shell.getText() + ": " + text(shell));
                shell.close();
            }
        };
        display.timerExec(15000, closeErrors);
        Button finish = find(wizardShell, Button.class, b -> "Finish".equals(b.getText().replace("&", "")));
        if (finish == null || !finish.isEnabled()) {
            throw new AssertionError("no enabled Finish button; the page says: " + text(wizardShell));
        }
        finish.notifyListeners(SWT.Selection, new Event());
        Workbench.waitForJobs();
        closeErrors.run();
        return errors;
    }

    /** @return the texts of every label under {@code control}, joined */
    static String text(Control control) {
        StringBuilder text = new StringBuilder();
        if (control instanceof Label l) {
            text.append(l.getText()).append(' ');
        }
        if (control instanceof org.eclipse.swt.widgets.Text t) {
            text.append(t.getText()).append(' ');
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                text.append(text(child));
            }
        }
        return text.toString();
    }

    /** @return the first control of {@code type} under {@code control} that {@code test} accepts, or {@code null} */
    static <T extends Control> T find(Control control, Class<T> type, Predicate<T> test) {
        if (type.isInstance(control) && test.test(type.cast(control))) {
            return type.cast(control);
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
