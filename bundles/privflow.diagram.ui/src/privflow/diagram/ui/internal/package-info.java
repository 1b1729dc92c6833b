// SPDX-License-Identifier: EPL-2.0
/**
 * The Data-Flow Diagram view and the model editor's Diagram page: a canvas with a viewport,
 * palette tools and drag trackers in the manner of GEF, whose edits are commands on the editor's
 * command stack; not API.
 */
package privflow.diagram.ui.internal;
