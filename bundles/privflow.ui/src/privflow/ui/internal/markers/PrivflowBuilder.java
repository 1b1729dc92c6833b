// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import privflow.core.Analysis;
import privflow.core.AnalysisResult;
import privflow.core.LegalFacts;
import privflow.model.DataFlowModel;
import privflow.model.io.ModelLoadException;
import privflow.model.io.ModelStore;
import privflow.ui.internal.Messages;
import privflow.ui.internal.PrivflowPreferences;

/**
 * Checks every {@code .privflow} file of a project (those changed, on an incremental build) and
 * puts the findings on it as markers. Cancellable between files.
 */
public final class PrivflowBuilder extends IncrementalProjectBuilder {

    /** The builder's id. */
    public static final String ID = "privflow.ui.builder"; //$NON-NLS-1$

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        List<IFile> files = new ArrayList<>();
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta == null) {
            getProject().accept(resource -> {
                addModel(resource, files);
                return true;
            });
        } else {
            delta.accept(d -> {
                if (d.getKind() != IResourceDelta.REMOVED) {
                    addModel(d.getResource(), files);
                }
                return true;
            });
        }
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Builder_Task, files.size());
        LegalFacts facts = files.isEmpty() ? null : PrivflowPreferences.facts();
        for (IFile file : files) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(NLS.bind(Messages.Builder_Checking, file.getFullPath()));
            check(file, facts);
            progress.worked(1);
        }
        return null;
    }

    private static void addModel(IResource resource, List<IFile> files) {
        if (resource instanceof IFile file && ModelStore.FILE_EXTENSION.equals(file.getFileExtension())
                && file.getLocation() != null && !file.isDerived()) {
            files.add(file);
        }
    }

    /** Loads {@code file} from disk, analyses it and replaces its markers. */
    static void check(IFile file, LegalFacts facts) throws CoreException {
        try {
            DataFlowModel model = ModelStore.load(file.getLocation().toFile().toPath());
            AnalysisResult result = Analysis.run(model, facts, PrivflowPreferences.options());
            ProblemMarkers.replace(file, ProblemMarkers.infos(result, file));
        } catch (ModelLoadException e) {
            ProblemMarkers.replace(file, List.of(ProblemMarkers.loadError(e)));
        }
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
    }
}
