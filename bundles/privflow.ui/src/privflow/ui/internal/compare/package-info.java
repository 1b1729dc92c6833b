// SPDX-License-Identifier: EPL-2.0
/**
 * Compare With: the privacy changes between two versions of a model (two files, or a file and a
 * state from its local history), as the {@code privflow diff} command lists them.
 */
package privflow.ui.internal.compare;
