/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A system, tool or service that processes personal data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.Service#getKind <em>Kind</em>}</li>
 *   <li>{@link privflow.model.Service#getProvider <em>Provider</em>}</li>
 *   <li>{@link privflow.model.Service#getLocations <em>Locations</em>}</li>
 *   <li>{@link privflow.model.Service#getContract <em>Contract</em>}</li>
 *   <li>{@link privflow.model.Service#getContractReference <em>Contract Reference</em>}</li>
 *   <li>{@link privflow.model.Service#isEncryptedInTransit <em>Encrypted In Transit</em>}</li>
 *   <li>{@link privflow.model.Service#isEncryptedAtRest <em>Encrypted At Rest</em>}</li>
 *   <li>{@link privflow.model.Service#isEndToEndEncrypted <em>End To End Encrypted</em>}</li>
 *   <li>{@link privflow.model.Service#getSubProcessors <em>Sub Processors</em>}</li>
 *   <li>{@link privflow.model.Service#getCatalogueEntry <em>Catalogue Entry</em>}</li>
 *   <li>{@link privflow.model.Service#getDevices <em>Devices</em>}</li>
 *   <li>{@link privflow.model.Service#getTransferTools <em>Transfer Tools</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getService()
 * @model
 * @generated
 */
public interface Service extends FlowEndpoint {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.ServiceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see privflow.model.ServiceKind
	 * @see #setKind(ServiceKind)
	 * @see privflow.model.PrivflowPackage#getService_Kind()
	 * @model
	 * @generated
	 */
	ServiceKind getKind();

	/**
	 * Sets the value of the '{@link privflow.model.Service#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see privflow.model.ServiceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ServiceKind value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The legal entity that provides the service and receives the data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(Organisation)
	 * @see privflow.model.PrivflowPackage#getService_Provider()
	 * @model
	 * @generated
	 */
	Organisation getProvider();

	/**
	 * Sets the value of the '{@link privflow.model.Service#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(Organisation value);

	/**
	 * Returns the value of the '<em><b>Locations</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.Location}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locations</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getService_Locations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Location> getLocations();

	/**
	 * Returns the value of the '<em><b>Contract</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.ContractType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contract</em>' attribute.
	 * @see privflow.model.ContractType
	 * @see #setContract(ContractType)
	 * @see privflow.model.PrivflowPackage#getService_Contract()
	 * @model
	 * @generated
	 */
	ContractType getContract();

	/**
	 * Sets the value of the '{@link privflow.model.Service#getContract <em>Contract</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contract</em>' attribute.
	 * @see privflow.model.ContractType
	 * @see #getContract()
	 * @generated
	 */
	void setContract(ContractType value);

	/**
	 * Returns the value of the '<em><b>Contract Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reference to the data processing agreement or terms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contract Reference</em>' attribute.
	 * @see #setContractReference(String)
	 * @see privflow.model.PrivflowPackage#getService_ContractReference()
	 * @model
	 * @generated
	 */
	String getContractReference();

	/**
	 * Sets the value of the '{@link privflow.model.Service#getContractReference <em>Contract Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contract Reference</em>' attribute.
	 * @see #getContractReference()
	 * @generated
	 */
	void setContractReference(String value);

	/**
	 * Returns the value of the '<em><b>Encrypted In Transit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encrypted In Transit</em>' attribute.
	 * @see #setEncryptedInTransit(boolean)
	 * @see privflow.model.PrivflowPackage#getService_EncryptedInTransit()
	 * @model
	 * @generated
	 */
	boolean isEncryptedInTransit();

	/**
	 * Sets the value of the '{@link privflow.model.Service#isEncryptedInTransit <em>Encrypted In Transit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encrypted In Transit</em>' attribute.
	 * @see #isEncryptedInTransit()
	 * @generated
	 */
	void setEncryptedInTransit(boolean value);

	/**
	 * Returns the value of the '<em><b>Encrypted At Rest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encrypted At Rest</em>' attribute.
	 * @see #setEncryptedAtRest(boolean)
	 * @see privflow.model.PrivflowPackage#getService_EncryptedAtRest()
	 * @model
	 * @generated
	 */
	boolean isEncryptedAtRest();

	/**
	 * Sets the value of the '{@link privflow.model.Service#isEncryptedAtRest <em>Encrypted At Rest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encrypted At Rest</em>' attribute.
	 * @see #isEncryptedAtRest()
	 * @generated
	 */
	void setEncryptedAtRest(boolean value);

	/**
	 * Returns the value of the '<em><b>End To End Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End To End Encrypted</em>' attribute.
	 * @see #setEndToEndEncrypted(boolean)
	 * @see privflow.model.PrivflowPackage#getService_EndToEndEncrypted()
	 * @model
	 * @generated
	 */
	boolean isEndToEndEncrypted();

	/**
	 * Sets the value of the '{@link privflow.model.Service#isEndToEndEncrypted <em>End To End Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End To End Encrypted</em>' attribute.
	 * @see #isEndToEndEncrypted()
	 * @generated
	 */
	void setEndToEndEncrypted(boolean value);

	/**
	 * Returns the value of the '<em><b>Sub Processors</b></em>' reference list.
	 * The list contents are of type {@link privflow.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Services this one passes the data on to; may be cyclic in bad input.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Processors</em>' reference list.
	 * @see privflow.model.PrivflowPackage#getService_SubProcessors()
	 * @model
	 * @generated
	 */
	EList<Service> getSubProcessors();

	/**
	 * Returns the value of the '<em><b>Catalogue Entry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the catalogue service this one was created from; empty if entered by hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Catalogue Entry</em>' attribute.
	 * @see #setCatalogueEntry(String)
	 * @see privflow.model.PrivflowPackage#getService_CatalogueEntry()
	 * @model
	 * @generated
	 */
	String getCatalogueEntry();

	/**
	 * Sets the value of the '{@link privflow.model.Service#getCatalogueEntry <em>Catalogue Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catalogue Entry</em>' attribute.
	 * @see #getCatalogueEntry()
	 * @generated
	 */
	void setCatalogueEntry(String value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.DeviceControl}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the data lands at the users' end: on devices and accounts the organisation manages, or on staff's personal devices and consumer accounts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Devices</em>' attribute.
	 * @see privflow.model.DeviceControl
	 * @see #setDevices(DeviceControl)
	 * @see privflow.model.PrivflowPackage#getService_Devices()
	 * @model
	 * @generated
	 */
	DeviceControl getDevices();

	/**
	 * Sets the value of the '{@link privflow.model.Service#getDevices <em>Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Devices</em>' attribute.
	 * @see privflow.model.DeviceControl
	 * @see #getDevices()
	 * @generated
	 */
	void setDevices(DeviceControl value);

	/**
	 * Returns the value of the '<em><b>Transfer Tools</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.TransferSafeguard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transfer tools in the service's contract (e.g. SCCs incorporated in the provider's data processing agreement) that cover every flow to the service unless a flow records its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transfer Tools</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getService_TransferTools()
	 * @model containment="true"
	 * @generated
	 */
	EList<TransferSafeguard> getTransferTools();

} // Service
