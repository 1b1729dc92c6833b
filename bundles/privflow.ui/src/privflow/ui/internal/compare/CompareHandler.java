// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DateFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import privflow.ui.internal.Messages;

/**
 * Compare With &gt; Each Other (two models selected: the first as the older) and Compare With &gt;
 * Local History Revision... (one model and a state of it the workspace kept), which open the
 * Privacy Changes view. Which one is given in plugin.xml after the class name
 * ({@code CompareHandler:eachOther} or {@code :revision}).
 */
public final class CompareHandler extends AbstractHandler implements IExecutableExtension {

    private String operation = "eachOther"; //$NON-NLS-1$

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (data instanceof String s && !s.isBlank()) {
            operation = s;
        }
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IFile> files = files(HandlerUtil.getCurrentSelection(event));
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        Shell shell = HandlerUtil.getActiveShell(event);
        if (operation.equals("revision")) { //$NON-NLS-1$
            if (files.size() == 1) {
                chooseRevision(shell, page, files.get(0));
            }
        } else if (files.size() == 2) {
            eachOther(page, files.get(0), files.get(1));
        }
        return null;
    }

    private static List<IFile> files(Object selection) {
        if (!(selection instanceof IStructuredSelection structured)) {
            return List.of();
        }
        return ((List<?>) structured.toList()).stream().map(o -> Adapters.adapt(o, IFile.class))
                .filter(f -> f != null && f.getLocation() != null)
                .toList();
    }

    /** Shows the changes from {@code older} to {@code newer}. */
    public static Job eachOther(IWorkbenchPage page, IFile older, IFile newer) throws ExecutionException {
        return view(page).compare(older.getFullPath().toString(), older.getLocation().toPath(), newer.getFullPath().toString(),
                newer.getLocation().toPath(), null);
    }

    private static void chooseRevision(Shell shell, IWorkbenchPage page, IFile file) throws ExecutionException {
        IFileState[] states;
        try {
            states = file.getHistory(null);
        } catch (CoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        if (states.length == 0) {
            MessageDialog.openInformation(shell, Messages.Compare_RevisionTitle, Messages.bind(Messages.Compare_NoHistory, file.getName()));
            return;
        }
        Arrays.sort(states, Comparator.comparingLong(IFileState::getModificationTime).reversed());
        ListDialog dialog = new ListDialog(shell);
        dialog.setTitle(Messages.Compare_RevisionTitle);
        dialog.setMessage(Messages.bind(Messages.Compare_RevisionMessage, file.getName()));
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return when((IFileState) element);
            }
        });
        dialog.setInput(states);
        dialog.setInitialSelections(states[0]);
        if (dialog.open() == Window.OK && dialog.getResult().length == 1) {
            withState(page, file, (IFileState) dialog.getResult()[0]);
        }
    }

    private static String when(IFileState state) {
        return DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.MEDIUM).format(new Date(state.getModificationTime()));
    }

    /** Shows the changes from {@code state}, an earlier version of {@code file}, to the file as it is. */
    public static Job withState(IWorkbenchPage page, IFile file, IFileState state) throws ExecutionException {
        Path copy;
        try (InputStream in = state.getContents()) {
            copy = Files.createTempFile("privflow-revision", ".privflow"); //$NON-NLS-1$ //$NON-NLS-2$
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | CoreException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        Path scratch = copy;
        return view(page).compare(file.getName() + " (" + when(state) + ')', copy, file.getFullPath().toString(), //$NON-NLS-1$
                file.getLocation().toPath(), () -> {
                    try {
                        Files.deleteIfExists(scratch);
                    } catch (IOException e) {
                        scratch.toFile().deleteOnExit();
                    }
                });
    }

    private static PrivacyChangesView view(IWorkbenchPage page) throws ExecutionException {
        try {
            return (PrivacyChangesView) page.showView(PrivacyChangesView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
