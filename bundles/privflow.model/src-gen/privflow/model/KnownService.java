/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Known Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service the catalogue knows, to pre-fill a model's services.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.KnownService#getKey <em>Key</em>}</li>
 *   <li>{@link privflow.model.KnownService#getName <em>Name</em>}</li>
 *   <li>{@link privflow.model.KnownService#getKind <em>Kind</em>}</li>
 *   <li>{@link privflow.model.KnownService#getProvider <em>Provider</em>}</li>
 *   <li>{@link privflow.model.KnownService#getProviderName <em>Provider Name</em>}</li>
 *   <li>{@link privflow.model.KnownService#getProviderCountry <em>Provider Country</em>}</li>
 *   <li>{@link privflow.model.KnownService#getParentName <em>Parent Name</em>}</li>
 *   <li>{@link privflow.model.KnownService#getParentCountry <em>Parent Country</em>}</li>
 *   <li>{@link privflow.model.KnownService#isDpfCertified <em>Dpf Certified</em>}</li>
 *   <li>{@link privflow.model.KnownService#isBusinessDpa <em>Business Dpa</em>}</li>
 *   <li>{@link privflow.model.KnownService#getContract <em>Contract</em>}</li>
 *   <li>{@link privflow.model.KnownService#isEndToEndEncrypted <em>End To End Encrypted</em>}</li>
 *   <li>{@link privflow.model.KnownService#getLocations <em>Locations</em>}</li>
 *   <li>{@link privflow.model.KnownService#getSource <em>Source</em>}</li>
 *   <li>{@link privflow.model.KnownService#getSourceFi <em>Source Fi</em>}</li>
 *   <li>{@link privflow.model.KnownService#getChecked <em>Checked</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getKnownService()
 * @model
 * @generated
 */
public interface KnownService extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see privflow.model.PrivflowPackage#getKnownService_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#getKey <em>Key</em>}' attribute.
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
	 * @see privflow.model.PrivflowPackage#getKnownService_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.ServiceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see privflow.model.ServiceKind
	 * @see #setKind(ServiceKind)
	 * @see privflow.model.PrivflowPackage#getKnownService_Kind()
	 * @model
	 * @generated
	 */
	ServiceKind getKind();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see privflow.model.ServiceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ServiceKind value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key of the known organisation that provides the service; its facts (country, parent, DPF status) are that organisation's, one set for every service it provides.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see privflow.model.PrivflowPackage#getKnownService_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Provider Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Catalogues without known organisations: the provider's name (also parentName, parentCountry, dpfCertified).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider Name</em>' attribute.
	 * @see #setProviderName(String)
	 * @see privflow.model.PrivflowPackage#getKnownService_ProviderName()
	 * @model
	 * @generated
	 */
	String getProviderName();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#getProviderName <em>Provider Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider Name</em>' attribute.
	 * @see #getProviderName()
	 * @generated
	 */
	void setProviderName(String value);

	/**
	 * Returns the value of the '<em><b>Provider Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provider Country</em>' attribute.
	 * @see #setProviderCountry(String)
	 * @see privflow.model.PrivflowPackage#getKnownService_ProviderCountry()
	 * @model
	 * @generated
	 */
	String getProviderCountry();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#getProviderCountry <em>Provider Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider Country</em>' attribute.
	 * @see #getProviderCountry()
	 * @generated
	 */
	void setProviderCountry(String value);

	/**
	 * Returns the value of the '<em><b>Parent Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Name</em>' attribute.
	 * @see #setParentName(String)
	 * @see privflow.model.PrivflowPackage#getKnownService_ParentName()
	 * @model
	 * @generated
	 */
	String getParentName();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#getParentName <em>Parent Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Name</em>' attribute.
	 * @see #getParentName()
	 * @generated
	 */
	void setParentName(String value);

	/**
	 * Returns the value of the '<em><b>Parent Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent Country</em>' attribute.
	 * @see #setParentCountry(String)
	 * @see privflow.model.PrivflowPackage#getKnownService_ParentCountry()
	 * @model
	 * @generated
	 */
	String getParentCountry();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#getParentCountry <em>Parent Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent Country</em>' attribute.
	 * @see #getParentCountry()
	 * @generated
	 */
	void setParentCountry(String value);

	/**
	 * Returns the value of the '<em><b>Dpf Certified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dpf Certified</em>' attribute.
	 * @see #setDpfCertified(boolean)
	 * @see privflow.model.PrivflowPackage#getKnownService_DpfCertified()
	 * @model
	 * @generated
	 */
	boolean isDpfCertified();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#isDpfCertified <em>Dpf Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dpf Certified</em>' attribute.
	 * @see #isDpfCertified()
	 * @generated
	 */
	void setDpfCertified(boolean value);

	/**
	 * Returns the value of the '<em><b>Business Dpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business Dpa</em>' attribute.
	 * @see #setBusinessDpa(boolean)
	 * @see privflow.model.PrivflowPackage#getKnownService_BusinessDpa()
	 * @model
	 * @generated
	 */
	boolean isBusinessDpa();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#isBusinessDpa <em>Business Dpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Dpa</em>' attribute.
	 * @see #isBusinessDpa()
	 * @generated
	 */
	void setBusinessDpa(boolean value);

	/**
	 * Returns the value of the '<em><b>Contract</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.ContractType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contract</em>' attribute.
	 * @see privflow.model.ContractType
	 * @see #setContract(ContractType)
	 * @see privflow.model.PrivflowPackage#getKnownService_Contract()
	 * @model
	 * @generated
	 */
	ContractType getContract();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#getContract <em>Contract</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contract</em>' attribute.
	 * @see privflow.model.ContractType
	 * @see #getContract()
	 * @generated
	 */
	void setContract(ContractType value);

	/**
	 * Returns the value of the '<em><b>End To End Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End To End Encrypted</em>' attribute.
	 * @see #setEndToEndEncrypted(boolean)
	 * @see privflow.model.PrivflowPackage#getKnownService_EndToEndEncrypted()
	 * @model
	 * @generated
	 */
	boolean isEndToEndEncrypted();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#isEndToEndEncrypted <em>End To End Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End To End Encrypted</em>' attribute.
	 * @see #isEndToEndEncrypted()
	 * @generated
	 */
	void setEndToEndEncrypted(boolean value);

	/**
	 * Returns the value of the '<em><b>Locations</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.Location}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locations</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getKnownService_Locations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Location> getLocations();

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see privflow.model.PrivflowPackage#getKnownService_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#getSource <em>Source</em>}' attribute.
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
	 * @see privflow.model.PrivflowPackage#getKnownService_SourceFi()
	 * @model
	 * @generated
	 */
	String getSourceFi();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#getSourceFi <em>Source Fi</em>}' attribute.
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
	 * @see privflow.model.PrivflowPackage#getKnownService_Checked()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getChecked();

	/**
	 * Sets the value of the '{@link privflow.model.KnownService#getChecked <em>Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checked</em>' attribute.
	 * @see #getChecked()
	 * @generated
	 */
	void setChecked(LocalDate value);

} // KnownService
