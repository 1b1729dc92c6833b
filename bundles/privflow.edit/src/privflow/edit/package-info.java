// SPDX-License-Identifier: EPL-2.0
/**
 * {@link privflow.edit.Labels}: the one home of model labels (element names, types and enumeration
 * literals) in English and Finnish, read from the item providers' {@code _UI_*} keys,
 * for the CLI, the register, the diagram and the workbench alike.
 */
package privflow.edit;
