// SPDX-License-Identifier: EPL-2.0
/**
 * What a page of the privflow model editor, or a view that follows it, may use: the {@link
 * privflow.ui.editor.ModelEditor} (model, analysis, command stack, selection), the {@link
 * privflow.ui.editor.EditorPage} contributed through the {@code privflow.ui.editorPages} extension
 * point, the {@link privflow.ui.editor.EditorFollower} and {@link
 * privflow.ui.editor.SelectionRelay} for views, and {@link privflow.ui.editor.CatalogueServices}
 * to add services from the catalogue.
 */
package privflow.ui.editor;
