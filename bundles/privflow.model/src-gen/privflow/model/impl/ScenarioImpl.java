/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import privflow.model.PrivflowPackage;
import privflow.model.Scenario;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.ScenarioImpl#getKey <em>Key</em>}</li>
 *   <li>{@link privflow.model.impl.ScenarioImpl#getName <em>Name</em>}</li>
 *   <li>{@link privflow.model.impl.ScenarioImpl#getNameFi <em>Name Fi</em>}</li>
 *   <li>{@link privflow.model.impl.ScenarioImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link privflow.model.impl.ScenarioImpl#getDescriptionFi <em>Description Fi</em>}</li>
 *   <li>{@link privflow.model.impl.ScenarioImpl#getWithdrawnDecisions <em>Withdrawn Decisions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends EObjectImpl implements Scenario {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionFi() <em>Description Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionFi()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionFi() <em>Description Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionFi()
	 * @generated
	 * @ordered
	 */
	protected String descriptionFi = DESCRIPTION_FI_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWithdrawnDecisions() <em>Withdrawn Decisions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWithdrawnDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> withdrawnDecisions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.SCENARIO;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SCENARIO__KEY, oldKey, key));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SCENARIO__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SCENARIO__NAME_FI, oldNameFi, nameFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SCENARIO__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionFi() {
		return descriptionFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionFi(String newDescriptionFi) {
		String oldDescriptionFi = descriptionFi;
		descriptionFi = newDescriptionFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.SCENARIO__DESCRIPTION_FI, oldDescriptionFi, descriptionFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getWithdrawnDecisions() {
		if (withdrawnDecisions == null) {
			withdrawnDecisions = new EDataTypeUniqueEList<String>(String.class, this, PrivflowPackage.SCENARIO__WITHDRAWN_DECISIONS);
		}
		return withdrawnDecisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.SCENARIO__KEY:
				return getKey();
			case PrivflowPackage.SCENARIO__NAME:
				return getName();
			case PrivflowPackage.SCENARIO__NAME_FI:
				return getNameFi();
			case PrivflowPackage.SCENARIO__DESCRIPTION:
				return getDescription();
			case PrivflowPackage.SCENARIO__DESCRIPTION_FI:
				return getDescriptionFi();
			case PrivflowPackage.SCENARIO__WITHDRAWN_DECISIONS:
				return getWithdrawnDecisions();
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
			case PrivflowPackage.SCENARIO__KEY:
				setKey((String)newValue);
				return;
			case PrivflowPackage.SCENARIO__NAME:
				setName((String)newValue);
				return;
			case PrivflowPackage.SCENARIO__NAME_FI:
				setNameFi((String)newValue);
				return;
			case PrivflowPackage.SCENARIO__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PrivflowPackage.SCENARIO__DESCRIPTION_FI:
				setDescriptionFi((String)newValue);
				return;
			case PrivflowPackage.SCENARIO__WITHDRAWN_DECISIONS:
				getWithdrawnDecisions().clear();
				getWithdrawnDecisions().addAll((Collection<? extends String>)newValue);
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
			case PrivflowPackage.SCENARIO__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case PrivflowPackage.SCENARIO__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PrivflowPackage.SCENARIO__NAME_FI:
				setNameFi(NAME_FI_EDEFAULT);
				return;
			case PrivflowPackage.SCENARIO__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PrivflowPackage.SCENARIO__DESCRIPTION_FI:
				setDescriptionFi(DESCRIPTION_FI_EDEFAULT);
				return;
			case PrivflowPackage.SCENARIO__WITHDRAWN_DECISIONS:
				getWithdrawnDecisions().clear();
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
			case PrivflowPackage.SCENARIO__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case PrivflowPackage.SCENARIO__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PrivflowPackage.SCENARIO__NAME_FI:
				return NAME_FI_EDEFAULT == null ? nameFi != null : !NAME_FI_EDEFAULT.equals(nameFi);
			case PrivflowPackage.SCENARIO__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PrivflowPackage.SCENARIO__DESCRIPTION_FI:
				return DESCRIPTION_FI_EDEFAULT == null ? descriptionFi != null : !DESCRIPTION_FI_EDEFAULT.equals(descriptionFi);
			case PrivflowPackage.SCENARIO__WITHDRAWN_DECISIONS:
				return withdrawnDecisions != null && !withdrawnDecisions.isEmpty();
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
		result.append(", nameFi: ");
		result.append(nameFi);
		result.append(", description: ");
		result.append(description);
		result.append(", descriptionFi: ");
		result.append(descriptionFi);
		result.append(", withdrawnDecisions: ");
		result.append(withdrawnDecisions);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
