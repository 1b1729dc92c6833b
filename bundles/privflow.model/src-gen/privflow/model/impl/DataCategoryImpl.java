/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import privflow.model.DataCategory;
import privflow.model.DataKind;
import privflow.model.PrivflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Category</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.DataCategoryImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link privflow.model.impl.DataCategoryImpl#isSpecialCategory <em>Special Category</em>}</li>
 *   <li>{@link privflow.model.impl.DataCategoryImpl#isCriminal <em>Criminal</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataCategoryImpl extends NamedImpl implements DataCategory {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DataKind KIND_EDEFAULT = DataKind.OTHER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DataKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isSpecialCategory() <em>Special Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpecialCategory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPECIAL_CATEGORY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSpecialCategory() <em>Special Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpecialCategory()
	 * @generated
	 * @ordered
	 */
	protected boolean specialCategory = SPECIAL_CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #isCriminal() <em>Criminal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCriminal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CRIMINAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCriminal() <em>Criminal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCriminal()
	 * @generated
	 * @ordered
	 */
	protected boolean criminal = CRIMINAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataCategoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.DATA_CATEGORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DataKind newKind) {
		DataKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_CATEGORY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpecialCategory() {
		return specialCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecialCategory(boolean newSpecialCategory) {
		boolean oldSpecialCategory = specialCategory;
		specialCategory = newSpecialCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_CATEGORY__SPECIAL_CATEGORY, oldSpecialCategory, specialCategory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCriminal() {
		return criminal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriminal(boolean newCriminal) {
		boolean oldCriminal = criminal;
		criminal = newCriminal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_CATEGORY__CRIMINAL, oldCriminal, criminal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.DATA_CATEGORY__KIND:
				return getKind();
			case PrivflowPackage.DATA_CATEGORY__SPECIAL_CATEGORY:
				return isSpecialCategory();
			case PrivflowPackage.DATA_CATEGORY__CRIMINAL:
				return isCriminal();
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
			case PrivflowPackage.DATA_CATEGORY__KIND:
				setKind((DataKind)newValue);
				return;
			case PrivflowPackage.DATA_CATEGORY__SPECIAL_CATEGORY:
				setSpecialCategory((Boolean)newValue);
				return;
			case PrivflowPackage.DATA_CATEGORY__CRIMINAL:
				setCriminal((Boolean)newValue);
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
			case PrivflowPackage.DATA_CATEGORY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PrivflowPackage.DATA_CATEGORY__SPECIAL_CATEGORY:
				setSpecialCategory(SPECIAL_CATEGORY_EDEFAULT);
				return;
			case PrivflowPackage.DATA_CATEGORY__CRIMINAL:
				setCriminal(CRIMINAL_EDEFAULT);
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
			case PrivflowPackage.DATA_CATEGORY__KIND:
				return kind != KIND_EDEFAULT;
			case PrivflowPackage.DATA_CATEGORY__SPECIAL_CATEGORY:
				return specialCategory != SPECIAL_CATEGORY_EDEFAULT;
			case PrivflowPackage.DATA_CATEGORY__CRIMINAL:
				return criminal != CRIMINAL_EDEFAULT;
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
		result.append(", specialCategory: ");
		result.append(specialCategory);
		result.append(", criminal: ");
		result.append(criminal);
		result.append(')');
		return result.toString();
	}

} //DataCategoryImpl
