/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Derogation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A derogation for a specific situation (Art. 49).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.Derogation#getPoint <em>Point</em>}</li>
 *   <li>{@link privflow.model.Derogation#getDocumentation <em>Documentation</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getDerogation()
 * @model
 * @generated
 */
public interface Derogation extends TransferSafeguard {
	/**
	 * Returns the value of the '<em><b>Point</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.DerogationPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Point</em>' attribute.
	 * @see privflow.model.DerogationPoint
	 * @see #setPoint(DerogationPoint)
	 * @see privflow.model.PrivflowPackage#getDerogation_Point()
	 * @model
	 * @generated
	 */
	DerogationPoint getPoint();

	/**
	 * Sets the value of the '{@link privflow.model.Derogation#getPoint <em>Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Point</em>' attribute.
	 * @see privflow.model.DerogationPoint
	 * @see #getPoint()
	 * @generated
	 */
	void setPoint(DerogationPoint value);

	/**
	 * Returns the value of the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For compelling legitimate interests: the assessment and safeguards (Art. 30(1)(e)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Documentation</em>' attribute.
	 * @see #setDocumentation(String)
	 * @see privflow.model.PrivflowPackage#getDerogation_Documentation()
	 * @model
	 * @generated
	 */
	String getDocumentation();

	/**
	 * Sets the value of the '{@link privflow.model.Derogation#getDocumentation <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Documentation</em>' attribute.
	 * @see #getDocumentation()
	 * @generated
	 */
	void setDocumentation(String value);

} // Derogation
