/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A legal entity: the controller itself, a processor, a provider of a service, a group company.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.Organisation#getRegistrationId <em>Registration Id</em>}</li>
 *   <li>{@link privflow.model.Organisation#getCountry <em>Country</em>}</li>
 *   <li>{@link privflow.model.Organisation#isDpfCertified <em>Dpf Certified</em>}</li>
 *   <li>{@link privflow.model.Organisation#isDpfCoversHr <em>Dpf Covers Hr</em>}</li>
 *   <li>{@link privflow.model.Organisation#getDpfCertifiedFrom <em>Dpf Certified From</em>}</li>
 *   <li>{@link privflow.model.Organisation#getDpfCertifiedUntil <em>Dpf Certified Until</em>}</li>
 *   <li>{@link privflow.model.Organisation#isPipedaSubject <em>Pipeda Subject</em>}</li>
 *   <li>{@link privflow.model.Organisation#getContact <em>Contact</em>}</li>
 *   <li>{@link privflow.model.Organisation#getDpo <em>Dpo</em>}</li>
 *   <li>{@link privflow.model.Organisation#getRepresentative <em>Representative</em>}</li>
 *   <li>{@link privflow.model.Organisation#getParent <em>Parent</em>}</li>
 *   <li>{@link privflow.model.Organisation#getTransferTools <em>Transfer Tools</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getOrganisation()
 * @model
 * @generated
 */
public interface Organisation extends FlowEndpoint {
	/**
	 * Returns the value of the '<em><b>Registration Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business or company registration id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registration Id</em>' attribute.
	 * @see #setRegistrationId(String)
	 * @see privflow.model.PrivflowPackage#getOrganisation_RegistrationId()
	 * @model
	 * @generated
	 */
	String getRegistrationId();

	/**
	 * Sets the value of the '{@link privflow.model.Organisation#getRegistrationId <em>Registration Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registration Id</em>' attribute.
	 * @see #getRegistrationId()
	 * @generated
	 */
	void setRegistrationId(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Country of establishment, ISO 3166-1 alpha-2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see privflow.model.PrivflowPackage#getOrganisation_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link privflow.model.Organisation#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Dpf Certified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Self-certified under the EU-US Data Privacy Framework (US organisations).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dpf Certified</em>' attribute.
	 * @see #setDpfCertified(boolean)
	 * @see privflow.model.PrivflowPackage#getOrganisation_DpfCertified()
	 * @model
	 * @generated
	 */
	boolean isDpfCertified();

	/**
	 * Sets the value of the '{@link privflow.model.Organisation#isDpfCertified <em>Dpf Certified</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * The DPF certification covers HR data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dpf Covers Hr</em>' attribute.
	 * @see #setDpfCoversHr(boolean)
	 * @see privflow.model.PrivflowPackage#getOrganisation_DpfCoversHr()
	 * @model
	 * @generated
	 */
	boolean isDpfCoversHr();

	/**
	 * Sets the value of the '{@link privflow.model.Organisation#isDpfCoversHr <em>Dpf Covers Hr</em>}' attribute.
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
	 * First day of the DPF certification; before it (and before the framework itself) the organisation is not certified.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dpf Certified From</em>' attribute.
	 * @see #setDpfCertifiedFrom(LocalDate)
	 * @see privflow.model.PrivflowPackage#getOrganisation_DpfCertifiedFrom()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getDpfCertifiedFrom();

	/**
	 * Sets the value of the '{@link privflow.model.Organisation#getDpfCertifiedFrom <em>Dpf Certified From</em>}' attribute.
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
	 * @see privflow.model.PrivflowPackage#getOrganisation_DpfCertifiedUntil()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getDpfCertifiedUntil();

	/**
	 * Sets the value of the '{@link privflow.model.Organisation#getDpfCertifiedUntil <em>Dpf Certified Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dpf Certified Until</em>' attribute.
	 * @see #getDpfCertifiedUntil()
	 * @generated
	 */
	void setDpfCertifiedUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Pipeda Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A Canadian commercial organisation subject to PIPEDA.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pipeda Subject</em>' attribute.
	 * @see #setPipedaSubject(boolean)
	 * @see privflow.model.PrivflowPackage#getOrganisation_PipedaSubject()
	 * @model
	 * @generated
	 */
	boolean isPipedaSubject();

	/**
	 * Sets the value of the '{@link privflow.model.Organisation#isPipedaSubject <em>Pipeda Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pipeda Subject</em>' attribute.
	 * @see #isPipedaSubject()
	 * @generated
	 */
	void setPipedaSubject(boolean value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' containment reference.
	 * @see #setContact(Contact)
	 * @see privflow.model.PrivflowPackage#getOrganisation_Contact()
	 * @model containment="true"
	 * @generated
	 */
	Contact getContact();

	/**
	 * Sets the value of the '{@link privflow.model.Organisation#getContact <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' containment reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Contact value);

	/**
	 * Returns the value of the '<em><b>Dpo</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data protection officer (Art. 37-39).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dpo</em>' containment reference.
	 * @see #setDpo(Contact)
	 * @see privflow.model.PrivflowPackage#getOrganisation_Dpo()
	 * @model containment="true"
	 * @generated
	 */
	Contact getDpo();

	/**
	 * Sets the value of the '{@link privflow.model.Organisation#getDpo <em>Dpo</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dpo</em>' containment reference.
	 * @see #getDpo()
	 * @generated
	 */
	void setDpo(Contact value);

	/**
	 * Returns the value of the '<em><b>Representative</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EU representative (Art. 27) of an organisation established outside the EU.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Representative</em>' containment reference.
	 * @see #setRepresentative(Contact)
	 * @see privflow.model.PrivflowPackage#getOrganisation_Representative()
	 * @model containment="true"
	 * @generated
	 */
	Contact getRepresentative();

	/**
	 * Sets the value of the '{@link privflow.model.Organisation#getRepresentative <em>Representative</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Representative</em>' containment reference.
	 * @see #getRepresentative()
	 * @generated
	 */
	void setRepresentative(Contact value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parent company, e.g. the US group of an EEA subsidiary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Organisation)
	 * @see privflow.model.PrivflowPackage#getOrganisation_Parent()
	 * @model
	 * @generated
	 */
	Organisation getParent();

	/**
	 * Sets the value of the '{@link privflow.model.Organisation#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Organisation value);

	/**
	 * Returns the value of the '<em><b>Transfer Tools</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.TransferSafeguard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transfer tools in the organisation's contract (e.g. SCCs in its data processing agreement) that cover every flow to it and its services unless a service or a flow records its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transfer Tools</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getOrganisation_TransferTools()
	 * @model containment="true"
	 * @generated
	 */
	EList<TransferSafeguard> getTransferTools();

} // Organisation
