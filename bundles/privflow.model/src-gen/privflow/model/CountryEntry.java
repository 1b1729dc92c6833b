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
 *   <li>{@link privflow.model.CountryEntry#getGenitiveFi <em>Genitive Fi</em>}</li>
 *   <li>{@link privflow.model.CountryEntry#getInessiveFi <em>Inessive Fi</em>}</li>
 *   <li>{@link privflow.model.CountryEntry#getIllativeFi <em>Illative Fi</em>}</li>
 *   <li>{@link privflow.model.CountryEntry#getElativeFi <em>Elative Fi</em>}</li>
 *   <li>{@link privflow.model.CountryEntry#getPartitiveFi <em>Partitive Fi</em>}</li>
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
	 * Returns the value of the '<em><b>Genitive Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finnish genitive (Yhdysvaltojen), for a decision concerning the country.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Genitive Fi</em>' attribute.
	 * @see #setGenitiveFi(String)
	 * @see privflow.model.PrivflowPackage#getCountryEntry_GenitiveFi()
	 * @model
	 * @generated
	 */
	String getGenitiveFi();

	/**
	 * Sets the value of the '{@link privflow.model.CountryEntry#getGenitiveFi <em>Genitive Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Genitive Fi</em>' attribute.
	 * @see #getGenitiveFi()
	 * @generated
	 */
	void setGenitiveFi(String value);

	/**
	 * Returns the value of the '<em><b>Inessive Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finnish form for in the country: inessive (Intiassa) or adessive for names that take it (Färsaarilla).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inessive Fi</em>' attribute.
	 * @see #setInessiveFi(String)
	 * @see privflow.model.PrivflowPackage#getCountryEntry_InessiveFi()
	 * @model
	 * @generated
	 */
	String getInessiveFi();

	/**
	 * Sets the value of the '{@link privflow.model.CountryEntry#getInessiveFi <em>Inessive Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inessive Fi</em>' attribute.
	 * @see #getInessiveFi()
	 * @generated
	 */
	void setInessiveFi(String value);

	/**
	 * Returns the value of the '<em><b>Illative Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finnish form for to the country: illative (Intiaan) or allative (Färsaarille).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Illative Fi</em>' attribute.
	 * @see #setIllativeFi(String)
	 * @see privflow.model.PrivflowPackage#getCountryEntry_IllativeFi()
	 * @model
	 * @generated
	 */
	String getIllativeFi();

	/**
	 * Sets the value of the '{@link privflow.model.CountryEntry#getIllativeFi <em>Illative Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Illative Fi</em>' attribute.
	 * @see #getIllativeFi()
	 * @generated
	 */
	void setIllativeFi(String value);

	/**
	 * Returns the value of the '<em><b>Elative Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finnish form for from the country: elative (Intiasta) or ablative (Färsaarilta).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elative Fi</em>' attribute.
	 * @see #setElativeFi(String)
	 * @see privflow.model.PrivflowPackage#getCountryEntry_ElativeFi()
	 * @model
	 * @generated
	 */
	String getElativeFi();

	/**
	 * Sets the value of the '{@link privflow.model.CountryEntry#getElativeFi <em>Elative Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Elative Fi</em>' attribute.
	 * @see #getElativeFi()
	 * @generated
	 */
	void setElativeFi(String value);

	/**
	 * Returns the value of the '<em><b>Partitive Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finnish partitive (Intiaa).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partitive Fi</em>' attribute.
	 * @see #setPartitiveFi(String)
	 * @see privflow.model.PrivflowPackage#getCountryEntry_PartitiveFi()
	 * @model
	 * @generated
	 */
	String getPartitiveFi();

	/**
	 * Sets the value of the '{@link privflow.model.CountryEntry#getPartitiveFi <em>Partitive Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partitive Fi</em>' attribute.
	 * @see #getPartitiveFi()
	 * @generated
	 */
	void setPartitiveFi(String value);

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
