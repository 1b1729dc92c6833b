// SPDX-License-Identifier: EPL-2.0
/**
 * The diagram's texts and node icons; not API.
 */
package privflow.diagram.internal;
