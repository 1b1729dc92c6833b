/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A category of personal data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.DataCategory#getKind <em>Kind</em>}</li>
 *   <li>{@link privflow.model.DataCategory#isSpecialCategory <em>Special Category</em>}</li>
 *   <li>{@link privflow.model.DataCategory#isCriminal <em>Criminal</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getDataCategory()
 * @model
 * @generated
 */
public interface DataCategory extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.DataKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see privflow.model.DataKind
	 * @see #setKind(DataKind)
	 * @see privflow.model.PrivflowPackage#getDataCategory_Kind()
	 * @model
	 * @generated
	 */
	DataKind getKind();

	/**
	 * Sets the value of the '{@link privflow.model.DataCategory#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see privflow.model.DataKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DataKind value);

	/**
	 * Returns the value of the '<em><b>Special Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Special category of personal data (Art. 9).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Special Category</em>' attribute.
	 * @see #setSpecialCategory(boolean)
	 * @see privflow.model.PrivflowPackage#getDataCategory_SpecialCategory()
	 * @model
	 * @generated
	 */
	boolean isSpecialCategory();

	/**
	 * Sets the value of the '{@link privflow.model.DataCategory#isSpecialCategory <em>Special Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Special Category</em>' attribute.
	 * @see #isSpecialCategory()
	 * @generated
	 */
	void setSpecialCategory(boolean value);

	/**
	 * Returns the value of the '<em><b>Criminal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Personal data relating to criminal convictions and offences (Art. 10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criminal</em>' attribute.
	 * @see #setCriminal(boolean)
	 * @see privflow.model.PrivflowPackage#getDataCategory_Criminal()
	 * @model
	 * @generated
	 */
	boolean isCriminal();

	/**
	 * Sets the value of the '{@link privflow.model.DataCategory#isCriminal <em>Criminal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criminal</em>' attribute.
	 * @see #isCriminal()
	 * @generated
	 */
	void setCriminal(boolean value);

} // DataCategory
