/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import privflow.model.Accessor;
import privflow.model.Location;
import privflow.model.PrivflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Location</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.LocationImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link privflow.model.impl.LocationImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link privflow.model.impl.LocationImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link privflow.model.impl.LocationImpl#isRemoteAccessOnly <em>Remote Access Only</em>}</li>
 *   <li>{@link privflow.model.impl.LocationImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link privflow.model.impl.LocationImpl#getPurposeFi <em>Purpose Fi</em>}</li>
 *   <li>{@link privflow.model.impl.LocationImpl#getAccessedBy <em>Accessed By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LocationImpl extends EObjectImpl implements Location {
	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

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
	 * The default value of the '{@link #isRemoteAccessOnly() <em>Remote Access Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRemoteAccessOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REMOTE_ACCESS_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRemoteAccessOnly() <em>Remote Access Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRemoteAccessOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean remoteAccessOnly = REMOTE_ACCESS_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurposeFi() <em>Purpose Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurposeFi()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurposeFi() <em>Purpose Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurposeFi()
	 * @generated
	 * @ordered
	 */
	protected String purposeFi = PURPOSE_FI_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccessedBy() <em>Accessed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessedBy()
	 * @generated
	 * @ordered
	 */
	protected static final Accessor ACCESSED_BY_EDEFAULT = Accessor.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getAccessedBy() <em>Accessed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessedBy()
	 * @generated
	 * @ordered
	 */
	protected Accessor accessedBy = ACCESSED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LocationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.LOCATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.LOCATION__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.LOCATION__REGION, oldRegion, region));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.LOCATION__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRemoteAccessOnly() {
		return remoteAccessOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteAccessOnly(boolean newRemoteAccessOnly) {
		boolean oldRemoteAccessOnly = remoteAccessOnly;
		remoteAccessOnly = newRemoteAccessOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.LOCATION__REMOTE_ACCESS_ONLY, oldRemoteAccessOnly, remoteAccessOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.LOCATION__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurposeFi() {
		return purposeFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurposeFi(String newPurposeFi) {
		String oldPurposeFi = purposeFi;
		purposeFi = newPurposeFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.LOCATION__PURPOSE_FI, oldPurposeFi, purposeFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Accessor getAccessedBy() {
		return accessedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccessedBy(Accessor newAccessedBy) {
		Accessor oldAccessedBy = accessedBy;
		accessedBy = newAccessedBy == null ? ACCESSED_BY_EDEFAULT : newAccessedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.LOCATION__ACCESSED_BY, oldAccessedBy, accessedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.LOCATION__COUNTRY:
				return getCountry();
			case PrivflowPackage.LOCATION__REGION:
				return getRegion();
			case PrivflowPackage.LOCATION__PROVIDER:
				return getProvider();
			case PrivflowPackage.LOCATION__REMOTE_ACCESS_ONLY:
				return isRemoteAccessOnly();
			case PrivflowPackage.LOCATION__PURPOSE:
				return getPurpose();
			case PrivflowPackage.LOCATION__PURPOSE_FI:
				return getPurposeFi();
			case PrivflowPackage.LOCATION__ACCESSED_BY:
				return getAccessedBy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PrivflowPackage.LOCATION__COUNTRY:
				setCountry((String)newValue);
				return;
			case PrivflowPackage.LOCATION__REGION:
				setRegion((String)newValue);
				return;
			case PrivflowPackage.LOCATION__PROVIDER:
				setProvider((String)newValue);
				return;
			case PrivflowPackage.LOCATION__REMOTE_ACCESS_ONLY:
				setRemoteAccessOnly((Boolean)newValue);
				return;
			case PrivflowPackage.LOCATION__PURPOSE:
				setPurpose((String)newValue);
				return;
			case PrivflowPackage.LOCATION__PURPOSE_FI:
				setPurposeFi((String)newValue);
				return;
			case PrivflowPackage.LOCATION__ACCESSED_BY:
				setAccessedBy((Accessor)newValue);
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
			case PrivflowPackage.LOCATION__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case PrivflowPackage.LOCATION__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case PrivflowPackage.LOCATION__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case PrivflowPackage.LOCATION__REMOTE_ACCESS_ONLY:
				setRemoteAccessOnly(REMOTE_ACCESS_ONLY_EDEFAULT);
				return;
			case PrivflowPackage.LOCATION__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case PrivflowPackage.LOCATION__PURPOSE_FI:
				setPurposeFi(PURPOSE_FI_EDEFAULT);
				return;
			case PrivflowPackage.LOCATION__ACCESSED_BY:
				setAccessedBy(ACCESSED_BY_EDEFAULT);
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
			case PrivflowPackage.LOCATION__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case PrivflowPackage.LOCATION__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case PrivflowPackage.LOCATION__PROVIDER:
				return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
			case PrivflowPackage.LOCATION__REMOTE_ACCESS_ONLY:
				return remoteAccessOnly != REMOTE_ACCESS_ONLY_EDEFAULT;
			case PrivflowPackage.LOCATION__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case PrivflowPackage.LOCATION__PURPOSE_FI:
				return PURPOSE_FI_EDEFAULT == null ? purposeFi != null : !PURPOSE_FI_EDEFAULT.equals(purposeFi);
			case PrivflowPackage.LOCATION__ACCESSED_BY:
				return accessedBy != ACCESSED_BY_EDEFAULT;
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
		result.append(" (country: ");
		result.append(country);
		result.append(", region: ");
		result.append(region);
		result.append(", provider: ");
		result.append(provider);
		result.append(", remoteAccessOnly: ");
		result.append(remoteAccessOnly);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", purposeFi: ");
		result.append(purposeFi);
		result.append(", accessedBy: ");
		result.append(accessedBy);
		result.append(')');
		return result.toString();
	}

} //LocationImpl
