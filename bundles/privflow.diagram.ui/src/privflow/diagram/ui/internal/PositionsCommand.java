// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;

import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramPositions;

/** Gives the diagram's nodes new positions (moved, resized, or all cleared for automatic layout); undoable. */
final class PositionsCommand extends AbstractCommand {

    private final DiagramDocument document;
    private final Map<String, Box> before;
    private final Map<String, Box> after;
    private final Supplier<Collection<?>> affected;

    /**
     * @param after the positions of every node from now on (empty: laid out automatically)
     * @param affected the model elements the user moved, selected after the command
     */
    PositionsCommand(String label, DiagramDocument document, Map<String, Box> after, Collection<?> affected) {
        this(label, document, after, () -> affected);
    }

    /**
     * @param after the positions of every node from now on (empty: laid out automatically)
     * @param affected the model elements the user moved or made, looked up once the command ran
     */
    PositionsCommand(String label, DiagramDocument document, Map<String, Box> after, Supplier<Collection<?>> affected) {
        super(label);
        this.document = document;
        this.before = new LinkedHashMap<>(document.positions().all());
        DiagramPositions rounded = new DiagramPositions();
        rounded.setAll(after);
        this.after = new LinkedHashMap<>(rounded.all());
        this.affected = affected;
    }

    @Override
    protected boolean prepare() {
        return true; // also when nothing moves: then it only keeps the positions of an edit it belongs to
    }

    @Override
    public void execute() {
        document.set(after);
    }

    @Override
    public void undo() {
        document.set(before);
    }

    @Override
    public void redo() {
        execute();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.copyOf(affected.get());
    }
}
