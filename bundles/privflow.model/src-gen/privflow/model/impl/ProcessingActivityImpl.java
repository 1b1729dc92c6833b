/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import privflow.model.ActivityRole;
import privflow.model.Article9Condition;
import privflow.model.DataCategory;
import privflow.model.DataSubjectCategory;
import privflow.model.LegalBasis;
import privflow.model.PrivflowPackage;
import privflow.model.ProcessingActivity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Processing Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.ProcessingActivityImpl#getPurposes <em>Purposes</em>}</li>
 *   <li>{@link privflow.model.impl.ProcessingActivityImpl#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link privflow.model.impl.ProcessingActivityImpl#getArticle9Condition <em>Article9 Condition</em>}</li>
 *   <li>{@link privflow.model.impl.ProcessingActivityImpl#getDataSubjects <em>Data Subjects</em>}</li>
 *   <li>{@link privflow.model.impl.ProcessingActivityImpl#getDataCategories <em>Data Categories</em>}</li>
 *   <li>{@link privflow.model.impl.ProcessingActivityImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link privflow.model.impl.ProcessingActivityImpl#getRecipientCategories <em>Recipient Categories</em>}</li>
 *   <li>{@link privflow.model.impl.ProcessingActivityImpl#getRetention <em>Retention</em>}</li>
 *   <li>{@link privflow.model.impl.ProcessingActivityImpl#getSecurityMeasures <em>Security Measures</em>}</li>
 *   <li>{@link privflow.model.impl.ProcessingActivityImpl#isDataSubjectsInformed <em>Data Subjects Informed</em>}</li>
 *   <li>{@link privflow.model.impl.ProcessingActivityImpl#getPrivacyNoticeReference <em>Privacy Notice Reference</em>}</li>
 *   <li>{@link privflow.model.impl.ProcessingActivityImpl#getDpiaReference <em>Dpia Reference</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessingActivityImpl extends NamedImpl implements ProcessingActivity {
	/**
	 * The cached value of the '{@link #getPurposes() <em>Purposes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurposes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> purposes;

	/**
	 * The default value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected static final LegalBasis LEGAL_BASIS_EDEFAULT = LegalBasis.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected LegalBasis legalBasis = LEGAL_BASIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getArticle9Condition() <em>Article9 Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticle9Condition()
	 * @generated
	 * @ordered
	 */
	protected static final Article9Condition ARTICLE9_CONDITION_EDEFAULT = Article9Condition.NONE;

	/**
	 * The cached value of the '{@link #getArticle9Condition() <em>Article9 Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticle9Condition()
	 * @generated
	 * @ordered
	 */
	protected Article9Condition article9Condition = ARTICLE9_CONDITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataSubjects() <em>Data Subjects</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSubjects()
	 * @generated
	 * @ordered
	 */
	protected EList<DataSubjectCategory> dataSubjects;

	/**
	 * The cached value of the '{@link #getDataCategories() <em>Data Categories</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<DataCategory> dataCategories;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<ActivityRole> roles;

	/**
	 * The cached value of the '{@link #getRecipientCategories() <em>Recipient Categories</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipientCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<String> recipientCategories;

	/**
	 * The default value of the '{@link #getRetention() <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetention()
	 * @generated
	 * @ordered
	 */
	protected static final String RETENTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetention() <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetention()
	 * @generated
	 * @ordered
	 */
	protected String retention = RETENTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSecurityMeasures() <em>Security Measures</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> securityMeasures;

	/**
	 * The default value of the '{@link #isDataSubjectsInformed() <em>Data Subjects Informed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDataSubjectsInformed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DATA_SUBJECTS_INFORMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDataSubjectsInformed() <em>Data Subjects Informed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDataSubjectsInformed()
	 * @generated
	 * @ordered
	 */
	protected boolean dataSubjectsInformed = DATA_SUBJECTS_INFORMED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrivacyNoticeReference() <em>Privacy Notice Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivacyNoticeReference()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIVACY_NOTICE_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrivacyNoticeReference() <em>Privacy Notice Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrivacyNoticeReference()
	 * @generated
	 * @ordered
	 */
	protected String privacyNoticeReference = PRIVACY_NOTICE_REFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDpiaReference() <em>Dpia Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpiaReference()
	 * @generated
	 * @ordered
	 */
	protected static final String DPIA_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDpiaReference() <em>Dpia Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpiaReference()
	 * @generated
	 * @ordered
	 */
	protected String dpiaReference = DPIA_REFERENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessingActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.PROCESSING_ACTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPurposes() {
		if (purposes == null) {
			purposes = new EDataTypeUniqueEList<String>(String.class, this, PrivflowPackage.PROCESSING_ACTIVITY__PURPOSES);
		}
		return purposes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalBasis getLegalBasis() {
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalBasis(LegalBasis newLegalBasis) {
		LegalBasis oldLegalBasis = legalBasis;
		legalBasis = newLegalBasis == null ? LEGAL_BASIS_EDEFAULT : newLegalBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.PROCESSING_ACTIVITY__LEGAL_BASIS, oldLegalBasis, legalBasis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Article9Condition getArticle9Condition() {
		return article9Condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArticle9Condition(Article9Condition newArticle9Condition) {
		Article9Condition oldArticle9Condition = article9Condition;
		article9Condition = newArticle9Condition == null ? ARTICLE9_CONDITION_EDEFAULT : newArticle9Condition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.PROCESSING_ACTIVITY__ARTICLE9_CONDITION, oldArticle9Condition, article9Condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataSubjectCategory> getDataSubjects() {
		if (dataSubjects == null) {
			dataSubjects = new EObjectResolvingEList<DataSubjectCategory>(DataSubjectCategory.class, this, PrivflowPackage.PROCESSING_ACTIVITY__DATA_SUBJECTS);
		}
		return dataSubjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataCategory> getDataCategories() {
		if (dataCategories == null) {
			dataCategories = new EObjectResolvingEList<DataCategory>(DataCategory.class, this, PrivflowPackage.PROCESSING_ACTIVITY__DATA_CATEGORIES);
		}
		return dataCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActivityRole> getRoles() {
		if (roles == null) {
			roles = new EObjectContainmentEList<ActivityRole>(ActivityRole.class, this, PrivflowPackage.PROCESSING_ACTIVITY__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRecipientCategories() {
		if (recipientCategories == null) {
			recipientCategories = new EDataTypeUniqueEList<String>(String.class, this, PrivflowPackage.PROCESSING_ACTIVITY__RECIPIENT_CATEGORIES);
		}
		return recipientCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRetention() {
		return retention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetention(String newRetention) {
		String oldRetention = retention;
		retention = newRetention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.PROCESSING_ACTIVITY__RETENTION, oldRetention, retention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSecurityMeasures() {
		if (securityMeasures == null) {
			securityMeasures = new EDataTypeUniqueEList<String>(String.class, this, PrivflowPackage.PROCESSING_ACTIVITY__SECURITY_MEASURES);
		}
		return securityMeasures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDataSubjectsInformed() {
		return dataSubjectsInformed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSubjectsInformed(boolean newDataSubjectsInformed) {
		boolean oldDataSubjectsInformed = dataSubjectsInformed;
		dataSubjectsInformed = newDataSubjectsInformed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.PROCESSING_ACTIVITY__DATA_SUBJECTS_INFORMED, oldDataSubjectsInformed, dataSubjectsInformed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrivacyNoticeReference() {
		return privacyNoticeReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrivacyNoticeReference(String newPrivacyNoticeReference) {
		String oldPrivacyNoticeReference = privacyNoticeReference;
		privacyNoticeReference = newPrivacyNoticeReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.PROCESSING_ACTIVITY__PRIVACY_NOTICE_REFERENCE, oldPrivacyNoticeReference, privacyNoticeReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDpiaReference() {
		return dpiaReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDpiaReference(String newDpiaReference) {
		String oldDpiaReference = dpiaReference;
		dpiaReference = newDpiaReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.PROCESSING_ACTIVITY__DPIA_REFERENCE, oldDpiaReference, dpiaReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PrivflowPackage.PROCESSING_ACTIVITY__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.PROCESSING_ACTIVITY__PURPOSES:
				return getPurposes();
			case PrivflowPackage.PROCESSING_ACTIVITY__LEGAL_BASIS:
				return getLegalBasis();
			case PrivflowPackage.PROCESSING_ACTIVITY__ARTICLE9_CONDITION:
				return getArticle9Condition();
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_SUBJECTS:
				return getDataSubjects();
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_CATEGORIES:
				return getDataCategories();
			case PrivflowPackage.PROCESSING_ACTIVITY__ROLES:
				return getRoles();
			case PrivflowPackage.PROCESSING_ACTIVITY__RECIPIENT_CATEGORIES:
				return getRecipientCategories();
			case PrivflowPackage.PROCESSING_ACTIVITY__RETENTION:
				return getRetention();
			case PrivflowPackage.PROCESSING_ACTIVITY__SECURITY_MEASURES:
				return getSecurityMeasures();
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_SUBJECTS_INFORMED:
				return isDataSubjectsInformed();
			case PrivflowPackage.PROCESSING_ACTIVITY__PRIVACY_NOTICE_REFERENCE:
				return getPrivacyNoticeReference();
			case PrivflowPackage.PROCESSING_ACTIVITY__DPIA_REFERENCE:
				return getDpiaReference();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PrivflowPackage.PROCESSING_ACTIVITY__PURPOSES:
				getPurposes().clear();
				getPurposes().addAll((Collection<? extends String>)newValue);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__LEGAL_BASIS:
				setLegalBasis((LegalBasis)newValue);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__ARTICLE9_CONDITION:
				setArticle9Condition((Article9Condition)newValue);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_SUBJECTS:
				getDataSubjects().clear();
				getDataSubjects().addAll((Collection<? extends DataSubjectCategory>)newValue);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_CATEGORIES:
				getDataCategories().clear();
				getDataCategories().addAll((Collection<? extends DataCategory>)newValue);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends ActivityRole>)newValue);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__RECIPIENT_CATEGORIES:
				getRecipientCategories().clear();
				getRecipientCategories().addAll((Collection<? extends String>)newValue);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__RETENTION:
				setRetention((String)newValue);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__SECURITY_MEASURES:
				getSecurityMeasures().clear();
				getSecurityMeasures().addAll((Collection<? extends String>)newValue);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_SUBJECTS_INFORMED:
				setDataSubjectsInformed((Boolean)newValue);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__PRIVACY_NOTICE_REFERENCE:
				setPrivacyNoticeReference((String)newValue);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__DPIA_REFERENCE:
				setDpiaReference((String)newValue);
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
			case PrivflowPackage.PROCESSING_ACTIVITY__PURPOSES:
				getPurposes().clear();
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__LEGAL_BASIS:
				setLegalBasis(LEGAL_BASIS_EDEFAULT);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__ARTICLE9_CONDITION:
				setArticle9Condition(ARTICLE9_CONDITION_EDEFAULT);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_SUBJECTS:
				getDataSubjects().clear();
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_CATEGORIES:
				getDataCategories().clear();
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__ROLES:
				getRoles().clear();
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__RECIPIENT_CATEGORIES:
				getRecipientCategories().clear();
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__RETENTION:
				setRetention(RETENTION_EDEFAULT);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__SECURITY_MEASURES:
				getSecurityMeasures().clear();
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_SUBJECTS_INFORMED:
				setDataSubjectsInformed(DATA_SUBJECTS_INFORMED_EDEFAULT);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__PRIVACY_NOTICE_REFERENCE:
				setPrivacyNoticeReference(PRIVACY_NOTICE_REFERENCE_EDEFAULT);
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__DPIA_REFERENCE:
				setDpiaReference(DPIA_REFERENCE_EDEFAULT);
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
			case PrivflowPackage.PROCESSING_ACTIVITY__PURPOSES:
				return purposes != null && !purposes.isEmpty();
			case PrivflowPackage.PROCESSING_ACTIVITY__LEGAL_BASIS:
				return legalBasis != LEGAL_BASIS_EDEFAULT;
			case PrivflowPackage.PROCESSING_ACTIVITY__ARTICLE9_CONDITION:
				return article9Condition != ARTICLE9_CONDITION_EDEFAULT;
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_SUBJECTS:
				return dataSubjects != null && !dataSubjects.isEmpty();
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_CATEGORIES:
				return dataCategories != null && !dataCategories.isEmpty();
			case PrivflowPackage.PROCESSING_ACTIVITY__ROLES:
				return roles != null && !roles.isEmpty();
			case PrivflowPackage.PROCESSING_ACTIVITY__RECIPIENT_CATEGORIES:
				return recipientCategories != null && !recipientCategories.isEmpty();
			case PrivflowPackage.PROCESSING_ACTIVITY__RETENTION:
				return RETENTION_EDEFAULT == null ? retention != null : !RETENTION_EDEFAULT.equals(retention);
			case PrivflowPackage.PROCESSING_ACTIVITY__SECURITY_MEASURES:
				return securityMeasures != null && !securityMeasures.isEmpty();
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_SUBJECTS_INFORMED:
				return dataSubjectsInformed != DATA_SUBJECTS_INFORMED_EDEFAULT;
			case PrivflowPackage.PROCESSING_ACTIVITY__PRIVACY_NOTICE_REFERENCE:
				return PRIVACY_NOTICE_REFERENCE_EDEFAULT == null ? privacyNoticeReference != null : !PRIVACY_NOTICE_REFERENCE_EDEFAULT.equals(privacyNoticeReference);
			case PrivflowPackage.PROCESSING_ACTIVITY__DPIA_REFERENCE:
				return DPIA_REFERENCE_EDEFAULT == null ? dpiaReference != null : !DPIA_REFERENCE_EDEFAULT.equals(dpiaReference);
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
		result.append(" (purposes: ");
		result.append(purposes);
		result.append(", legalBasis: ");
		result.append(legalBasis);
		result.append(", article9Condition: ");
		result.append(article9Condition);
		result.append(", recipientCategories: ");
		result.append(recipientCategories);
		result.append(", retention: ");
		result.append(retention);
		result.append(", securityMeasures: ");
		result.append(securityMeasures);
		result.append(", dataSubjectsInformed: ");
		result.append(dataSubjectsInformed);
		result.append(", privacyNoticeReference: ");
		result.append(privacyNoticeReference);
		result.append(", dpiaReference: ");
		result.append(dpiaReference);
		result.append(')');
		return result.toString();
	}

} //ProcessingActivityImpl
