// SPDX-License-Identifier: EPL-2.0
/**
 * The privflow model editor: tree, outline, Properties view and edit actions; not API.
 */
package privflow.ui.internal.editor;
