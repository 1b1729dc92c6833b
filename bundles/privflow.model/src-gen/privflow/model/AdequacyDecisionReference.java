/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adequacy Decision Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Reliance on an adequacy decision (Art. 45).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.AdequacyDecisionReference#getDecision <em>Decision</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getAdequacyDecisionReference()
 * @model
 * @generated
 */
public interface AdequacyDecisionReference extends TransferSafeguard {
	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Catalogue key of the adequacy decision, e.g. US.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see #setDecision(String)
	 * @see privflow.model.PrivflowPackage#getAdequacyDecisionReference_Decision()
	 * @model
	 * @generated
	 */
	String getDecision();

	/**
	 * Sets the value of the '{@link privflow.model.AdequacyDecisionReference#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(String value);

} // AdequacyDecisionReference
