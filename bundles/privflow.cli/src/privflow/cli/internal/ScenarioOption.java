// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import picocli.CommandLine.Option;

/** {@code --scenario NAME}: analyse under one of the catalogue's what-if scenarios. */
final class ScenarioOption {

    @Option(names = "--scenario", paramLabel = "NAME", descriptionKey = "option.scenario")
    String name;
}
