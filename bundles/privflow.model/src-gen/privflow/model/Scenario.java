/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A what-if change to the legal facts, e.g. an adequacy decision struck down.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.Scenario#getKey <em>Key</em>}</li>
 *   <li>{@link privflow.model.Scenario#getName <em>Name</em>}</li>
 *   <li>{@link privflow.model.Scenario#getNameFi <em>Name Fi</em>}</li>
 *   <li>{@link privflow.model.Scenario#getDescription <em>Description</em>}</li>
 *   <li>{@link privflow.model.Scenario#getDescriptionFi <em>Description Fi</em>}</li>
 *   <li>{@link privflow.model.Scenario#getWithdrawnDecisions <em>Withdrawn Decisions</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see privflow.model.PrivflowPackage#getScenario_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link privflow.model.Scenario#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see privflow.model.PrivflowPackage#getScenario_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link privflow.model.Scenario#getName <em>Name</em>}' attribute.
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
	 * @see privflow.model.PrivflowPackage#getScenario_NameFi()
	 * @model
	 * @generated
	 */
	String getNameFi();

	/**
	 * Sets the value of the '{@link privflow.model.Scenario#getNameFi <em>Name Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Fi</em>' attribute.
	 * @see #getNameFi()
	 * @generated
	 */
	void setNameFi(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see privflow.model.PrivflowPackage#getScenario_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link privflow.model.Scenario#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Description Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The description in Finnish.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description Fi</em>' attribute.
	 * @see #setDescriptionFi(String)
	 * @see privflow.model.PrivflowPackage#getScenario_DescriptionFi()
	 * @model
	 * @generated
	 */
	String getDescriptionFi();

	/**
	 * Sets the value of the '{@link privflow.model.Scenario#getDescriptionFi <em>Description Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Fi</em>' attribute.
	 * @see #getDescriptionFi()
	 * @generated
	 */
	void setDescriptionFi(String value);

	/**
	 * Returns the value of the '<em><b>Withdrawn Decisions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Keys of the adequacy decisions that no longer apply under this scenario.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Withdrawn Decisions</em>' attribute list.
	 * @see privflow.model.PrivflowPackage#getScenario_WithdrawnDecisions()
	 * @model
	 * @generated
	 */
	EList<String> getWithdrawnDecisions();

} // Scenario
