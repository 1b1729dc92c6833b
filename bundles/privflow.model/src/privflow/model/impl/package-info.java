// SPDX-License-Identifier: EPL-2.0
/**
 * The generated implementation classes of the metamodel; not API.
 */
package privflow.model.impl;
