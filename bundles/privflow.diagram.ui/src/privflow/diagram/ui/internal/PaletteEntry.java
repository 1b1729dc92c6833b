// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import privflow.model.KnownService;

/** What the diagram's palette offers: the select tool, the flow tool, or a node to create. */
public sealed interface PaletteEntry {

    /** Selects, moves, resizes and reconnects. */
    PaletteEntry SELECT = new Select();

    /** Draws a flow from one node to another. */
    PaletteEntry FLOW = new Flow();

    /** The select tool. */
    record Select() implements PaletteEntry {
    }

    /** The flow tool. */
    record Flow() implements PaletteEntry {
    }

    /** Creates a new organisation, service, data store or data subjects where the user clicks. */
    record Node(DiagramCommands.NodeType type) implements PaletteEntry {
    }

    /** Creates a service from the catalogue, pre-filled, where the user clicks. */
    record Catalogue(KnownService service) implements PaletteEntry {
    }
}
