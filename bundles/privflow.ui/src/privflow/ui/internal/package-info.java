// SPDX-License-Identifier: EPL-2.0
/**
 * The workbench integration's messages, preferences, scenarios and perspective; not API.
 */
package privflow.ui.internal;
