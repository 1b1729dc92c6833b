/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import org.eclipse.emf.ecore.EClass;

import privflow.model.FlowEndpoint;
import privflow.model.PrivflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flow Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class FlowEndpointImpl extends NamedImpl implements FlowEndpoint {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlowEndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.FLOW_ENDPOINT;
	}

} //FlowEndpointImpl
