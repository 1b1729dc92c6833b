// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import privflow.model.io.ModelStore;
import privflow.ui.internal.Messages;
import privflow.ui.internal.editor.PrivflowEditor;
import privflow.ui.internal.markers.PrivflowNature;

/** File > New > privflow Model: an empty model or one of the examples, opened in the editor. */
public final class NewModelWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private FilePage page;

    /** The file page, with a choice of what to start from. */
    static final class FilePage extends WizardNewFileCreationPage {
        Examples start = Examples.EMPTY;

        FilePage(IStructuredSelection selection) {
            super("file", selection); //$NON-NLS-1$
            setTitle(Messages.NewModel_Title);
            setDescription(Messages.NewModel_Description);
            setFileExtension(ModelStore.FILE_EXTENSION);
            setFileName(Messages.NewModel_DefaultName);
        }

        @Override
        protected void createAdvancedControls(Composite parent) {
            super.createAdvancedControls(parent);
            Group group = new Group(parent, SWT.NONE);
            group.setText(Messages.NewModel_StartFrom);
            group.setLayout(new GridLayout(1, false));
            String[] labels = {Messages.NewModel_Empty, Messages.NewModel_Cleaning, Messages.NewModel_Midsize};
            for (Examples example : Examples.values()) {
                Button radio = new Button(group, SWT.RADIO);
                radio.setText(labels[example.ordinal()]);
                radio.setSelection(example == start);
                radio.addListener(SWT.Selection, e -> {
                    if (radio.getSelection()) {
                        start = example;
                    }
                });
            }
        }

        @Override
        protected java.io.InputStream getInitialContents() {
            try {
                String name = getFileName().replaceFirst("\\.privflow$", ""); //$NON-NLS-1$ //$NON-NLS-2$
                return new ByteArrayInputStream(start.content(name));
            } catch (IOException e) {
                setErrorMessage(e.getMessage());
                return null;
            }
        }
    }

    @Override
    public void init(IWorkbench bench, IStructuredSelection currentSelection) {
        this.workbench = bench;
        this.selection = currentSelection;
        setWindowTitle(Messages.NewModel_Title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new FilePage(selection);
        addPage(page);
    }

    /** Names the file and chooses what the model starts from, as a user would (for tests). */
    public void choose(String fileName, Examples example) {
        page.setFileName(fileName);
        page.start = example;
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            PrivflowNature.addTo(file.getProject(), null);
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, PrivflowEditor.ID);
        } catch (CoreException e) {
            MessageDialog.openError(getShell(), Messages.NewModel_Title, e.getMessage());
        }
        return true;
    }

}
