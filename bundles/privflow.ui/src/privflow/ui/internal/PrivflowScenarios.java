// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal;

import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.PlatformUI;

import privflow.ui.internal.editor.PrivflowEditor;

/** Switches the analysis to a what-if scenario (or back): open models and every marker follow. */
public final class PrivflowScenarios {

    private PrivflowScenarios() {
    }

    /** Analyses under {@code key} from now on ({@code ""} for none): re-analyses open editors and rebuilds the markers. */
    public static void apply(String key) {
        PrivflowPreferences.set(PrivflowPreferences.SCENARIO, key);
        for (var window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (var page : window.getPages()) {
                for (var reference : page.getEditorReferences()) {
                    if (reference.getEditor(false) instanceof PrivflowEditor editor) {
                        editor.reanalyse();
                    }
                }
            }
        }
        WorkspaceJob rebuild = new WorkspaceJob(Messages.Builder_Task) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, monitor);
                return Status.OK_STATUS;
            }
        };
        rebuild.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
        rebuild.schedule();
    }
}
