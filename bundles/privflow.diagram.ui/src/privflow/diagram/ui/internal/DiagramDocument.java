// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramPositions;
import privflow.model.DataFlowModel;
import privflow.model.Identified;
import privflow.ui.editor.ModelEditor;

/**
 * The diagram's part of a model editor: the node positions the user gave, read from beside the
 * model when the diagram first shows it and written there when the editor saves. Changed only by
 * {@link PositionsCommand}s on the editor's command stack, so undo, redo and the dirty mark cover
 * them like any model change.
 */
final class DiagramDocument implements ModelEditor.Companion {

    private final Path file;
    private final DiagramPositions positions;
    private final String problem;
    private boolean changed;

    private DiagramDocument(Path file, DiagramPositions positions, String problem) {
        this.file = file;
        this.positions = positions;
        this.problem = problem;
    }

    /** @return the document of {@code editor}'s model, read the first time it is asked for; {@code null} while it loads */
    static DiagramDocument of(ModelEditor editor) {
        return editor.companion(DiagramDocument.class, DiagramDocument::read);
    }

    /** Reads the positions beside {@code model}; a damaged file is kept as it is and reported, and the diagram laid out anew. */
    static DiagramDocument read(Path model) {
        Path file = DiagramPositions.beside(model);
        try {
            return new DiagramDocument(file, DiagramPositions.read(file), null);
        } catch (IOException e) {
            return new DiagramDocument(file, new DiagramPositions(), e.getMessage());
        }
    }

    /** @return the positions (change them only through a {@link PositionsCommand}) */
    DiagramPositions positions() {
        return positions;
    }

    /** @return why the positions file could not be read, or {@code null} */
    String problem() {
        return problem;
    }

    /** Replaces the positions (for {@link PositionsCommand}). */
    void set(Map<String, Box> boxes) {
        positions.setAll(boxes);
        changed = true;
    }

    @Override
    public void save(DataFlowModel model, Path modelPath) throws IOException {
        if (problem != null && !changed) {
            return; // never replace a file we could not read unless the user laid the diagram out anew
        }
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified identified && identified.getId() != null) {
                ids.add(identified.getId());
            }
        }
        DiagramPositions saved = new DiagramPositions();
        saved.setAll(positions.all());
        saved.retain(ids);
        saved.write(file);
    }
}
