/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import privflow.model.CountryEntry;
import privflow.model.PrivflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Country Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.CountryEntryImpl#getCode <em>Code</em>}</li>
 *   <li>{@link privflow.model.impl.CountryEntryImpl#getName <em>Name</em>}</li>
 *   <li>{@link privflow.model.impl.CountryEntryImpl#getNameFi <em>Name Fi</em>}</li>
 *   <li>{@link privflow.model.impl.CountryEntryImpl#getGenitiveFi <em>Genitive Fi</em>}</li>
 *   <li>{@link privflow.model.impl.CountryEntryImpl#getInessiveFi <em>Inessive Fi</em>}</li>
 *   <li>{@link privflow.model.impl.CountryEntryImpl#getIllativeFi <em>Illative Fi</em>}</li>
 *   <li>{@link privflow.model.impl.CountryEntryImpl#getElativeFi <em>Elative Fi</em>}</li>
 *   <li>{@link privflow.model.impl.CountryEntryImpl#getPartitiveFi <em>Partitive Fi</em>}</li>
 *   <li>{@link privflow.model.impl.CountryEntryImpl#isEea <em>Eea</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CountryEntryImpl extends EObjectImpl implements CountryEntry {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getNameFi() <em>Name Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameFi()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameFi() <em>Name Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameFi()
	 * @generated
	 * @ordered
	 */
	protected String nameFi = NAME_FI_EDEFAULT;

	/**
	 * The default value of the '{@link #getGenitiveFi() <em>Genitive Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenitiveFi()
	 * @generated
	 * @ordered
	 */
	protected static final String GENITIVE_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGenitiveFi() <em>Genitive Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenitiveFi()
	 * @generated
	 * @ordered
	 */
	protected String genitiveFi = GENITIVE_FI_EDEFAULT;

	/**
	 * The default value of the '{@link #getInessiveFi() <em>Inessive Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInessiveFi()
	 * @generated
	 * @ordered
	 */
	protected static final String INESSIVE_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInessiveFi() <em>Inessive Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInessiveFi()
	 * @generated
	 * @ordered
	 */
	protected String inessiveFi = INESSIVE_FI_EDEFAULT;

	/**
	 * The default value of the '{@link #getIllativeFi() <em>Illative Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIllativeFi()
	 * @generated
	 * @ordered
	 */
	protected static final String ILLATIVE_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIllativeFi() <em>Illative Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIllativeFi()
	 * @generated
	 * @ordered
	 */
	protected String illativeFi = ILLATIVE_FI_EDEFAULT;

	/**
	 * The default value of the '{@link #getElativeFi() <em>Elative Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElativeFi()
	 * @generated
	 * @ordered
	 */
	protected static final String ELATIVE_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElativeFi() <em>Elative Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElativeFi()
	 * @generated
	 * @ordered
	 */
	protected String elativeFi = ELATIVE_FI_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartitiveFi() <em>Partitive Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartitiveFi()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTITIVE_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartitiveFi() <em>Partitive Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartitiveFi()
	 * @generated
	 * @ordered
	 */
	protected String partitiveFi = PARTITIVE_FI_EDEFAULT;

	/**
	 * The default value of the '{@link #isEea() <em>Eea</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEea()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EEA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEea() <em>Eea</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEea()
	 * @generated
	 * @ordered
	 */
	protected boolean eea = EEA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CountryEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.COUNTRY_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.COUNTRY_ENTRY__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.COUNTRY_ENTRY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameFi() {
		return nameFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameFi(String newNameFi) {
		String oldNameFi = nameFi;
		nameFi = newNameFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.COUNTRY_ENTRY__NAME_FI, oldNameFi, nameFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGenitiveFi() {
		return genitiveFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGenitiveFi(String newGenitiveFi) {
		String oldGenitiveFi = genitiveFi;
		genitiveFi = newGenitiveFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.COUNTRY_ENTRY__GENITIVE_FI, oldGenitiveFi, genitiveFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInessiveFi() {
		return inessiveFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInessiveFi(String newInessiveFi) {
		String oldInessiveFi = inessiveFi;
		inessiveFi = newInessiveFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.COUNTRY_ENTRY__INESSIVE_FI, oldInessiveFi, inessiveFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIllativeFi() {
		return illativeFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIllativeFi(String newIllativeFi) {
		String oldIllativeFi = illativeFi;
		illativeFi = newIllativeFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.COUNTRY_ENTRY__ILLATIVE_FI, oldIllativeFi, illativeFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElativeFi() {
		return elativeFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElativeFi(String newElativeFi) {
		String oldElativeFi = elativeFi;
		elativeFi = newElativeFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.COUNTRY_ENTRY__ELATIVE_FI, oldElativeFi, elativeFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartitiveFi() {
		return partitiveFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartitiveFi(String newPartitiveFi) {
		String oldPartitiveFi = partitiveFi;
		partitiveFi = newPartitiveFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.COUNTRY_ENTRY__PARTITIVE_FI, oldPartitiveFi, partitiveFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEea() {
		return eea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEea(boolean newEea) {
		boolean oldEea = eea;
		eea = newEea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.COUNTRY_ENTRY__EEA, oldEea, eea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.COUNTRY_ENTRY__CODE:
				return getCode();
			case PrivflowPackage.COUNTRY_ENTRY__NAME:
				return getName();
			case PrivflowPackage.COUNTRY_ENTRY__NAME_FI:
				return getNameFi();
			case PrivflowPackage.COUNTRY_ENTRY__GENITIVE_FI:
				return getGenitiveFi();
			case PrivflowPackage.COUNTRY_ENTRY__INESSIVE_FI:
				return getInessiveFi();
			case PrivflowPackage.COUNTRY_ENTRY__ILLATIVE_FI:
				return getIllativeFi();
			case PrivflowPackage.COUNTRY_ENTRY__ELATIVE_FI:
				return getElativeFi();
			case PrivflowPackage.COUNTRY_ENTRY__PARTITIVE_FI:
				return getPartitiveFi();
			case PrivflowPackage.COUNTRY_ENTRY__EEA:
				return isEea();
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
			case PrivflowPackage.COUNTRY_ENTRY__CODE:
				setCode((String)newValue);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__NAME:
				setName((String)newValue);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__NAME_FI:
				setNameFi((String)newValue);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__GENITIVE_FI:
				setGenitiveFi((String)newValue);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__INESSIVE_FI:
				setInessiveFi((String)newValue);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__ILLATIVE_FI:
				setIllativeFi((String)newValue);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__ELATIVE_FI:
				setElativeFi((String)newValue);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__PARTITIVE_FI:
				setPartitiveFi((String)newValue);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__EEA:
				setEea((Boolean)newValue);
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
			case PrivflowPackage.COUNTRY_ENTRY__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__NAME_FI:
				setNameFi(NAME_FI_EDEFAULT);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__GENITIVE_FI:
				setGenitiveFi(GENITIVE_FI_EDEFAULT);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__INESSIVE_FI:
				setInessiveFi(INESSIVE_FI_EDEFAULT);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__ILLATIVE_FI:
				setIllativeFi(ILLATIVE_FI_EDEFAULT);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__ELATIVE_FI:
				setElativeFi(ELATIVE_FI_EDEFAULT);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__PARTITIVE_FI:
				setPartitiveFi(PARTITIVE_FI_EDEFAULT);
				return;
			case PrivflowPackage.COUNTRY_ENTRY__EEA:
				setEea(EEA_EDEFAULT);
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
			case PrivflowPackage.COUNTRY_ENTRY__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case PrivflowPackage.COUNTRY_ENTRY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PrivflowPackage.COUNTRY_ENTRY__NAME_FI:
				return NAME_FI_EDEFAULT == null ? nameFi != null : !NAME_FI_EDEFAULT.equals(nameFi);
			case PrivflowPackage.COUNTRY_ENTRY__GENITIVE_FI:
				return GENITIVE_FI_EDEFAULT == null ? genitiveFi != null : !GENITIVE_FI_EDEFAULT.equals(genitiveFi);
			case PrivflowPackage.COUNTRY_ENTRY__INESSIVE_FI:
				return INESSIVE_FI_EDEFAULT == null ? inessiveFi != null : !INESSIVE_FI_EDEFAULT.equals(inessiveFi);
			case PrivflowPackage.COUNTRY_ENTRY__ILLATIVE_FI:
				return ILLATIVE_FI_EDEFAULT == null ? illativeFi != null : !ILLATIVE_FI_EDEFAULT.equals(illativeFi);
			case PrivflowPackage.COUNTRY_ENTRY__ELATIVE_FI:
				return ELATIVE_FI_EDEFAULT == null ? elativeFi != null : !ELATIVE_FI_EDEFAULT.equals(elativeFi);
			case PrivflowPackage.COUNTRY_ENTRY__PARTITIVE_FI:
				return PARTITIVE_FI_EDEFAULT == null ? partitiveFi != null : !PARTITIVE_FI_EDEFAULT.equals(partitiveFi);
			case PrivflowPackage.COUNTRY_ENTRY__EEA:
				return eea != EEA_EDEFAULT;
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
		result.append(" (code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(", nameFi: ");
		result.append(nameFi);
		result.append(", genitiveFi: ");
		result.append(genitiveFi);
		result.append(", inessiveFi: ");
		result.append(inessiveFi);
		result.append(", illativeFi: ");
		result.append(illativeFi);
		result.append(", elativeFi: ");
		result.append(elativeFi);
		result.append(", partitiveFi: ");
		result.append(partitiveFi);
		result.append(", eea: ");
		result.append(eea);
		result.append(')');
		return result.toString();
	}

} //CountryEntryImpl
