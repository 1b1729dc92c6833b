// SPDX-License-Identifier: EPL-2.0
/**
 * The privflow preference page (catalogues, scenario, date, marker threshold); not API.
 */
package privflow.ui.internal.preferences;
