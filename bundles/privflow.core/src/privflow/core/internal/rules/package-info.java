// SPDX-License-Identifier: EPL-2.0
/**
 * The rules, one class each with its GDPR article and message keys: transfers without a tool,
 * adequacy scope, onward transfers, remote access, SCC modules, transfer impact assessments,
 * derogations, processor contracts, data subjects' information, weak channels, special categories,
 * incomplete records and unknown locations; not API.
 */
package privflow.core.internal.rules;
