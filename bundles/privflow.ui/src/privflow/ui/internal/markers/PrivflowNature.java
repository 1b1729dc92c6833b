// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.markers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** A project whose {@code .privflow} files privflow's builder checks. */
public final class PrivflowNature implements IProjectNature {

    /** The nature's id. */
    public static final String ID = "privflow.ui.nature"; //$NON-NLS-1$

    private IProject project;

    /** Gives {@code project} the nature (and so the builder), if it has not got it. */
    public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
        if (project.hasNature(ID)) {
            return;
        }
        IProjectDescription description = project.getDescription();
        List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
        natures.add(ID);
        description.setNatureIds(natures.toArray(new String[0]));
        project.setDescription(description, monitor);
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
        if (commands.stream().noneMatch(c -> PrivflowBuilder.ID.equals(c.getBuilderName()))) {
            ICommand command = description.newCommand();
            command.setBuilderName(PrivflowBuilder.ID);
            commands.add(command);
            description.setBuildSpec(commands.toArray(new ICommand[0]));
            project.setDescription(description, null);
        }
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
        if (commands.removeIf(c -> PrivflowBuilder.ID.equals(c.getBuilderName()))) {
            description.setBuildSpec(commands.toArray(new ICommand[0]));
            project.setDescription(description, null);
        }
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject value) {
        this.project = value;
    }
}
