/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import org.eclipse.emf.ecore.EClass;

import privflow.model.CodeOfConduct;
import privflow.model.PrivflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Code Of Conduct</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CodeOfConductImpl extends TransferSafeguardImpl implements CodeOfConduct {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodeOfConductImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.CODE_OF_CONDUCT;
	}

} //CodeOfConductImpl
