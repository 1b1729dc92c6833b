/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dpf Certification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Reliance on the recipient's EU-US Data Privacy Framework certification.
 * <!-- end-model-doc -->
 *
 *
 * @see privflow.model.PrivflowPackage#getDpfCertification()
 * @model
 * @generated
 */
public interface DpfCertification extends TransferSafeguard {
} // DpfCertification
