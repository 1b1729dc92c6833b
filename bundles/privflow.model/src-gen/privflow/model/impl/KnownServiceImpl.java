/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import privflow.model.ContractType;
import privflow.model.KnownService;
import privflow.model.Location;
import privflow.model.PrivflowPackage;
import privflow.model.ServiceKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Known Service</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getKey <em>Key</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getName <em>Name</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getProviderName <em>Provider Name</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getProviderCountry <em>Provider Country</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getParentName <em>Parent Name</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getParentCountry <em>Parent Country</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#isDpfCertified <em>Dpf Certified</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#isBusinessDpa <em>Business Dpa</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getContract <em>Contract</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#isEndToEndEncrypted <em>End To End Encrypted</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getLocations <em>Locations</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getSource <em>Source</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getSourceFi <em>Source Fi</em>}</li>
 *   <li>{@link privflow.model.impl.KnownServiceImpl#getChecked <em>Checked</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KnownServiceImpl extends EObjectImpl implements KnownService {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected String provider = PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getProviderName() <em>Provider Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderName()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProviderName() <em>Provider Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderName()
	 * @generated
	 * @ordered
	 */
	protected String providerName = PROVIDER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getProviderCountry() <em>Provider Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProviderCountry() <em>Provider Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviderCountry()
	 * @generated
	 * @ordered
	 */
	protected String providerCountry = PROVIDER_COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getParentName() <em>Parent Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentName()
	 * @generated
	 * @ordered
	 */
	protected static final String PARENT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParentName() <em>Parent Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentName()
	 * @generated
	 * @ordered
	 */
	protected String parentName = PARENT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getParentCountry() <em>Parent Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String PARENT_COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParentCountry() <em>Parent Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentCountry()
	 * @generated
	 * @ordered
	 */
	protected String parentCountry = PARENT_COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #isDpfCertified() <em>Dpf Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDpfCertified()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DPF_CERTIFIED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDpfCertified() <em>Dpf Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDpfCertified()
	 * @generated
	 * @ordered
	 */
	protected boolean dpfCertified = DPF_CERTIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #isBusinessDpa() <em>Business Dpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBusinessDpa()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BUSINESS_DPA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBusinessDpa() <em>Business Dpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBusinessDpa()
	 * @generated
	 * @ordered
	 */
	protected boolean businessDpa = BUSINESS_DPA_EDEFAULT;

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
	 * The cached value of the '{@link #getLocations() <em>Locations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocations()
	 * @generated
	 * @ordered
	 */
	protected EList<Location> locations;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceFi() <em>Source Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFi()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFi() <em>Source Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFi()
	 * @generated
	 * @ordered
	 */
	protected String sourceFi = SOURCE_FI_EDEFAULT;

	/**
	 * The default value of the '{@link #getChecked() <em>Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecked()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CHECKED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChecked() <em>Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecked()
	 * @generated
	 * @ordered
	 */
	protected LocalDate checked = CHECKED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KnownServiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.KNOWN_SERVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(String newProvider) {
		String oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProviderName() {
		return providerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProviderName(String newProviderName) {
		String oldProviderName = providerName;
		providerName = newProviderName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__PROVIDER_NAME, oldProviderName, providerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProviderCountry() {
		return providerCountry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProviderCountry(String newProviderCountry) {
		String oldProviderCountry = providerCountry;
		providerCountry = newProviderCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__PROVIDER_COUNTRY, oldProviderCountry, providerCountry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParentName() {
		return parentName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentName(String newParentName) {
		String oldParentName = parentName;
		parentName = newParentName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__PARENT_NAME, oldParentName, parentName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParentCountry() {
		return parentCountry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentCountry(String newParentCountry) {
		String oldParentCountry = parentCountry;
		parentCountry = newParentCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__PARENT_COUNTRY, oldParentCountry, parentCountry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDpfCertified() {
		return dpfCertified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDpfCertified(boolean newDpfCertified) {
		boolean oldDpfCertified = dpfCertified;
		dpfCertified = newDpfCertified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__DPF_CERTIFIED, oldDpfCertified, dpfCertified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBusinessDpa() {
		return businessDpa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessDpa(boolean newBusinessDpa) {
		boolean oldBusinessDpa = businessDpa;
		businessDpa = newBusinessDpa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__BUSINESS_DPA, oldBusinessDpa, businessDpa));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__CONTRACT, oldContract, contract));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__END_TO_END_ENCRYPTED, oldEndToEndEncrypted, endToEndEncrypted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Location> getLocations() {
		if (locations == null) {
			locations = new EObjectContainmentEList<Location>(Location.class, this, PrivflowPackage.KNOWN_SERVICE__LOCATIONS);
		}
		return locations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFi() {
		return sourceFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFi(String newSourceFi) {
		String oldSourceFi = sourceFi;
		sourceFi = newSourceFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__SOURCE_FI, oldSourceFi, sourceFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getChecked() {
		return checked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChecked(LocalDate newChecked) {
		LocalDate oldChecked = checked;
		checked = newChecked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_SERVICE__CHECKED, oldChecked, checked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PrivflowPackage.KNOWN_SERVICE__LOCATIONS:
				return ((InternalEList<?>)getLocations()).basicRemove(otherEnd, msgs);
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
			case PrivflowPackage.KNOWN_SERVICE__KEY:
				return getKey();
			case PrivflowPackage.KNOWN_SERVICE__NAME:
				return getName();
			case PrivflowPackage.KNOWN_SERVICE__KIND:
				return getKind();
			case PrivflowPackage.KNOWN_SERVICE__PROVIDER:
				return getProvider();
			case PrivflowPackage.KNOWN_SERVICE__PROVIDER_NAME:
				return getProviderName();
			case PrivflowPackage.KNOWN_SERVICE__PROVIDER_COUNTRY:
				return getProviderCountry();
			case PrivflowPackage.KNOWN_SERVICE__PARENT_NAME:
				return getParentName();
			case PrivflowPackage.KNOWN_SERVICE__PARENT_COUNTRY:
				return getParentCountry();
			case PrivflowPackage.KNOWN_SERVICE__DPF_CERTIFIED:
				return isDpfCertified();
			case PrivflowPackage.KNOWN_SERVICE__BUSINESS_DPA:
				return isBusinessDpa();
			case PrivflowPackage.KNOWN_SERVICE__CONTRACT:
				return getContract();
			case PrivflowPackage.KNOWN_SERVICE__END_TO_END_ENCRYPTED:
				return isEndToEndEncrypted();
			case PrivflowPackage.KNOWN_SERVICE__LOCATIONS:
				return getLocations();
			case PrivflowPackage.KNOWN_SERVICE__SOURCE:
				return getSource();
			case PrivflowPackage.KNOWN_SERVICE__SOURCE_FI:
				return getSourceFi();
			case PrivflowPackage.KNOWN_SERVICE__CHECKED:
				return getChecked();
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
			case PrivflowPackage.KNOWN_SERVICE__KEY:
				setKey((String)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__NAME:
				setName((String)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__KIND:
				setKind((ServiceKind)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__PROVIDER:
				setProvider((String)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__PROVIDER_NAME:
				setProviderName((String)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__PROVIDER_COUNTRY:
				setProviderCountry((String)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__PARENT_NAME:
				setParentName((String)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__PARENT_COUNTRY:
				setParentCountry((String)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__DPF_CERTIFIED:
				setDpfCertified((Boolean)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__BUSINESS_DPA:
				setBusinessDpa((Boolean)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__CONTRACT:
				setContract((ContractType)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__END_TO_END_ENCRYPTED:
				setEndToEndEncrypted((Boolean)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__LOCATIONS:
				getLocations().clear();
				getLocations().addAll((Collection<? extends Location>)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__SOURCE:
				setSource((String)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__SOURCE_FI:
				setSourceFi((String)newValue);
				return;
			case PrivflowPackage.KNOWN_SERVICE__CHECKED:
				setChecked((LocalDate)newValue);
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
			case PrivflowPackage.KNOWN_SERVICE__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__PROVIDER_NAME:
				setProviderName(PROVIDER_NAME_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__PROVIDER_COUNTRY:
				setProviderCountry(PROVIDER_COUNTRY_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__PARENT_NAME:
				setParentName(PARENT_NAME_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__PARENT_COUNTRY:
				setParentCountry(PARENT_COUNTRY_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__DPF_CERTIFIED:
				setDpfCertified(DPF_CERTIFIED_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__BUSINESS_DPA:
				setBusinessDpa(BUSINESS_DPA_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__CONTRACT:
				setContract(CONTRACT_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__END_TO_END_ENCRYPTED:
				setEndToEndEncrypted(END_TO_END_ENCRYPTED_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__LOCATIONS:
				getLocations().clear();
				return;
			case PrivflowPackage.KNOWN_SERVICE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__SOURCE_FI:
				setSourceFi(SOURCE_FI_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_SERVICE__CHECKED:
				setChecked(CHECKED_EDEFAULT);
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
			case PrivflowPackage.KNOWN_SERVICE__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case PrivflowPackage.KNOWN_SERVICE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PrivflowPackage.KNOWN_SERVICE__KIND:
				return kind != KIND_EDEFAULT;
			case PrivflowPackage.KNOWN_SERVICE__PROVIDER:
				return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
			case PrivflowPackage.KNOWN_SERVICE__PROVIDER_NAME:
				return PROVIDER_NAME_EDEFAULT == null ? providerName != null : !PROVIDER_NAME_EDEFAULT.equals(providerName);
			case PrivflowPackage.KNOWN_SERVICE__PROVIDER_COUNTRY:
				return PROVIDER_COUNTRY_EDEFAULT == null ? providerCountry != null : !PROVIDER_COUNTRY_EDEFAULT.equals(providerCountry);
			case PrivflowPackage.KNOWN_SERVICE__PARENT_NAME:
				return PARENT_NAME_EDEFAULT == null ? parentName != null : !PARENT_NAME_EDEFAULT.equals(parentName);
			case PrivflowPackage.KNOWN_SERVICE__PARENT_COUNTRY:
				return PARENT_COUNTRY_EDEFAULT == null ? parentCountry != null : !PARENT_COUNTRY_EDEFAULT.equals(parentCountry);
			case PrivflowPackage.KNOWN_SERVICE__DPF_CERTIFIED:
				return dpfCertified != DPF_CERTIFIED_EDEFAULT;
			case PrivflowPackage.KNOWN_SERVICE__BUSINESS_DPA:
				return businessDpa != BUSINESS_DPA_EDEFAULT;
			case PrivflowPackage.KNOWN_SERVICE__CONTRACT:
				return contract != CONTRACT_EDEFAULT;
			case PrivflowPackage.KNOWN_SERVICE__END_TO_END_ENCRYPTED:
				return endToEndEncrypted != END_TO_END_ENCRYPTED_EDEFAULT;
			case PrivflowPackage.KNOWN_SERVICE__LOCATIONS:
				return locations != null && !locations.isEmpty();
			case PrivflowPackage.KNOWN_SERVICE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case PrivflowPackage.KNOWN_SERVICE__SOURCE_FI:
				return SOURCE_FI_EDEFAULT == null ? sourceFi != null : !SOURCE_FI_EDEFAULT.equals(sourceFi);
			case PrivflowPackage.KNOWN_SERVICE__CHECKED:
				return CHECKED_EDEFAULT == null ? checked != null : !CHECKED_EDEFAULT.equals(checked);
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
		result.append(" (key: ");
		result.append(key);
		result.append(", name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", provider: ");
		result.append(provider);
		result.append(", providerName: ");
		result.append(providerName);
		result.append(", providerCountry: ");
		result.append(providerCountry);
		result.append(", parentName: ");
		result.append(parentName);
		result.append(", parentCountry: ");
		result.append(parentCountry);
		result.append(", dpfCertified: ");
		result.append(dpfCertified);
		result.append(", businessDpa: ");
		result.append(businessDpa);
		result.append(", contract: ");
		result.append(contract);
		result.append(", endToEndEncrypted: ");
		result.append(endToEndEncrypted);
		result.append(", source: ");
		result.append(source);
		result.append(", sourceFi: ");
		result.append(sourceFi);
		result.append(", checked: ");
		result.append(checked);
		result.append(')');
		return result.toString();
	}

} //KnownServiceImpl
