/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reviewer's decision on one finding.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.ReviewDecision#getFindingKey <em>Finding Key</em>}</li>
 *   <li>{@link privflow.model.ReviewDecision#getStatus <em>Status</em>}</li>
 *   <li>{@link privflow.model.ReviewDecision#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link privflow.model.ReviewDecision#getDate <em>Date</em>}</li>
 *   <li>{@link privflow.model.ReviewDecision#getRationale <em>Rationale</em>}</li>
 *   <li>{@link privflow.model.ReviewDecision#getFingerprint <em>Fingerprint</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getReviewDecision()
 * @model
 * @generated
 */
public interface ReviewDecision extends Identified {
	/**
	 * Returns the value of the '<em><b>Finding Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable key of the finding decided on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finding Key</em>' attribute.
	 * @see #setFindingKey(String)
	 * @see privflow.model.PrivflowPackage#getReviewDecision_FindingKey()
	 * @model
	 * @generated
	 */
	String getFindingKey();

	/**
	 * Sets the value of the '{@link privflow.model.ReviewDecision#getFindingKey <em>Finding Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finding Key</em>' attribute.
	 * @see #getFindingKey()
	 * @generated
	 */
	void setFindingKey(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.ReviewStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see privflow.model.ReviewStatus
	 * @see #setStatus(ReviewStatus)
	 * @see privflow.model.PrivflowPackage#getReviewDecision_Status()
	 * @model
	 * @generated
	 */
	ReviewStatus getStatus();

	/**
	 * Sets the value of the '{@link privflow.model.ReviewDecision#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see privflow.model.ReviewStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReviewStatus value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see privflow.model.PrivflowPackage#getReviewDecision_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link privflow.model.ReviewDecision#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see privflow.model.PrivflowPackage#getReviewDecision_Date()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link privflow.model.ReviewDecision#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see privflow.model.PrivflowPackage#getReviewDecision_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link privflow.model.ReviewDecision#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fingerprint of the facts the finding rested on; a changed fingerprint makes the decision stale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fingerprint</em>' attribute.
	 * @see #setFingerprint(String)
	 * @see privflow.model.PrivflowPackage#getReviewDecision_Fingerprint()
	 * @model
	 * @generated
	 */
	String getFingerprint();

	/**
	 * Sets the value of the '{@link privflow.model.ReviewDecision#getFingerprint <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fingerprint</em>' attribute.
	 * @see #getFingerprint()
	 * @generated
	 */
	void setFingerprint(String value);

} // ReviewDecision
