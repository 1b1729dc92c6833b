// SPDX-License-Identifier: EPL-2.0
/**
 * The New privflow Project, New Model and Export Register wizards; not API.
 */
package privflow.ui.internal.wizards;
