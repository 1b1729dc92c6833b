/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standard Contractual Clauses</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Commission SCCs, Implementing Decision (EU) 2021/914 (Art. 46(2)(c)).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.StandardContractualClauses#getModule <em>Module</em>}</li>
 *   <li>{@link privflow.model.StandardContractualClauses#getSignedOn <em>Signed On</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getStandardContractualClauses()
 * @model
 * @generated
 */
public interface StandardContractualClauses extends TransferSafeguard {
	/**
	 * Returns the value of the '<em><b>Module</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.SccModule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Module</em>' attribute.
	 * @see privflow.model.SccModule
	 * @see #setModule(SccModule)
	 * @see privflow.model.PrivflowPackage#getStandardContractualClauses_Module()
	 * @model
	 * @generated
	 */
	SccModule getModule();

	/**
	 * Sets the value of the '{@link privflow.model.StandardContractualClauses#getModule <em>Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module</em>' attribute.
	 * @see privflow.model.SccModule
	 * @see #getModule()
	 * @generated
	 */
	void setModule(SccModule value);

	/**
	 * Returns the value of the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed On</em>' attribute.
	 * @see #setSignedOn(LocalDate)
	 * @see privflow.model.PrivflowPackage#getStandardContractualClauses_SignedOn()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getSignedOn();

	/**
	 * Sets the value of the '{@link privflow.model.StandardContractualClauses#getSignedOn <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed On</em>' attribute.
	 * @see #getSignedOn()
	 * @generated
	 */
	void setSignedOn(LocalDate value);

} // StandardContractualClauses
