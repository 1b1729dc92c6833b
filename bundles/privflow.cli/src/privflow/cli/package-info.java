// SPDX-License-Identifier: EPL-2.0
/**
 * The {@code privflow} command: {@link privflow.cli.Main} runs {@code check}, {@code explain},
 * {@code register}, {@code diagram}, {@code scenario} and {@code catalog} with exit codes 0
 * (nothing to fail on), 1 (findings at or above {@code --fail-on}) and 2 (input error). The
 * commands themselves are internal.
 */
package privflow.cli;
