// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import privflow.ui.internal.markers.PrivflowNature;
import privflow.ui.internal.markers.ProblemMarkers;
import privflow.testing.RepositoryFiles;

/** Helpers for the workbench tests: projects with example models, waiting for jobs, markers. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** @return a new project with privflow's nature holding a copy of the example {@code name} */
    static IFile exampleInNewProject(String project, String name) throws Exception {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
        if (p.exists()) {
            p.delete(true, true, null);
        }
        p.create(null);
        p.open(null);
        PrivflowNature.addTo(p, null);
        IFile file = p.getFile(name + ".privflow");
        file.create(new ByteArrayInputStream(Files.readAllBytes(RepositoryFiles.example(name))), true, null);
        return file;
    }

    /** Runs the event loop until no job is running or waiting (at most 60 s). */
    static void waitForJobs() {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 60_000;
        do {
            while (display.readAndDispatch()) {
                // process pending events
            }
            if (Job.getJobManager().isIdle()) {
                while (display.readAndDispatch()) {
                    // and those the last job queued
                }
                if (Job.getJobManager().isIdle()) {
                    return;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.currentTimeMillis() < end);
        throw new AssertionError("jobs still running after 60 s: " + Arrays.toString(Job.getJobManager().find(null)));
    }

    static List<IMarker> markers(IFile file) throws CoreException {
        return Arrays.asList(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO));
    }

    static IMarker marker(IFile file, String rule) throws CoreException {
        return markers(file).stream().filter(m -> rule.equals(m.getAttribute(ProblemMarkers.RULE, ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " marker on " + file + ": " + describe(file)));
    }

    static String describe(IFile file) {
        try {
            return markers(file).stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList().toString();
        } catch (CoreException e) {
            return e.toString();
        }
    }
}
