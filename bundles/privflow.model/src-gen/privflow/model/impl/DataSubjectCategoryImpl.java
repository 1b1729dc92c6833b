/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import privflow.model.DataSubjectCategory;
import privflow.model.PrivflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Subject Category</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.DataSubjectCategoryImpl#isChildren <em>Children</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataSubjectCategoryImpl extends FlowEndpointImpl implements DataSubjectCategory {
	/**
	 * The default value of the '{@link #isChildren() <em>Children</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isChildren()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CHILDREN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isChildren() <em>Children</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isChildren()
	 * @generated
	 * @ordered
	 */
	protected boolean children = CHILDREN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataSubjectCategoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.DATA_SUBJECT_CATEGORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isChildren() {
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChildren(boolean newChildren) {
		boolean oldChildren = children;
		children = newChildren;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_SUBJECT_CATEGORY__CHILDREN, oldChildren, children));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.DATA_SUBJECT_CATEGORY__CHILDREN:
				return isChildren();
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
			case PrivflowPackage.DATA_SUBJECT_CATEGORY__CHILDREN:
				setChildren((Boolean)newValue);
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
			case PrivflowPackage.DATA_SUBJECT_CATEGORY__CHILDREN:
				setChildren(CHILDREN_EDEFAULT);
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
			case PrivflowPackage.DATA_SUBJECT_CATEGORY__CHILDREN:
				return children != CHILDREN_EDEFAULT;
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
		result.append(" (children: ");
		result.append(children);
		result.append(')');
		return result.toString();
	}

} //DataSubjectCategoryImpl
