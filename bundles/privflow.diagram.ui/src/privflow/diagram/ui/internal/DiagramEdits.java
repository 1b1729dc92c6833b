// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.Collection;
import java.util.Map;

import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;

/** What the diagram's edits ask of the model; the canvas itself changes nothing. */
public interface DiagramEdits {
    /** Creates what the palette {@code entry} makes with its top left corner at {@code at}. */
    void create(PaletteEntry entry, DiagramLayout.Point at);

    /** Creates a flow between two nodes. */
    void connect(String source, String target);

    /** Moves one end of a flow to another node. */
    void reconnect(String edge, boolean source, String node);

    /** Gives nodes new bounds (moved or resized). */
    void move(Map<String, Box> bounds);

    /** Renames a node. */
    void rename(String id, String name);

    /** Deletes nodes and flows. */
    void delete(Collection<String> ids);
}
