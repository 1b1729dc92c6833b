// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.markers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.Severity;
import privflow.model.Identified;
import privflow.model.io.ElementPositions;
import privflow.model.io.ModelLoadException;
import privflow.ui.internal.Messages;
import privflow.ui.internal.PrivflowPreferences;
import privflow.edit.Labels;

/**
 * privflow's problem markers: one per open finding (and stale ones) at or above the marker
 * threshold, with severity, GDPR article, element and line, so the Problems view lists them and a
 * double-click selects the element in the editor.
 */
public final class ProblemMarkers {

    /** The marker type (a persistent problem marker). */
    public static final String TYPE = "privflow.ui.problem"; //$NON-NLS-1$
    /** The finding key. */
    public static final String KEY = "privflow.key"; //$NON-NLS-1$
    /** The rule id. */
    public static final String RULE = "privflow.rule"; //$NON-NLS-1$
    /** The GDPR article. */
    public static final String ARTICLE = "privflow.article"; //$NON-NLS-1$
    /** The id of the element the finding is about. */
    public static final String ELEMENT = "privflow.element"; //$NON-NLS-1$
    /** The review state id, e.g. {@code open} or {@code stale}. */
    public static final String REVIEW = "privflow.review"; //$NON-NLS-1$

    /** Whether the catalogue lists the importer as DPF-certified where the model does not (a quick fix then records it). */
    public static final String DPF_FIX = "privflow.dpfFix"; //$NON-NLS-1$

    /**
     * Whether recording SCCs on the flow is a remedy (not for a consumer app, where there is no
     * contract to agree clauses in).
     */
    public static final String SCC_FIX = "privflow.sccFix"; //$NON-NLS-1$

    /** What one marker says. */
    record Info(Map<String, Object> attributes) {
    }

    /** How many findings' texts one task on the UI thread makes (about 20 ms on a large model). */
    private static final int BATCH = 1000;

    /** The update under way for each file: a later one replaces it. */
    private static final Map<IFile, Object> UPDATES = new java.util.concurrent.ConcurrentHashMap<>();

    private ProblemMarkers() {
    }

    /** @return the markers for {@code result}, computed now (in the caller's thread, which owns the model) */
    public static List<Info> infos(AnalysisResult result, IFile file) {
        List<Info> infos = new ArrayList<>();
        infos(result, positions(file), 0, result.findings().size(), Locale.getDefault(), PrivflowPreferences.markerThreshold(), infos);
        return infos;
    }

    /** @return where the elements of {@code file} are, read from the file, or {@code null} where it is not on disk */
    private static ElementPositions positions(IFile file) {
        return file.getLocation() == null ? null : ElementPositions.of(file.getLocation().toFile().toPath());
    }

    /** Adds the markers of findings {@code from} to {@code to} (exclusive) of {@code result} to {@code infos}. */
    private static void infos(AnalysisResult result, ElementPositions positions, int from, int to, Locale locale, Severity threshold,
            List<Info> infos) {
        for (Finding f : result.findings().subList(from, to)) {
            if (!f.review().isOpen() || !f.severity().atLeast(threshold)) {
                continue;
            }
            EObject element = f.subject();
            Map<String, Object> a = new HashMap<>();
            a.put(IMarker.SEVERITY, switch (f.severity()) {
                case CRITICAL, HIGH -> IMarker.SEVERITY_ERROR;
                case MEDIUM -> IMarker.SEVERITY_WARNING;
                default -> IMarker.SEVERITY_INFO;
            });
            // Eclipse has three marker severities: a critical finding says so in its message.
            a.put(IMarker.MESSAGE, NLS.bind(f.severity() == Severity.CRITICAL ? Messages.Marker_MessageCritical : Messages.Marker_Message,
                    f.rule().article(locale), f.message(locale)));
            a.put(IMarker.LOCATION, Labels.of(element, locale));
            if (positions != null) {
                a.put(IMarker.LINE_NUMBER, positions.of(element).line());
            }
            a.put(KEY, f.key());
            a.put(RULE, f.rule().id());
            a.put(ARTICLE, f.rule().article());
            a.put(REVIEW, f.review().id());
            if (QuickFixes.dpfFixApplies(f, result.facts())) {
                a.put(DPF_FIX, true);
            }
            if (QuickFixes.sccFixApplies(f)) {
                a.put(SCC_FIX, true);
            }
            if (element instanceof Identified identified && identified.getId() != null) {
                a.put(ELEMENT, identified.getId());
            }
            infos.add(new Info(a));
        }
    }

    /** @return the marker for a file that cannot be read as a model */
    static Info loadError(ModelLoadException e) {
        Map<String, Object> a = new HashMap<>();
        a.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        a.put(IMarker.MESSAGE, e.getProblem());
        if (e.getLine() > 0) {
            a.put(IMarker.LINE_NUMBER, e.getLine());
        }
        return new Info(a);
    }

    /** Replaces privflow's markers on {@code file} with {@code infos}. Call inside a workspace operation. */
    static void replace(IFile file, List<Info> infos) throws CoreException {
        if (!file.exists()) {
            return;
        }
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        for (Info info : infos) {
            file.createMarker(TYPE, info.attributes());
        }
    }

    /**
     * Updates the markers of {@code file} from {@code result} (of the model the UI thread owns) in a job, cancellable, with progress: the element positions are read from the file in
     * the job, the texts are made on the UI thread {@value #BATCH} findings at a time, each batch a
     * short task of its own so that the workbench stays responsive, and the markers are written in
     * the job. An update of the same file scheduled later replaces one still under way.
     */
    public static void scheduleUpdate(IFile file, AnalysisResult result) {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : org.eclipse.ui.PlatformUI.getWorkbench().getDisplay();
        Locale locale = Locale.getDefault();
        Severity threshold = PrivflowPreferences.markerThreshold();
        Object update = new Object();
        UPDATES.put(file, update);
        Job job = Job.create(NLS.bind(Messages.Marker_Job, file.getName()), monitor -> {
            int total = result.findings().size();
            SubMonitor progress = SubMonitor.convert(monitor, total / BATCH + 3);
            ElementPositions positions = positions(file);
            progress.worked(1);
            List<Info> infos = new ArrayList<>();
            for (int from = 0; from < total; from += BATCH) {
                int start = from;
                int end = Math.min(total, from + BATCH);
                if (progress.isCanceled() || display.isDisposed() || UPDATES.get(file) != update) {
                    UPDATES.remove(file, update);
                    return Status.CANCEL_STATUS;
                }
                display.syncExec(() -> infos(result, positions, start, end, locale, threshold, infos));
                progress.worked(1);
            }
            if (UPDATES.remove(file, update)) {
                try {
                    file.getWorkspace().run((org.eclipse.core.runtime.ICoreRunnable) m -> replace(file, infos),
                            file.getWorkspace().getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, progress.split(2));
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.SHORT);
        job.schedule();
    }

    /** Marks {@code file} as unreadable, with the line of the problem. */
    public static void scheduleLoadError(IFile file, ModelLoadException e) {
        schedule(file, List.of(loadError(e)));
    }

    private static void schedule(IFile file, List<Info> infos) {
        WorkspaceJob job = new WorkspaceJob(NLS.bind(Messages.Marker_Job, file.getName())) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                replace(file, infos);
                return Status.OK_STATUS;
            }
        };
        job.setRule(file.getWorkspace().getRuleFactory().markerRule(file));
        job.setSystem(true);
        job.schedule();
    }
}
