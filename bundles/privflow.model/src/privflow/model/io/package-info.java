// SPDX-License-Identifier: EPL-2.0
/**
 * Reading and writing models and catalogues: {@link privflow.model.io.ModelStore} loads hardened
 * against hostile files (no DTDs, bounded nesting, positions of errors) and saves
 * deterministically and atomically, so that saved models diff cleanly in git.
 */
package privflow.model.io;
