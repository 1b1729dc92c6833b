// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import privflow.diagram.DiagramPositions;
import privflow.model.DataFlowModel;
import privflow.model.PrivflowFactory;
import privflow.model.io.ModelLoadException;
import privflow.model.io.ModelStore;
import privflow.model.merge.Conflict;
import privflow.model.merge.ModelMerge;
import privflow.model.merge.Side;

/**
 * The three-way merge of one file that git hands over: a model ({@code .privflow}) by element id,
 * or the diagram positions beside it ({@code .privflow.layout}) by node id. Each version is read
 * like any untrusted model file.
 */
final class ThreeWayMerge {

    /** What the merge gives: the merged file's content and the conflicts met. */
    record Outcome(byte[] merged, List<Conflict> conflicts) {
    }

    private ThreeWayMerge() {
    }

    /** @return whether {@code path} names a diagram positions file rather than a model */
    static boolean isPositions(String path) {
        return path.endsWith(".layout"); //$NON-NLS-1$
    }

    /**
     * @param path the file's path in the repository (which kind of file it is)
     * @param base the common ancestor; an empty file when there is none (both sides added the file)
     * @throws InputException if a version cannot be read, naming the version and what is wrong
     */
    static Outcome merge(String path, Path base, Path ours, Path theirs, Function<Conflict, Side> choice, Locale locale) {
        try {
            if (isPositions(path)) {
                DiagramPositions merged = positions(ours, "ours", locale); //$NON-NLS-1$
                List<Conflict> conflicts = DiagramPositions.merge(positions(base, "base", locale), merged, //$NON-NLS-1$
                        positions(theirs, "theirs", locale), choice); //$NON-NLS-1$
                return new Outcome(merged.toString().getBytes(StandardCharsets.UTF_8), conflicts);
            }
            DataFlowModel merged = model(ours, "ours", locale); //$NON-NLS-1$
            EObject common = Files.size(base) == 0 ? empty(merged) : model(base, "base", locale); //$NON-NLS-1$
            List<Conflict> conflicts = ModelMerge.merge(common, merged, model(theirs, "theirs", locale), choice); //$NON-NLS-1$
            return new Outcome(ModelStore.toBytes(merged), conflicts);
        } catch (IOException e) {
            throw new InputException(Messages.format(locale, "Error_MergeIo", path, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
    }

    private static DataFlowModel empty(DataFlowModel ours) {
        DataFlowModel model = PrivflowFactory.eINSTANCE.createDataFlowModel();
        model.setId(ours.getId());
        return model;
    }

    private static DataFlowModel model(Path file, String side, Locale locale) {
        try {
            return ModelStore.load(file);
        } catch (ModelLoadException e) {
            throw new InputException(Messages.format(locale, "Error_MergeRead", Messages.get(locale, "Merge_" + side), e.getMessage()), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static DiagramPositions positions(Path file, String side, Locale locale) {
        try {
            return Files.size(file) == 0 ? new DiagramPositions() : DiagramPositions.read(file);
        } catch (IOException e) {
            throw new InputException(Messages.format(locale, "Error_MergeRead", Messages.get(locale, "Merge_" + side), e.getMessage()), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Prints each conflict on a line of its own, with its key for {@code merge-resolve --pick}. */
    static void print(List<Conflict> conflicts, Locale locale, PrintWriter out) {
        ModelLabels labels = ModelLabels.of(locale);
        int n = 0;
        for (Conflict c : conflicts) {
            out.println(Messages.format(locale, "Merge_ConflictLine", ++n, c.key(), describe(c, labels, locale))); //$NON-NLS-1$
        }
    }

    /** @return one conflict in words: element, attribute, base, ours, theirs */
    private static String describe(Conflict c, ModelLabels labels, Locale locale) {
        String none = Messages.get(locale, "Merge_Absent"); //$NON-NLS-1$
        String element = c.type() == null
                ? Messages.format(locale, "Merge_Node", c.element()) //$NON-NLS-1$
                : Messages.format(locale, "Merge_Element", labels.type(c.type()), c.element()); //$NON-NLS-1$
        String feature = c.feature() == null
                ? null
                : c.type() == null
                        ? Messages.get(locale, "Merge_Position") //$NON-NLS-1$
                        : labels.feature(c.type(), c.feature());
        return switch (c.kind()) {
            case BOTH_CHANGED -> Messages.format(locale, "Merge_BothChanged", element, feature, //$NON-NLS-1$
                    c.base() == null ? none : c.base(), c.ours() == null ? none : c.ours(), c.theirs() == null ? none : c.theirs());
            case CHANGED_DELETED -> Messages.format(locale, "Merge_ChangedDeleted", element); //$NON-NLS-1$
            case DELETED_CHANGED -> Messages.format(locale, "Merge_DeletedChanged", element); //$NON-NLS-1$
            case REFERENCE_REMOVED -> Messages.format(locale, "Merge_ReferenceRemoved", element, feature, c.ours()); //$NON-NLS-1$
        };
    }

    /** @return whether a choice between the sides settles {@code c} (a removed reference is only reported) */
    static boolean isChoice(Conflict c) {
        return c.kind() != Conflict.Kind.REFERENCE_REMOVED;
    }
}
