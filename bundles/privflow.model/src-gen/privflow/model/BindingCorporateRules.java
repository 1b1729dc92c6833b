/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Binding Corporate Rules</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Binding corporate rules (Art. 46(2)(b), 47).
 * <!-- end-model-doc -->
 *
 *
 * @see privflow.model.PrivflowPackage#getBindingCorporateRules()
 * @model
 * @generated
 */
public interface BindingCorporateRules extends TransferSafeguard {
} // BindingCorporateRules
