/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Subject Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of data subjects, e.g. customers or employees.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.DataSubjectCategory#isChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getDataSubjectCategory()
 * @model
 * @generated
 */
public interface DataSubjectCategory extends FlowEndpoint {
	/**
	 * Returns the value of the '<em><b>Children</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group includes children.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' attribute.
	 * @see #setChildren(boolean)
	 * @see privflow.model.PrivflowPackage#getDataSubjectCategory_Children()
	 * @model
	 * @generated
	 */
	boolean isChildren();

	/**
	 * Sets the value of the '{@link privflow.model.DataSubjectCategory#isChildren <em>Children</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Children</em>' attribute.
	 * @see #isChildren()
	 * @generated
	 */
	void setChildren(boolean value);

} // DataSubjectCategory
