/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import privflow.model.KnownOrganisation;
import privflow.model.PrivflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Known Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.KnownOrganisationImpl#getKey <em>Key</em>}</li>
 *   <li>{@link privflow.model.impl.KnownOrganisationImpl#getName <em>Name</em>}</li>
 *   <li>{@link privflow.model.impl.KnownOrganisationImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link privflow.model.impl.KnownOrganisationImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link privflow.model.impl.KnownOrganisationImpl#isDpfCertified <em>Dpf Certified</em>}</li>
 *   <li>{@link privflow.model.impl.KnownOrganisationImpl#isDpfCoversHr <em>Dpf Covers Hr</em>}</li>
 *   <li>{@link privflow.model.impl.KnownOrganisationImpl#getDpfCertifiedFrom <em>Dpf Certified From</em>}</li>
 *   <li>{@link privflow.model.impl.KnownOrganisationImpl#getDpfCertifiedUntil <em>Dpf Certified Until</em>}</li>
 *   <li>{@link privflow.model.impl.KnownOrganisationImpl#getSource <em>Source</em>}</li>
 *   <li>{@link privflow.model.impl.KnownOrganisationImpl#getSourceFi <em>Source Fi</em>}</li>
 *   <li>{@link privflow.model.impl.KnownOrganisationImpl#getChecked <em>Checked</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KnownOrganisationImpl extends EObjectImpl implements KnownOrganisation {
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
	 * The default value of the '{@link #getParent() <em>Parent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected static final String PARENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected String parent = PARENT_EDEFAULT;

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
	 * The default value of the '{@link #isDpfCoversHr() <em>Dpf Covers Hr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDpfCoversHr()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DPF_COVERS_HR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDpfCoversHr() <em>Dpf Covers Hr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDpfCoversHr()
	 * @generated
	 * @ordered
	 */
	protected boolean dpfCoversHr = DPF_COVERS_HR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDpfCertifiedFrom() <em>Dpf Certified From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpfCertifiedFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DPF_CERTIFIED_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDpfCertifiedFrom() <em>Dpf Certified From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpfCertifiedFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dpfCertifiedFrom = DPF_CERTIFIED_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDpfCertifiedUntil() <em>Dpf Certified Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpfCertifiedUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DPF_CERTIFIED_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDpfCertifiedUntil() <em>Dpf Certified Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpfCertifiedUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dpfCertifiedUntil = DPF_CERTIFIED_UNTIL_EDEFAULT;

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
	protected KnownOrganisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.KNOWN_ORGANISATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_ORGANISATION__KEY, oldKey, key));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_ORGANISATION__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_ORGANISATION__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(String newParent) {
		String oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_ORGANISATION__PARENT, oldParent, parent));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED, oldDpfCertified, dpfCertified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDpfCoversHr() {
		return dpfCoversHr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDpfCoversHr(boolean newDpfCoversHr) {
		boolean oldDpfCoversHr = dpfCoversHr;
		dpfCoversHr = newDpfCoversHr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_ORGANISATION__DPF_COVERS_HR, oldDpfCoversHr, dpfCoversHr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDpfCertifiedFrom() {
		return dpfCertifiedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDpfCertifiedFrom(LocalDate newDpfCertifiedFrom) {
		LocalDate oldDpfCertifiedFrom = dpfCertifiedFrom;
		dpfCertifiedFrom = newDpfCertifiedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED_FROM, oldDpfCertifiedFrom, dpfCertifiedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDpfCertifiedUntil() {
		return dpfCertifiedUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDpfCertifiedUntil(LocalDate newDpfCertifiedUntil) {
		LocalDate oldDpfCertifiedUntil = dpfCertifiedUntil;
		dpfCertifiedUntil = newDpfCertifiedUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED_UNTIL, oldDpfCertifiedUntil, dpfCertifiedUntil));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_ORGANISATION__SOURCE, oldSource, source));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_ORGANISATION__SOURCE_FI, oldSourceFi, sourceFi));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.KNOWN_ORGANISATION__CHECKED, oldChecked, checked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.KNOWN_ORGANISATION__KEY:
				return getKey();
			case PrivflowPackage.KNOWN_ORGANISATION__NAME:
				return getName();
			case PrivflowPackage.KNOWN_ORGANISATION__COUNTRY:
				return getCountry();
			case PrivflowPackage.KNOWN_ORGANISATION__PARENT:
				return getParent();
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED:
				return isDpfCertified();
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_COVERS_HR:
				return isDpfCoversHr();
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED_FROM:
				return getDpfCertifiedFrom();
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED_UNTIL:
				return getDpfCertifiedUntil();
			case PrivflowPackage.KNOWN_ORGANISATION__SOURCE:
				return getSource();
			case PrivflowPackage.KNOWN_ORGANISATION__SOURCE_FI:
				return getSourceFi();
			case PrivflowPackage.KNOWN_ORGANISATION__CHECKED:
				return getChecked();
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
			case PrivflowPackage.KNOWN_ORGANISATION__KEY:
				setKey((String)newValue);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__NAME:
				setName((String)newValue);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__COUNTRY:
				setCountry((String)newValue);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__PARENT:
				setParent((String)newValue);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED:
				setDpfCertified((Boolean)newValue);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_COVERS_HR:
				setDpfCoversHr((Boolean)newValue);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED_FROM:
				setDpfCertifiedFrom((LocalDate)newValue);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED_UNTIL:
				setDpfCertifiedUntil((LocalDate)newValue);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__SOURCE:
				setSource((String)newValue);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__SOURCE_FI:
				setSourceFi((String)newValue);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__CHECKED:
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
			case PrivflowPackage.KNOWN_ORGANISATION__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__PARENT:
				setParent(PARENT_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED:
				setDpfCertified(DPF_CERTIFIED_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_COVERS_HR:
				setDpfCoversHr(DPF_COVERS_HR_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED_FROM:
				setDpfCertifiedFrom(DPF_CERTIFIED_FROM_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED_UNTIL:
				setDpfCertifiedUntil(DPF_CERTIFIED_UNTIL_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__SOURCE_FI:
				setSourceFi(SOURCE_FI_EDEFAULT);
				return;
			case PrivflowPackage.KNOWN_ORGANISATION__CHECKED:
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
			case PrivflowPackage.KNOWN_ORGANISATION__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case PrivflowPackage.KNOWN_ORGANISATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PrivflowPackage.KNOWN_ORGANISATION__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case PrivflowPackage.KNOWN_ORGANISATION__PARENT:
				return PARENT_EDEFAULT == null ? parent != null : !PARENT_EDEFAULT.equals(parent);
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED:
				return dpfCertified != DPF_CERTIFIED_EDEFAULT;
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_COVERS_HR:
				return dpfCoversHr != DPF_COVERS_HR_EDEFAULT;
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED_FROM:
				return DPF_CERTIFIED_FROM_EDEFAULT == null ? dpfCertifiedFrom != null : !DPF_CERTIFIED_FROM_EDEFAULT.equals(dpfCertifiedFrom);
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED_UNTIL:
				return DPF_CERTIFIED_UNTIL_EDEFAULT == null ? dpfCertifiedUntil != null : !DPF_CERTIFIED_UNTIL_EDEFAULT.equals(dpfCertifiedUntil);
			case PrivflowPackage.KNOWN_ORGANISATION__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case PrivflowPackage.KNOWN_ORGANISATION__SOURCE_FI:
				return SOURCE_FI_EDEFAULT == null ? sourceFi != null : !SOURCE_FI_EDEFAULT.equals(sourceFi);
			case PrivflowPackage.KNOWN_ORGANISATION__CHECKED:
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
		result.append(", country: ");
		result.append(country);
		result.append(", parent: ");
		result.append(parent);
		result.append(", dpfCertified: ");
		result.append(dpfCertified);
		result.append(", dpfCoversHr: ");
		result.append(dpfCoversHr);
		result.append(", dpfCertifiedFrom: ");
		result.append(dpfCertifiedFrom);
		result.append(", dpfCertifiedUntil: ");
		result.append(dpfCertifiedUntil);
		result.append(", source: ");
		result.append(source);
		result.append(", sourceFi: ");
		result.append(sourceFi);
		result.append(", checked: ");
		result.append(checked);
		result.append(')');
		return result.toString();
	}

} //KnownOrganisationImpl
