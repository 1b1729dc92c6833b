// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ISetSelectionTarget;

/**
 * Tells the user where an export was written: a notification in the corner of the window with the
 * file's path and links to open it and to show it in its folder (the Project Explorer for a file in
 * the workspace, the desktop's file manager otherwise). The workspace sees the new file at once.
 */
public final class WrittenFileNotice {

    /** The link that opens the file with the desktop's program for its type. */
    public static final String OPEN = "open"; //$NON-NLS-1$

    /** The link that shows the file in its folder. */
    public static final String FOLDER = "folder"; //$NON-NLS-1$

    private static final long SHOWN_MILLIS = 20_000;

    private WrittenFileNotice() {
    }

    /**
     * Shows the notice for {@code file} once {@code job} has written it without error; the job calls
     * {@link #refresh(Path)} after writing.
     */
    public static void whenDone(Job job, String title, Path file) {
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.OK) {
                    Display display = PlatformUI.getWorkbench().getDisplay();
                    if (!display.isDisposed()) {
                        display.asyncExec(() -> show(display, title, file));
                    }
                }
            }
        });
    }

    /** Opens the notice for {@code file} (in the UI thread). */
    public static void show(Display display, String title, Path file) {
        NotificationPopup.forDisplay(display).title(title, true).content(parent -> body(parent, file)).delay(SHOWN_MILLIS)
                .open();
    }

    private static Composite body(Composite parent, Path file) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        Label where = new Label(body, SWT.WRAP);
        where.setText(file.toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(where);
        Link links = new Link(body, SWT.NONE);
        links.setText(NLS.bind(Messages.Written_Links, OPEN, FOLDER));
        links.addListener(SWT.Selection, e -> {
            if (OPEN.equals(e.text)) {
                open(links.getShell().getDisplay(), file);
            } else if (FOLDER.equals(e.text)) {
                showInFolder(file);
            }
        });
        return body;
    }

    private static void open(Display display, Path file) {
        if (!Program.launch(file.toString())) {
            MessageDialog.openError(display.getActiveShell(), Messages.Written_OpenFailedTitle,
                    NLS.bind(Messages.Written_OpenFailed, file));
        }
    }

    /** Selects {@code file} in the Project Explorer if the workspace holds it, else opens its folder on the desktop. */
    public static void showInFolder(Path file) {
        IResource resource = resource(file);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (resource != null && window != null && window.getActivePage() != null) {
            try {
                IWorkbenchPage page = window.getActivePage();
                IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
                if (explorer instanceof ISetSelectionTarget target) {
                    target.selectReveal(new StructuredSelection(resource));
                }
                return;
            } catch (PartInitException e) {
                // the desktop's file manager below shows it instead
            }
        }
        Path folder = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
        if (folder != null) {
            Program.launch(folder.toString());
        }
    }

    /** @return the workspace's resource at {@code file}, or {@code null} if the workspace does not hold it */
    private static IResource resource(Path file) {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IResource[] found = Files.isDirectory(file)
                ? root.findContainersForLocationURI(file.toUri())
                : root.findFilesForLocationURI(file.toUri());
        return found.length == 0 || !found[0].exists() ? null : found[0];
    }

    /** Lets the workspace see {@code file}, just written (by the job that wrote it, so that it is seen when the job ends). */
    public static void refresh(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        for (IContainer container : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(parent.toUri())) {
            try {
                container.refreshLocal(Files.isDirectory(file) ? IResource.DEPTH_INFINITE : IResource.DEPTH_ONE, null);
            } catch (CoreException e) {
                // the user refreshes by hand; the file itself is written
            }
        }
    }
}
