// SPDX-License-Identifier: EPL-2.0
/**
 * The generated switch and adapter factory of the metamodel.
 */
package privflow.model.util;
