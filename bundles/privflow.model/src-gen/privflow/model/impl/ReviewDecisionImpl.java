/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import privflow.model.PrivflowPackage;
import privflow.model.ReviewDecision;
import privflow.model.ReviewStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.ReviewDecisionImpl#getFindingKey <em>Finding Key</em>}</li>
 *   <li>{@link privflow.model.impl.ReviewDecisionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link privflow.model.impl.ReviewDecisionImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link privflow.model.impl.ReviewDecisionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link privflow.model.impl.ReviewDecisionImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link privflow.model.impl.ReviewDecisionImpl#getFingerprint <em>Fingerprint</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewDecisionImpl extends IdentifiedImpl implements ReviewDecision {
	/**
	 * The default value of the '{@link #getFindingKey() <em>Finding Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindingKey()
	 * @generated
	 * @ordered
	 */
	protected static final String FINDING_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFindingKey() <em>Finding Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindingKey()
	 * @generated
	 * @ordered
	 */
	protected String findingKey = FINDING_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewStatus STATUS_EDEFAULT = ReviewStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ReviewStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFingerprint() <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFingerprint()
	 * @generated
	 * @ordered
	 */
	protected static final String FINGERPRINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFingerprint() <em>Fingerprint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFingerprint()
	 * @generated
	 * @ordered
	 */
	protected String fingerprint = FINGERPRINT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewDecisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.REVIEW_DECISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFindingKey() {
		return findingKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFindingKey(String newFindingKey) {
		String oldFindingKey = findingKey;
		findingKey = newFindingKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.REVIEW_DECISION__FINDING_KEY, oldFindingKey, findingKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ReviewStatus newStatus) {
		ReviewStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.REVIEW_DECISION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.REVIEW_DECISION__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.REVIEW_DECISION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.REVIEW_DECISION__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFingerprint() {
		return fingerprint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFingerprint(String newFingerprint) {
		String oldFingerprint = fingerprint;
		fingerprint = newFingerprint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.REVIEW_DECISION__FINGERPRINT, oldFingerprint, fingerprint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.REVIEW_DECISION__FINDING_KEY:
				return getFindingKey();
			case PrivflowPackage.REVIEW_DECISION__STATUS:
				return getStatus();
			case PrivflowPackage.REVIEW_DECISION__REVIEWER:
				return getReviewer();
			case PrivflowPackage.REVIEW_DECISION__DATE:
				return getDate();
			case PrivflowPackage.REVIEW_DECISION__RATIONALE:
				return getRationale();
			case PrivflowPackage.REVIEW_DECISION__FINGERPRINT:
				return getFingerprint();
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
			case PrivflowPackage.REVIEW_DECISION__FINDING_KEY:
				setFindingKey((String)newValue);
				return;
			case PrivflowPackage.REVIEW_DECISION__STATUS:
				setStatus((ReviewStatus)newValue);
				return;
			case PrivflowPackage.REVIEW_DECISION__REVIEWER:
				setReviewer((String)newValue);
				return;
			case PrivflowPackage.REVIEW_DECISION__DATE:
				setDate((LocalDate)newValue);
				return;
			case PrivflowPackage.REVIEW_DECISION__RATIONALE:
				setRationale((String)newValue);
				return;
			case PrivflowPackage.REVIEW_DECISION__FINGERPRINT:
				setFingerprint((String)newValue);
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
			case PrivflowPackage.REVIEW_DECISION__FINDING_KEY:
				setFindingKey(FINDING_KEY_EDEFAULT);
				return;
			case PrivflowPackage.REVIEW_DECISION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PrivflowPackage.REVIEW_DECISION__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case PrivflowPackage.REVIEW_DECISION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PrivflowPackage.REVIEW_DECISION__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case PrivflowPackage.REVIEW_DECISION__FINGERPRINT:
				setFingerprint(FINGERPRINT_EDEFAULT);
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
			case PrivflowPackage.REVIEW_DECISION__FINDING_KEY:
				return FINDING_KEY_EDEFAULT == null ? findingKey != null : !FINDING_KEY_EDEFAULT.equals(findingKey);
			case PrivflowPackage.REVIEW_DECISION__STATUS:
				return status != STATUS_EDEFAULT;
			case PrivflowPackage.REVIEW_DECISION__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case PrivflowPackage.REVIEW_DECISION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PrivflowPackage.REVIEW_DECISION__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case PrivflowPackage.REVIEW_DECISION__FINGERPRINT:
				return FINGERPRINT_EDEFAULT == null ? fingerprint != null : !FINGERPRINT_EDEFAULT.equals(fingerprint);
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
		result.append(" (findingKey: ");
		result.append(findingKey);
		result.append(", status: ");
		result.append(status);
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", date: ");
		result.append(date);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", fingerprint: ");
		result.append(fingerprint);
		result.append(')');
		return result.toString();
	}

} //ReviewDecisionImpl
