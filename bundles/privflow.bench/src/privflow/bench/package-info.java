// SPDX-License-Identifier: EPL-2.0
/**
 * Benchmarks and the large-model generator (not shipped): plain-JVM harnesses that measure
 * loading, analysis, registers and diagram layout against a floor measured in the same run (EMF's
 * fastest XMI load of the same model), run by {@code releng/bench.sh}.
 */
package privflow.bench;
