// SPDX-License-Identifier: EPL-2.0
/**
 * The register's sections and its writers for each format; not API.
 */
package privflow.register.internal;
