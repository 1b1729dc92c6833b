/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Known Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisation the catalogue knows: one set of facts, referred to by every known service it provides.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.KnownOrganisation#getKey <em>Key</em>}</li>
 *   <li>{@link privflow.model.KnownOrganisation#getName <em>Name</em>}</li>
 *   <li>{@link privflow.model.KnownOrganisation#getCountry <em>Country</em>}</li>
 *   <li>{@link privflow.model.KnownOrganisation#getParent <em>Parent</em>}</li>
 *   <li>{@link privflow.model.KnownOrganisation#isDpfCertified <em>Dpf Certified</em>}</li>
 *   <li>{@link privflow.model.KnownOrganisation#isDpfCoversHr <em>Dpf Covers Hr</em>}</li>
 *   <li>{@link privflow.model.KnownOrganisation#getDpfCertifiedFrom <em>Dpf Certified From</em>}</li>
 *   <li>{@link privflow.model.KnownOrganisation#getDpfCertifiedUntil <em>Dpf Certified Until</em>}</li>
 *   <li>{@link privflow.model.KnownOrganisation#getSource <em>Source</em>}</li>
 *   <li>{@link privflow.model.KnownOrganisation#getSourceFi <em>Source Fi</em>}</li>
 *   <li>{@link privflow.model.KnownOrganisation#getChecked <em>Checked</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getKnownOrganisation()
 * @model
 * @generated
 */
public interface KnownOrganisation extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see privflow.model.PrivflowPackage#getKnownOrganisation_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link privflow.model.KnownOrganisation#getKey <em>Key</em>}' attribute.
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
	 * @see privflow.model.PrivflowPackage#getKnownOrganisation_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link privflow.model.KnownOrganisation#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see privflow.model.PrivflowPackage#getKnownOrganisation_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link privflow.model.KnownOrganisation#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key of the parent company's entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' attribute.
	 * @see #setParent(String)
	 * @see privflow.model.PrivflowPackage#getKnownOrganisation_Parent()
	 * @model
	 * @generated
	 */
	String getParent();

	/**
	 * Sets the value of the '{@link privflow.model.KnownOrganisation#getParent <em>Parent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' attribute.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(String value);

	/**
	 * Returns the value of the '<em><b>Dpf Certified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dpf Certified</em>' attribute.
	 * @see #setDpfCertified(boolean)
	 * @see privflow.model.PrivflowPackage#getKnownOrganisation_DpfCertified()
	 * @model
	 * @generated
	 */
	boolean isDpfCertified();

	/**
	 * Sets the value of the '{@link privflow.model.KnownOrganisation#isDpfCertified <em>Dpf Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dpf Certified</em>' attribute.
	 * @see #isDpfCertified()
	 * @generated
	 */
	void setDpfCertified(boolean value);

	/**
	 * Returns the value of the '<em><b>Dpf Covers Hr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dpf Covers Hr</em>' attribute.
	 * @see #setDpfCoversHr(boolean)
	 * @see privflow.model.PrivflowPackage#getKnownOrganisation_DpfCoversHr()
	 * @model
	 * @generated
	 */
	boolean isDpfCoversHr();

	/**
	 * Sets the value of the '{@link privflow.model.KnownOrganisation#isDpfCoversHr <em>Dpf Covers Hr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dpf Covers Hr</em>' attribute.
	 * @see #isDpfCoversHr()
	 * @generated
	 */
	void setDpfCoversHr(boolean value);

	/**
	 * Returns the value of the '<em><b>Dpf Certified From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of the DPF certification on the DPF list.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dpf Certified From</em>' attribute.
	 * @see #setDpfCertifiedFrom(LocalDate)
	 * @see privflow.model.PrivflowPackage#getKnownOrganisation_DpfCertifiedFrom()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getDpfCertifiedFrom();

	/**
	 * Sets the value of the '{@link privflow.model.KnownOrganisation#getDpfCertifiedFrom <em>Dpf Certified From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dpf Certified From</em>' attribute.
	 * @see #getDpfCertifiedFrom()
	 * @generated
	 */
	void setDpfCertifiedFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Dpf Certified Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of the DPF certification, if it lapsed or was withdrawn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dpf Certified Until</em>' attribute.
	 * @see #setDpfCertifiedUntil(LocalDate)
	 * @see privflow.model.PrivflowPackage#getKnownOrganisation_DpfCertifiedUntil()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getDpfCertifiedUntil();

	/**
	 * Sets the value of the '{@link privflow.model.KnownOrganisation#getDpfCertifiedUntil <em>Dpf Certified Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dpf Certified Until</em>' attribute.
	 * @see #getDpfCertifiedUntil()
	 * @generated
	 */
	void setDpfCertifiedUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see privflow.model.PrivflowPackage#getKnownOrganisation_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link privflow.model.KnownOrganisation#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Source Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source in Finnish.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Fi</em>' attribute.
	 * @see #setSourceFi(String)
	 * @see privflow.model.PrivflowPackage#getKnownOrganisation_SourceFi()
	 * @model
	 * @generated
	 */
	String getSourceFi();

	/**
	 * Sets the value of the '{@link privflow.model.KnownOrganisation#getSourceFi <em>Source Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Fi</em>' attribute.
	 * @see #getSourceFi()
	 * @generated
	 */
	void setSourceFi(String value);

	/**
	 * Returns the value of the '<em><b>Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checked</em>' attribute.
	 * @see #setChecked(LocalDate)
	 * @see privflow.model.PrivflowPackage#getKnownOrganisation_Checked()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getChecked();

	/**
	 * Sets the value of the '{@link privflow.model.KnownOrganisation#getChecked <em>Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checked</em>' attribute.
	 * @see #getChecked()
	 * @generated
	 */
	void setChecked(LocalDate value);

} // KnownOrganisation
