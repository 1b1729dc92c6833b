// SPDX-License-Identifier: EPL-2.0
/**
 * The privflow nature and builder, problem markers from the analysis and their quick fixes; not
 * API.
 */
package privflow.ui.internal.markers;
