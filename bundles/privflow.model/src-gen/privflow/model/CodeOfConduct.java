/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Code Of Conduct</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Approved code of conduct or certification with binding commitments (Art. 46(2)(e)-(f)).
 * <!-- end-model-doc -->
 *
 *
 * @see privflow.model.PrivflowPackage#getCodeOfConduct()
 * @model
 * @generated
 */
public interface CodeOfConduct extends TransferSafeguard {
} // CodeOfConduct
