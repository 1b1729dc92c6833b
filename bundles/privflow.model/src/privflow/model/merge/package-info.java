// SPDX-License-Identifier: EPL-2.0
/**
 * Three-way merge of privflow models by element id, as the git merge driver and its resolution use
 * it.
 */
package privflow.model.merge;
