/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import privflow.model.PrivflowPackage;
import privflow.model.TransferSafeguard;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Transfer Safeguard</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.TransferSafeguardImpl#getReference <em>Reference</em>}</li>
 *   <li>{@link privflow.model.impl.TransferSafeguardImpl#getTiaReference <em>Tia Reference</em>}</li>
 *   <li>{@link privflow.model.impl.TransferSafeguardImpl#getTiaDate <em>Tia Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class TransferSafeguardImpl extends IdentifiedImpl implements TransferSafeguard {
	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTiaReference() <em>Tia Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiaReference()
	 * @generated
	 * @ordered
	 */
	protected static final String TIA_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTiaReference() <em>Tia Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiaReference()
	 * @generated
	 * @ordered
	 */
	protected String tiaReference = TIA_REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTiaDate() <em>Tia Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiaDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate TIA_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTiaDate() <em>Tia Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiaDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate tiaDate = TIA_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TransferSafeguardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.TRANSFER_SAFEGUARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.TRANSFER_SAFEGUARD__REFERENCE, oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTiaReference() {
		return tiaReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTiaReference(String newTiaReference) {
		String oldTiaReference = tiaReference;
		tiaReference = newTiaReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.TRANSFER_SAFEGUARD__TIA_REFERENCE, oldTiaReference, tiaReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getTiaDate() {
		return tiaDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTiaDate(LocalDate newTiaDate) {
		LocalDate oldTiaDate = tiaDate;
		tiaDate = newTiaDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.TRANSFER_SAFEGUARD__TIA_DATE, oldTiaDate, tiaDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.TRANSFER_SAFEGUARD__REFERENCE:
				return getReference();
			case PrivflowPackage.TRANSFER_SAFEGUARD__TIA_REFERENCE:
				return getTiaReference();
			case PrivflowPackage.TRANSFER_SAFEGUARD__TIA_DATE:
				return getTiaDate();
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
			case PrivflowPackage.TRANSFER_SAFEGUARD__REFERENCE:
				setReference((String)newValue);
				return;
			case PrivflowPackage.TRANSFER_SAFEGUARD__TIA_REFERENCE:
				setTiaReference((String)newValue);
				return;
			case PrivflowPackage.TRANSFER_SAFEGUARD__TIA_DATE:
				setTiaDate((LocalDate)newValue);
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
			case PrivflowPackage.TRANSFER_SAFEGUARD__REFERENCE:
				setReference(REFERENCE_EDEFAULT);
				return;
			case PrivflowPackage.TRANSFER_SAFEGUARD__TIA_REFERENCE:
				setTiaReference(TIA_REFERENCE_EDEFAULT);
				return;
			case PrivflowPackage.TRANSFER_SAFEGUARD__TIA_DATE:
				setTiaDate(TIA_DATE_EDEFAULT);
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
			case PrivflowPackage.TRANSFER_SAFEGUARD__REFERENCE:
				return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
			case PrivflowPackage.TRANSFER_SAFEGUARD__TIA_REFERENCE:
				return TIA_REFERENCE_EDEFAULT == null ? tiaReference != null : !TIA_REFERENCE_EDEFAULT.equals(tiaReference);
			case PrivflowPackage.TRANSFER_SAFEGUARD__TIA_DATE:
				return TIA_DATE_EDEFAULT == null ? tiaDate != null : !TIA_DATE_EDEFAULT.equals(tiaDate);
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
		result.append(" (reference: ");
		result.append(reference);
		result.append(", tiaReference: ");
		result.append(tiaReference);
		result.append(", tiaDate: ");
		result.append(tiaDate);
		result.append(')');
		return result.toString();
	}

} //TransferSafeguardImpl
