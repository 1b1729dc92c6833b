/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import privflow.model.AdequacyDecision;
import privflow.model.AdequacyScope;
import privflow.model.PrivflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Adequacy Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.AdequacyDecisionImpl#getKey <em>Key</em>}</li>
 *   <li>{@link privflow.model.impl.AdequacyDecisionImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link privflow.model.impl.AdequacyDecisionImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link privflow.model.impl.AdequacyDecisionImpl#getScopeNote <em>Scope Note</em>}</li>
 *   <li>{@link privflow.model.impl.AdequacyDecisionImpl#getScopeNoteFi <em>Scope Note Fi</em>}</li>
 *   <li>{@link privflow.model.impl.AdequacyDecisionImpl#getDecisionId <em>Decision Id</em>}</li>
 *   <li>{@link privflow.model.impl.AdequacyDecisionImpl#getAdopted <em>Adopted</em>}</li>
 *   <li>{@link privflow.model.impl.AdequacyDecisionImpl#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link privflow.model.impl.AdequacyDecisionImpl#getReviewDue <em>Review Due</em>}</li>
 *   <li>{@link privflow.model.impl.AdequacyDecisionImpl#getSource <em>Source</em>}</li>
 *   <li>{@link privflow.model.impl.AdequacyDecisionImpl#getSourceFi <em>Source Fi</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdequacyDecisionImpl extends EObjectImpl implements AdequacyDecision {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final AdequacyScope SCOPE_EDEFAULT = AdequacyScope.WHOLE;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected AdequacyScope scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScopeNote() <em>Scope Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeNote()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScopeNote() <em>Scope Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeNote()
	 * @generated
	 * @ordered
	 */
	protected String scopeNote = SCOPE_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScopeNoteFi() <em>Scope Note Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeNoteFi()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_NOTE_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScopeNoteFi() <em>Scope Note Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeNoteFi()
	 * @generated
	 * @ordered
	 */
	protected String scopeNoteFi = SCOPE_NOTE_FI_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionId() <em>Decision Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionId()
	 * @generated
	 * @ordered
	 */
	protected static final String DECISION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionId() <em>Decision Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionId()
	 * @generated
	 * @ordered
	 */
	protected String decisionId = DECISION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdopted() <em>Adopted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdopted()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ADOPTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdopted() <em>Adopted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdopted()
	 * @generated
	 * @ordered
	 */
	protected LocalDate adopted = ADOPTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidUntil() <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidUntil() <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validUntil = VALID_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewDue() <em>Review Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDue()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REVIEW_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewDue() <em>Review Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewDue()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reviewDue = REVIEW_DUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceFi() <em>Source Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFi()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFi() <em>Source Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFi()
	 * @generated
	 * @ordered
	 */
	protected String sourceFi = SOURCE_FI_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdequacyDecisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.ADEQUACY_DECISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ADEQUACY_DECISION__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ADEQUACY_DECISION__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdequacyScope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(AdequacyScope newScope) {
		AdequacyScope oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ADEQUACY_DECISION__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScopeNote() {
		return scopeNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScopeNote(String newScopeNote) {
		String oldScopeNote = scopeNote;
		scopeNote = newScopeNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ADEQUACY_DECISION__SCOPE_NOTE, oldScopeNote, scopeNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScopeNoteFi() {
		return scopeNoteFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScopeNoteFi(String newScopeNoteFi) {
		String oldScopeNoteFi = scopeNoteFi;
		scopeNoteFi = newScopeNoteFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ADEQUACY_DECISION__SCOPE_NOTE_FI, oldScopeNoteFi, scopeNoteFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecisionId() {
		return decisionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionId(String newDecisionId) {
		String oldDecisionId = decisionId;
		decisionId = newDecisionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ADEQUACY_DECISION__DECISION_ID, oldDecisionId, decisionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAdopted() {
		return adopted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdopted(LocalDate newAdopted) {
		LocalDate oldAdopted = adopted;
		adopted = newAdopted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ADEQUACY_DECISION__ADOPTED, oldAdopted, adopted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidUntil() {
		return validUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidUntil(LocalDate newValidUntil) {
		LocalDate oldValidUntil = validUntil;
		validUntil = newValidUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ADEQUACY_DECISION__VALID_UNTIL, oldValidUntil, validUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReviewDue() {
		return reviewDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewDue(LocalDate newReviewDue) {
		LocalDate oldReviewDue = reviewDue;
		reviewDue = newReviewDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ADEQUACY_DECISION__REVIEW_DUE, oldReviewDue, reviewDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ADEQUACY_DECISION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFi() {
		return sourceFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFi(String newSourceFi) {
		String oldSourceFi = sourceFi;
		sourceFi = newSourceFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ADEQUACY_DECISION__SOURCE_FI, oldSourceFi, sourceFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.ADEQUACY_DECISION__KEY:
				return getKey();
			case PrivflowPackage.ADEQUACY_DECISION__COUNTRY:
				return getCountry();
			case PrivflowPackage.ADEQUACY_DECISION__SCOPE:
				return getScope();
			case PrivflowPackage.ADEQUACY_DECISION__SCOPE_NOTE:
				return getScopeNote();
			case PrivflowPackage.ADEQUACY_DECISION__SCOPE_NOTE_FI:
				return getScopeNoteFi();
			case PrivflowPackage.ADEQUACY_DECISION__DECISION_ID:
				return getDecisionId();
			case PrivflowPackage.ADEQUACY_DECISION__ADOPTED:
				return getAdopted();
			case PrivflowPackage.ADEQUACY_DECISION__VALID_UNTIL:
				return getValidUntil();
			case PrivflowPackage.ADEQUACY_DECISION__REVIEW_DUE:
				return getReviewDue();
			case PrivflowPackage.ADEQUACY_DECISION__SOURCE:
				return getSource();
			case PrivflowPackage.ADEQUACY_DECISION__SOURCE_FI:
				return getSourceFi();
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
			case PrivflowPackage.ADEQUACY_DECISION__KEY:
				setKey((String)newValue);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__COUNTRY:
				setCountry((String)newValue);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__SCOPE:
				setScope((AdequacyScope)newValue);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__SCOPE_NOTE:
				setScopeNote((String)newValue);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__SCOPE_NOTE_FI:
				setScopeNoteFi((String)newValue);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__DECISION_ID:
				setDecisionId((String)newValue);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__ADOPTED:
				setAdopted((LocalDate)newValue);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__VALID_UNTIL:
				setValidUntil((LocalDate)newValue);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__REVIEW_DUE:
				setReviewDue((LocalDate)newValue);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__SOURCE:
				setSource((String)newValue);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__SOURCE_FI:
				setSourceFi((String)newValue);
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
			case PrivflowPackage.ADEQUACY_DECISION__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__SCOPE_NOTE:
				setScopeNote(SCOPE_NOTE_EDEFAULT);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__SCOPE_NOTE_FI:
				setScopeNoteFi(SCOPE_NOTE_FI_EDEFAULT);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__DECISION_ID:
				setDecisionId(DECISION_ID_EDEFAULT);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__ADOPTED:
				setAdopted(ADOPTED_EDEFAULT);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__VALID_UNTIL:
				setValidUntil(VALID_UNTIL_EDEFAULT);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__REVIEW_DUE:
				setReviewDue(REVIEW_DUE_EDEFAULT);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case PrivflowPackage.ADEQUACY_DECISION__SOURCE_FI:
				setSourceFi(SOURCE_FI_EDEFAULT);
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
			case PrivflowPackage.ADEQUACY_DECISION__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case PrivflowPackage.ADEQUACY_DECISION__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case PrivflowPackage.ADEQUACY_DECISION__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case PrivflowPackage.ADEQUACY_DECISION__SCOPE_NOTE:
				return SCOPE_NOTE_EDEFAULT == null ? scopeNote != null : !SCOPE_NOTE_EDEFAULT.equals(scopeNote);
			case PrivflowPackage.ADEQUACY_DECISION__SCOPE_NOTE_FI:
				return SCOPE_NOTE_FI_EDEFAULT == null ? scopeNoteFi != null : !SCOPE_NOTE_FI_EDEFAULT.equals(scopeNoteFi);
			case PrivflowPackage.ADEQUACY_DECISION__DECISION_ID:
				return DECISION_ID_EDEFAULT == null ? decisionId != null : !DECISION_ID_EDEFAULT.equals(decisionId);
			case PrivflowPackage.ADEQUACY_DECISION__ADOPTED:
				return ADOPTED_EDEFAULT == null ? adopted != null : !ADOPTED_EDEFAULT.equals(adopted);
			case PrivflowPackage.ADEQUACY_DECISION__VALID_UNTIL:
				return VALID_UNTIL_EDEFAULT == null ? validUntil != null : !VALID_UNTIL_EDEFAULT.equals(validUntil);
			case PrivflowPackage.ADEQUACY_DECISION__REVIEW_DUE:
				return REVIEW_DUE_EDEFAULT == null ? reviewDue != null : !REVIEW_DUE_EDEFAULT.equals(reviewDue);
			case PrivflowPackage.ADEQUACY_DECISION__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case PrivflowPackage.ADEQUACY_DECISION__SOURCE_FI:
				return SOURCE_FI_EDEFAULT == null ? sourceFi != null : !SOURCE_FI_EDEFAULT.equals(sourceFi);
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
		result.append(" (key: ");
		result.append(key);
		result.append(", country: ");
		result.append(country);
		result.append(", scope: ");
		result.append(scope);
		result.append(", scopeNote: ");
		result.append(scopeNote);
		result.append(", scopeNoteFi: ");
		result.append(scopeNoteFi);
		result.append(", decisionId: ");
		result.append(decisionId);
		result.append(", adopted: ");
		result.append(adopted);
		result.append(", validUntil: ");
		result.append(validUntil);
		result.append(", reviewDue: ");
		result.append(reviewDue);
		result.append(", source: ");
		result.append(source);
		result.append(", sourceFi: ");
		result.append(sourceFi);
		result.append(')');
		return result.toString();
	}

} //AdequacyDecisionImpl
