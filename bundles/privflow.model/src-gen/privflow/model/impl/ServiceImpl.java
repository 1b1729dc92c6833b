/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import privflow.model.ContractType;
import privflow.model.DeviceControl;
import privflow.model.Location;
import privflow.model.Organisation;
import privflow.model.PrivflowPackage;
import privflow.model.Service;
import privflow.model.ServiceKind;
import privflow.model.TransferSafeguard;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.ServiceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link privflow.model.impl.ServiceImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link privflow.model.impl.ServiceImpl#getLocations <em>Locations</em>}</li>
 *   <li>{@link privflow.model.impl.ServiceImpl#getContract <em>Contract</em>}</li>
 *   <li>{@link privflow.model.impl.ServiceImpl#getContractReference <em>Contract Reference</em>}</li>
 *   <li>{@link privflow.model.impl.ServiceImpl#isEncryptedInTransit <em>Encrypted In Transit</em>}</li>
 *   <li>{@link privflow.model.impl.ServiceImpl#isEncryptedAtRest <em>Encrypted At Rest</em>}</li>
 *   <li>{@link privflow.model.impl.ServiceImpl#isEndToEndEncrypted <em>End To End Encrypted</em>}</li>
 *   <li>{@link privflow.model.impl.ServiceImpl#getSubProcessors <em>Sub Processors</em>}</li>
 *   <li>{@link privflow.model.impl.ServiceImpl#getCatalogueEntry <em>Catalogue Entry</em>}</li>
 *   <li>{@link privflow.model.impl.ServiceImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link privflow.model.impl.ServiceImpl#getTransferTools <em>Transfer Tools</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceImpl extends FlowEndpointImpl implements Service {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ServiceKind KIND_EDEFAULT = ServiceKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ServiceKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected Organisation provider;

	/**
	 * The cached value of the '{@link #getLocations() <em>Locations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocations()
	 * @generated
	 * @ordered
	 */
	protected EList<Location> locations;

	/**
	 * The default value of the '{@link #getContract() <em>Contract</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContract()
	 * @generated
	 * @ordered
	 */
	protected static final ContractType CONTRACT_EDEFAULT = ContractType.UNKNOWN;

	/**
	 * The cached value of the '{@link #getContract() <em>Contract</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContract()
	 * @generated
	 * @ordered
	 */
	protected ContractType contract = CONTRACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContractReference() <em>Contract Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContractReference()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTRACT_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContractReference() <em>Contract Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContractReference()
	 * @generated
	 * @ordered
	 */
	protected String contractReference = CONTRACT_REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #isEncryptedInTransit() <em>Encrypted In Transit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptedInTransit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENCRYPTED_IN_TRANSIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEncryptedInTransit() <em>Encrypted In Transit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptedInTransit()
	 * @generated
	 * @ordered
	 */
	protected boolean encryptedInTransit = ENCRYPTED_IN_TRANSIT_EDEFAULT;

	/**
	 * The default value of the '{@link #isEncryptedAtRest() <em>Encrypted At Rest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptedAtRest()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENCRYPTED_AT_REST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEncryptedAtRest() <em>Encrypted At Rest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEncryptedAtRest()
	 * @generated
	 * @ordered
	 */
	protected boolean encryptedAtRest = ENCRYPTED_AT_REST_EDEFAULT;

	/**
	 * The default value of the '{@link #isEndToEndEncrypted() <em>End To End Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEndToEndEncrypted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean END_TO_END_ENCRYPTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEndToEndEncrypted() <em>End To End Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEndToEndEncrypted()
	 * @generated
	 * @ordered
	 */
	protected boolean endToEndEncrypted = END_TO_END_ENCRYPTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubProcessors() <em>Sub Processors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubProcessors()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> subProcessors;

	/**
	 * The default value of the '{@link #getCatalogueEntry() <em>Catalogue Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogueEntry()
	 * @generated
	 * @ordered
	 */
	protected static final String CATALOGUE_ENTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCatalogueEntry() <em>Catalogue Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogueEntry()
	 * @generated
	 * @ordered
	 */
	protected String catalogueEntry = CATALOGUE_ENTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevices() <em>Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected static final DeviceControl DEVICES_EDEFAULT = DeviceControl.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected DeviceControl devices = DEVICES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTransferTools() <em>Transfer Tools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransferTools()
	 * @generated
	 * @ordered
	 */
	protected EList<TransferSafeguard> transferTools;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.SERVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ServiceKind newKind) {
		ServiceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SERVICE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getProvider() {
		if (provider != null && provider.eIsProxy()) {
			InternalEObject oldProvider = (InternalEObject)provider;
			provider = (Organisation)eResolveProxy(oldProvider);
			if (provider != oldProvider) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PrivflowPackage.SERVICE__PROVIDER, oldProvider, provider));
			}
		}
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(Organisation newProvider) {
		Organisation oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SERVICE__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Location> getLocations() {
		if (locations == null) {
			locations = new EObjectContainmentEList<Location>(Location.class, this, PrivflowPackage.SERVICE__LOCATIONS);
		}
		return locations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContractType getContract() {
		return contract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContract(ContractType newContract) {
		ContractType oldContract = contract;
		contract = newContract == null ? CONTRACT_EDEFAULT : newContract;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SERVICE__CONTRACT, oldContract, contract));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContractReference() {
		return contractReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContractReference(String newContractReference) {
		String oldContractReference = contractReference;
		contractReference = newContractReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SERVICE__CONTRACT_REFERENCE, oldContractReference, contractReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEncryptedInTransit() {
		return encryptedInTransit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncryptedInTransit(boolean newEncryptedInTransit) {
		boolean oldEncryptedInTransit = encryptedInTransit;
		encryptedInTransit = newEncryptedInTransit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SERVICE__ENCRYPTED_IN_TRANSIT, oldEncryptedInTransit, encryptedInTransit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEncryptedAtRest() {
		return encryptedAtRest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncryptedAtRest(boolean newEncryptedAtRest) {
		boolean oldEncryptedAtRest = encryptedAtRest;
		encryptedAtRest = newEncryptedAtRest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SERVICE__ENCRYPTED_AT_REST, oldEncryptedAtRest, encryptedAtRest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEndToEndEncrypted() {
		return endToEndEncrypted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndToEndEncrypted(boolean newEndToEndEncrypted) {
		boolean oldEndToEndEncrypted = endToEndEncrypted;
		endToEndEncrypted = newEndToEndEncrypted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SERVICE__END_TO_END_ENCRYPTED, oldEndToEndEncrypted, endToEndEncrypted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getSubProcessors() {
		if (subProcessors == null) {
			subProcessors = new EObjectResolvingEList<Service>(Service.class, this, PrivflowPackage.SERVICE__SUB_PROCESSORS);
		}
		return subProcessors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCatalogueEntry() {
		return catalogueEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCatalogueEntry(String newCatalogueEntry) {
		String oldCatalogueEntry = catalogueEntry;
		catalogueEntry = newCatalogueEntry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SERVICE__CATALOGUE_ENTRY, oldCatalogueEntry, catalogueEntry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceControl getDevices() {
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevices(DeviceControl newDevices) {
		DeviceControl oldDevices = devices;
		devices = newDevices == null ? DEVICES_EDEFAULT : newDevices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SERVICE__DEVICES, oldDevices, devices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TransferSafeguard> getTransferTools() {
		if (transferTools == null) {
			transferTools = new EObjectContainmentEList<TransferSafeguard>(TransferSafeguard.class, this, PrivflowPackage.SERVICE__TRANSFER_TOOLS);
		}
		return transferTools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PrivflowPackage.SERVICE__LOCATIONS:
				return ((InternalEList<?>)getLocations()).basicRemove(otherEnd, msgs);
			case PrivflowPackage.SERVICE__TRANSFER_TOOLS:
				return ((InternalEList<?>)getTransferTools()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.SERVICE__KIND:
				return getKind();
			case PrivflowPackage.SERVICE__PROVIDER:
				if (resolve) return getProvider();
				return basicGetProvider();
			case PrivflowPackage.SERVICE__LOCATIONS:
				return getLocations();
			case PrivflowPackage.SERVICE__CONTRACT:
				return getContract();
			case PrivflowPackage.SERVICE__CONTRACT_REFERENCE:
				return getContractReference();
			case PrivflowPackage.SERVICE__ENCRYPTED_IN_TRANSIT:
				return isEncryptedInTransit();
			case PrivflowPackage.SERVICE__ENCRYPTED_AT_REST:
				return isEncryptedAtRest();
			case PrivflowPackage.SERVICE__END_TO_END_ENCRYPTED:
				return isEndToEndEncrypted();
			case PrivflowPackage.SERVICE__SUB_PROCESSORS:
				return getSubProcessors();
			case PrivflowPackage.SERVICE__CATALOGUE_ENTRY:
				return getCatalogueEntry();
			case PrivflowPackage.SERVICE__DEVICES:
				return getDevices();
			case PrivflowPackage.SERVICE__TRANSFER_TOOLS:
				return getTransferTools();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PrivflowPackage.SERVICE__KIND:
				setKind((ServiceKind)newValue);
				return;
			case PrivflowPackage.SERVICE__PROVIDER:
				setProvider((Organisation)newValue);
				return;
			case PrivflowPackage.SERVICE__LOCATIONS:
				getLocations().clear();
				getLocations().addAll((Collection<? extends Location>)newValue);
				return;
			case PrivflowPackage.SERVICE__CONTRACT:
				setContract((ContractType)newValue);
				return;
			case PrivflowPackage.SERVICE__CONTRACT_REFERENCE:
				setContractReference((String)newValue);
				return;
			case PrivflowPackage.SERVICE__ENCRYPTED_IN_TRANSIT:
				setEncryptedInTransit((Boolean)newValue);
				return;
			case PrivflowPackage.SERVICE__ENCRYPTED_AT_REST:
				setEncryptedAtRest((Boolean)newValue);
				return;
			case PrivflowPackage.SERVICE__END_TO_END_ENCRYPTED:
				setEndToEndEncrypted((Boolean)newValue);
				return;
			case PrivflowPackage.SERVICE__SUB_PROCESSORS:
				getSubProcessors().clear();
				getSubProcessors().addAll((Collection<? extends Service>)newValue);
				return;
			case PrivflowPackage.SERVICE__CATALOGUE_ENTRY:
				setCatalogueEntry((String)newValue);
				return;
			case PrivflowPackage.SERVICE__DEVICES:
				setDevices((DeviceControl)newValue);
				return;
			case PrivflowPackage.SERVICE__TRANSFER_TOOLS:
				getTransferTools().clear();
				getTransferTools().addAll((Collection<? extends TransferSafeguard>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PrivflowPackage.SERVICE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PrivflowPackage.SERVICE__PROVIDER:
				setProvider((Organisation)null);
				return;
			case PrivflowPackage.SERVICE__LOCATIONS:
				getLocations().clear();
				return;
			case PrivflowPackage.SERVICE__CONTRACT:
				setContract(CONTRACT_EDEFAULT);
				return;
			case PrivflowPackage.SERVICE__CONTRACT_REFERENCE:
				setContractReference(CONTRACT_REFERENCE_EDEFAULT);
				return;
			case PrivflowPackage.SERVICE__ENCRYPTED_IN_TRANSIT:
				setEncryptedInTransit(ENCRYPTED_IN_TRANSIT_EDEFAULT);
				return;
			case PrivflowPackage.SERVICE__ENCRYPTED_AT_REST:
				setEncryptedAtRest(ENCRYPTED_AT_REST_EDEFAULT);
				return;
			case PrivflowPackage.SERVICE__END_TO_END_ENCRYPTED:
				setEndToEndEncrypted(END_TO_END_ENCRYPTED_EDEFAULT);
				return;
			case PrivflowPackage.SERVICE__SUB_PROCESSORS:
				getSubProcessors().clear();
				return;
			case PrivflowPackage.SERVICE__CATALOGUE_ENTRY:
				setCatalogueEntry(CATALOGUE_ENTRY_EDEFAULT);
				return;
			case PrivflowPackage.SERVICE__DEVICES:
				setDevices(DEVICES_EDEFAULT);
				return;
			case PrivflowPackage.SERVICE__TRANSFER_TOOLS:
				getTransferTools().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PrivflowPackage.SERVICE__KIND:
				return kind != KIND_EDEFAULT;
			case PrivflowPackage.SERVICE__PROVIDER:
				return provider != null;
			case PrivflowPackage.SERVICE__LOCATIONS:
				return locations != null && !locations.isEmpty();
			case PrivflowPackage.SERVICE__CONTRACT:
				return contract != CONTRACT_EDEFAULT;
			case PrivflowPackage.SERVICE__CONTRACT_REFERENCE:
				return CONTRACT_REFERENCE_EDEFAULT == null ? contractReference != null : !CONTRACT_REFERENCE_EDEFAULT.equals(contractReference);
			case PrivflowPackage.SERVICE__ENCRYPTED_IN_TRANSIT:
				return encryptedInTransit != ENCRYPTED_IN_TRANSIT_EDEFAULT;
			case PrivflowPackage.SERVICE__ENCRYPTED_AT_REST:
				return encryptedAtRest != ENCRYPTED_AT_REST_EDEFAULT;
			case PrivflowPackage.SERVICE__END_TO_END_ENCRYPTED:
				return endToEndEncrypted != END_TO_END_ENCRYPTED_EDEFAULT;
			case PrivflowPackage.SERVICE__SUB_PROCESSORS:
				return subProcessors != null && !subProcessors.isEmpty();
			case PrivflowPackage.SERVICE__CATALOGUE_ENTRY:
				return CATALOGUE_ENTRY_EDEFAULT == null ? catalogueEntry != null : !CATALOGUE_ENTRY_EDEFAULT.equals(catalogueEntry);
			case PrivflowPackage.SERVICE__DEVICES:
				return devices != DEVICES_EDEFAULT;
			case PrivflowPackage.SERVICE__TRANSFER_TOOLS:
				return transferTools != null && !transferTools.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", contract: ");
		result.append(contract);
		result.append(", contractReference: ");
		result.append(contractReference);
		result.append(", encryptedInTransit: ");
		result.append(encryptedInTransit);
		result.append(", encryptedAtRest: ");
		result.append(encryptedAtRest);
		result.append(", endToEndEncrypted: ");
		result.append(endToEndEncrypted);
		result.append(", catalogueEntry: ");
		result.append(catalogueEntry);
		result.append(", devices: ");
		result.append(devices);
		result.append(')');
		return result.toString();
	}

} //ServiceImpl
