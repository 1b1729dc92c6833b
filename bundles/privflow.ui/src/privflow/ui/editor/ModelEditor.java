// SPDX-License-Identifier: EPL-2.0
package privflow.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import privflow.core.AnalysisResult;
import privflow.model.DataFlowModel;

/**
 * The privflow model editor as its pages and the views that follow it see it: the model, its
 * analysis kept up to date, the command stack every edit goes through (one undo history and dirty
 * mark), and the selection.
 */
public interface ModelEditor extends IEditorPart, IEditingDomainProvider {

    /**
     * A document kept beside the model and edited on the editor's command stack (such as the
     * diagram's node positions): saved with the model, after it.
     */
    interface Companion {
        /** Writes this document beside {@code modelPath}, which now holds {@code model}. */
        void save(DataFlowModel model, Path modelPath) throws IOException;
    }

    /** @return the model, or {@code null} if the file could not be read */
    DataFlowModel model();

    /** @return the current analysis of the model as edited, or {@code null} without a model */
    AnalysisResult analysis();

    /** Runs {@code listener} whenever the model (and so its analysis) changes. */
    void addAnalysisListener(Runnable listener);

    /** Stops running {@code listener}. */
    void removeAnalysisListener(Runnable listener);

    /** Runs {@code command} on the editor's command stack (undoable, marks the editor dirty). */
    void execute(Command command);

    /** Selects {@code elements} in the editor, and so in the views that show its selection. */
    void select(Collection<? extends EObject> elements);

    /**
     * @return this editor's companion of {@code type}, made by {@code factory} from the model's
     *         path the first time it is asked for; {@code null} while the model is not loaded
     */
    <T extends Companion> T companion(Class<T> type, Function<Path, T> factory);

    /** @return the contributed page the editor shows, or {@code null} while it shows the model's tree */
    EditorPage activePage();

    /** @return a new Properties page for this editor's elements, for a part that shows them */
    IPropertySheetPage newPropertySheetPage();
}
