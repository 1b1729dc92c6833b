/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flow Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something personal data can flow from or to.
 * <!-- end-model-doc -->
 *
 *
 * @see privflow.model.PrivflowPackage#getFlowEndpoint()
 * @model abstract="true"
 * @generated
 */
public interface FlowEndpoint extends Named {
} // FlowEndpoint
