/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import privflow.model.PrivflowPackage;
import privflow.model.SccModule;
import privflow.model.StandardContractualClauses;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Standard Contractual Clauses</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.StandardContractualClausesImpl#getModule <em>Module</em>}</li>
 *   <li>{@link privflow.model.impl.StandardContractualClausesImpl#getSignedOn <em>Signed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StandardContractualClausesImpl extends TransferSafeguardImpl implements StandardContractualClauses {
	/**
	 * The default value of the '{@link #getModule() <em>Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModule()
	 * @generated
	 * @ordered
	 */
	protected static final SccModule MODULE_EDEFAULT = SccModule.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getModule() <em>Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModule()
	 * @generated
	 * @ordered
	 */
	protected SccModule module = MODULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signedOn = SIGNED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StandardContractualClausesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.STANDARD_CONTRACTUAL_CLAUSES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SccModule getModule() {
		return module;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModule(SccModule newModule) {
		SccModule oldModule = module;
		module = newModule == null ? MODULE_EDEFAULT : newModule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.STANDARD_CONTRACTUAL_CLAUSES__MODULE, oldModule, module));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignedOn() {
		return signedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedOn(LocalDate newSignedOn) {
		LocalDate oldSignedOn = signedOn;
		signedOn = newSignedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.STANDARD_CONTRACTUAL_CLAUSES__SIGNED_ON, oldSignedOn, signedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.STANDARD_CONTRACTUAL_CLAUSES__MODULE:
				return getModule();
			case PrivflowPackage.STANDARD_CONTRACTUAL_CLAUSES__SIGNED_ON:
				return getSignedOn();
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
			case PrivflowPackage.STANDARD_CONTRACTUAL_CLAUSES__MODULE:
				setModule((SccModule)newValue);
				return;
			case PrivflowPackage.STANDARD_CONTRACTUAL_CLAUSES__SIGNED_ON:
				setSignedOn((LocalDate)newValue);
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
			case PrivflowPackage.STANDARD_CONTRACTUAL_CLAUSES__MODULE:
				setModule(MODULE_EDEFAULT);
				return;
			case PrivflowPackage.STANDARD_CONTRACTUAL_CLAUSES__SIGNED_ON:
				setSignedOn(SIGNED_ON_EDEFAULT);
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
			case PrivflowPackage.STANDARD_CONTRACTUAL_CLAUSES__MODULE:
				return module != MODULE_EDEFAULT;
			case PrivflowPackage.STANDARD_CONTRACTUAL_CLAUSES__SIGNED_ON:
				return SIGNED_ON_EDEFAULT == null ? signedOn != null : !SIGNED_ON_EDEFAULT.equals(signedOn);
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
		result.append(" (module: ");
		result.append(module);
		result.append(", signedOn: ");
		result.append(signedOn);
		result.append(')');
		return result.toString();
	}

} //StandardContractualClausesImpl
