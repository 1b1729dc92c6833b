/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Transfer Safeguard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A transfer tool under GDPR chapter V.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.TransferSafeguard#getReference <em>Reference</em>}</li>
 *   <li>{@link privflow.model.TransferSafeguard#getTiaReference <em>Tia Reference</em>}</li>
 *   <li>{@link privflow.model.TransferSafeguard#getTiaDate <em>Tia Date</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getTransferSafeguard()
 * @model abstract="true"
 * @generated
 */
public interface TransferSafeguard extends Identified {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the instrument is kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see privflow.model.PrivflowPackage#getTransferSafeguard_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link privflow.model.TransferSafeguard#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Tia Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transfer impact assessment reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tia Reference</em>' attribute.
	 * @see #setTiaReference(String)
	 * @see privflow.model.PrivflowPackage#getTransferSafeguard_TiaReference()
	 * @model
	 * @generated
	 */
	String getTiaReference();

	/**
	 * Sets the value of the '{@link privflow.model.TransferSafeguard#getTiaReference <em>Tia Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tia Reference</em>' attribute.
	 * @see #getTiaReference()
	 * @generated
	 */
	void setTiaReference(String value);

	/**
	 * Returns the value of the '<em><b>Tia Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of the transfer impact assessment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tia Date</em>' attribute.
	 * @see #setTiaDate(LocalDate)
	 * @see privflow.model.PrivflowPackage#getTransferSafeguard_TiaDate()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getTiaDate();

	/**
	 * Sets the value of the '{@link privflow.model.TransferSafeguard#getTiaDate <em>Tia Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tia Date</em>' attribute.
	 * @see #getTiaDate()
	 * @generated
	 */
	void setTiaDate(LocalDate value);

} // TransferSafeguard
