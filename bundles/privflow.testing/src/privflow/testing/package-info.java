// SPDX-License-Identifier: EPL-2.0
/**
 * What the test bundles share and privflow does not ship: finding the repository's files (the
 * examples, golden files and schemas) from a test run inside OSGi.
 */
package privflow.testing;
