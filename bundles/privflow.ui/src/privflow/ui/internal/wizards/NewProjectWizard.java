// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

import privflow.ui.internal.Messages;
import privflow.ui.internal.editor.PrivflowEditor;
import privflow.ui.internal.markers.PrivflowNature;

/**
 * File > New > privflow Project: a project whose models are checked on every build, with a first
 * model started from the WhatsApp example, opened in the editor. Two clicks to a working map.
 */
public final class NewProjectWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private WizardNewProjectCreationPage page;

    @Override
    public void init(IWorkbench bench, IStructuredSelection selection) {
        this.workbench = bench;
        setWindowTitle(Messages.NewProject_Title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("project"); //$NON-NLS-1$
        page.setTitle(Messages.NewProject_Title);
        page.setDescription(Messages.NewProject_Description);
        page.setInitialProjectName(Messages.NewProject_DefaultName);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        IFile model = project.getFile(Messages.NewModel_DefaultName + ".privflow"); //$NON-NLS-1$
        java.net.URI location = page.useDefaults() ? null : page.getLocationURI(); // read the page here, on the UI thread
        WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
                description.setLocationURI(location);
                project.create(description, monitor);
                project.open(monitor);
                PrivflowNature.addTo(project, monitor);
                try {
                    model.create(new ByteArrayInputStream(Examples.CLEANING_COMPANY.content(project.getName())), true, monitor);
                } catch (java.io.IOException e) {
                    throw new CoreException(org.eclipse.core.runtime.Status.error(e.getMessage(), e));
                }
            }
        };
        try {
            getContainer().run(true, true, create);
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), model, PrivflowEditor.ID);
            return true;
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), Messages.NewProject_Title, e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (CoreException e) {
            MessageDialog.openError(getShell(), Messages.NewProject_Title, e.getMessage());
        }
        return false;
    }
}
