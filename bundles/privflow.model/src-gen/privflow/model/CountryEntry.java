/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Country Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A country or territory.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.CountryEntry#getCode <em>Code</em>}</li>
 *   <li>{@link privflow.model.CountryEntry#getName <em>Name</em>}</li>
 *   <li>{@link privflow.model.CountryEntry#getNameFi <em>Name Fi</em>}</li>
 *   <li>{@link privflow.model.CountryEntry#isEea <em>Eea</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getCountryEntry()
 * @model
 * @generated
 */
public interface CountryEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see privflow.model.PrivflowPackage#getCountryEntry_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link privflow.model.CountryEntry#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see privflow.model.PrivflowPackage#getCountryEntry_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link privflow.model.CountryEntry#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Fi</em>' attribute.
	 * @see #setNameFi(String)
	 * @see privflow.model.PrivflowPackage#getCountryEntry_NameFi()
	 * @model
	 * @generated
	 */
	String getNameFi();

	/**
	 * Sets the value of the '{@link privflow.model.CountryEntry#getNameFi <em>Name Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Fi</em>' attribute.
	 * @see #getNameFi()
	 * @generated
	 */
	void setNameFi(String value);

	/**
	 * Returns the value of the '<em><b>Eea</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Member of the European Economic Area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eea</em>' attribute.
	 * @see #setEea(boolean)
	 * @see privflow.model.PrivflowPackage#getCountryEntry_Eea()
	 * @model
	 * @generated
	 */
	boolean isEea();

	/**
	 * Sets the value of the '{@link privflow.model.CountryEntry#isEea <em>Eea</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eea</em>' attribute.
	 * @see #isEea()
	 * @generated
	 */
	void setEea(boolean value);

} // CountryEntry
