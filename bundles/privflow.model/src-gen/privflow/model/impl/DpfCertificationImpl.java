/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import org.eclipse.emf.ecore.EClass;

import privflow.model.DpfCertification;
import privflow.model.PrivflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dpf Certification</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DpfCertificationImpl extends TransferSafeguardImpl implements DpfCertification {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DpfCertificationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.DPF_CERTIFICATION;
	}

} //DpfCertificationImpl
