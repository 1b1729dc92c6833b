// SPDX-License-Identifier: EPL-2.0
/**
 * The picocli commands, their shared options ({@code ModelOptions}, {@code ScenarioOption}) and
 * the findings reports in text, JSON and SARIF; not API.
 */
package privflow.cli.internal;
