// SPDX-License-Identifier: EPL-2.0
/**
 * The EMF.Edit item providers of the privflow model (generated into src-gen), which the tree
 * editor and the Properties view use.
 */
package privflow.model.provider;
