// SPDX-License-Identifier: EPL-2.0
/**
 * The engine behind the analysis: the model index, the destinations of a flow along sub-processor
 * chains, and the per-flow context the rules see; not API.
 */
package privflow.core.internal;
