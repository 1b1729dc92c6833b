/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adequacy Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Commission adequacy decision (Art. 45) as it stood in the catalogue.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.AdequacyDecision#getKey <em>Key</em>}</li>
 *   <li>{@link privflow.model.AdequacyDecision#getCountry <em>Country</em>}</li>
 *   <li>{@link privflow.model.AdequacyDecision#getScope <em>Scope</em>}</li>
 *   <li>{@link privflow.model.AdequacyDecision#getScopeNote <em>Scope Note</em>}</li>
 *   <li>{@link privflow.model.AdequacyDecision#getScopeNoteFi <em>Scope Note Fi</em>}</li>
 *   <li>{@link privflow.model.AdequacyDecision#getDecisionId <em>Decision Id</em>}</li>
 *   <li>{@link privflow.model.AdequacyDecision#getAdopted <em>Adopted</em>}</li>
 *   <li>{@link privflow.model.AdequacyDecision#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link privflow.model.AdequacyDecision#getReviewDue <em>Review Due</em>}</li>
 *   <li>{@link privflow.model.AdequacyDecision#getSource <em>Source</em>}</li>
 *   <li>{@link privflow.model.AdequacyDecision#getSourceFi <em>Source Fi</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getAdequacyDecision()
 * @model
 * @generated
 */
public interface AdequacyDecision extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable key, e.g. US or GB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see privflow.model.PrivflowPackage#getAdequacyDecision_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link privflow.model.AdequacyDecision#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-2 of the territory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see privflow.model.PrivflowPackage#getAdequacyDecision_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link privflow.model.AdequacyDecision#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.AdequacyScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see privflow.model.AdequacyScope
	 * @see #setScope(AdequacyScope)
	 * @see privflow.model.PrivflowPackage#getAdequacyDecision_Scope()
	 * @model
	 * @generated
	 */
	AdequacyScope getScope();

	/**
	 * Sets the value of the '{@link privflow.model.AdequacyDecision#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see privflow.model.AdequacyScope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(AdequacyScope value);

	/**
	 * Returns the value of the '<em><b>Scope Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope Note</em>' attribute.
	 * @see #setScopeNote(String)
	 * @see privflow.model.PrivflowPackage#getAdequacyDecision_ScopeNote()
	 * @model
	 * @generated
	 */
	String getScopeNote();

	/**
	 * Sets the value of the '{@link privflow.model.AdequacyDecision#getScopeNote <em>Scope Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Note</em>' attribute.
	 * @see #getScopeNote()
	 * @generated
	 */
	void setScopeNote(String value);

	/**
	 * Returns the value of the '<em><b>Scope Note Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scope note in Finnish.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope Note Fi</em>' attribute.
	 * @see #setScopeNoteFi(String)
	 * @see privflow.model.PrivflowPackage#getAdequacyDecision_ScopeNoteFi()
	 * @model
	 * @generated
	 */
	String getScopeNoteFi();

	/**
	 * Sets the value of the '{@link privflow.model.AdequacyDecision#getScopeNoteFi <em>Scope Note Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Note Fi</em>' attribute.
	 * @see #getScopeNoteFi()
	 * @generated
	 */
	void setScopeNoteFi(String value);

	/**
	 * Returns the value of the '<em><b>Decision Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. (EU) 2023/1795.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Id</em>' attribute.
	 * @see #setDecisionId(String)
	 * @see privflow.model.PrivflowPackage#getAdequacyDecision_DecisionId()
	 * @model
	 * @generated
	 */
	String getDecisionId();

	/**
	 * Sets the value of the '{@link privflow.model.AdequacyDecision#getDecisionId <em>Decision Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Id</em>' attribute.
	 * @see #getDecisionId()
	 * @generated
	 */
	void setDecisionId(String value);

	/**
	 * Returns the value of the '<em><b>Adopted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adopted</em>' attribute.
	 * @see #setAdopted(LocalDate)
	 * @see privflow.model.PrivflowPackage#getAdequacyDecision_Adopted()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getAdopted();

	/**
	 * Sets the value of the '{@link privflow.model.AdequacyDecision#getAdopted <em>Adopted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adopted</em>' attribute.
	 * @see #getAdopted()
	 * @generated
	 */
	void setAdopted(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expiry, if the decision has one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid Until</em>' attribute.
	 * @see #setValidUntil(LocalDate)
	 * @see privflow.model.PrivflowPackage#getAdequacyDecision_ValidUntil()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getValidUntil();

	/**
	 * Sets the value of the '{@link privflow.model.AdequacyDecision#getValidUntil <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Until</em>' attribute.
	 * @see #getValidUntil()
	 * @generated
	 */
	void setValidUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Review Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Due</em>' attribute.
	 * @see #setReviewDue(LocalDate)
	 * @see privflow.model.PrivflowPackage#getAdequacyDecision_ReviewDue()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getReviewDue();

	/**
	 * Sets the value of the '{@link privflow.model.AdequacyDecision#getReviewDue <em>Review Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Due</em>' attribute.
	 * @see #getReviewDue()
	 * @generated
	 */
	void setReviewDue(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where this was checked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see privflow.model.PrivflowPackage#getAdequacyDecision_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link privflow.model.AdequacyDecision#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Source Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source in Finnish.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Fi</em>' attribute.
	 * @see #setSourceFi(String)
	 * @see privflow.model.PrivflowPackage#getAdequacyDecision_SourceFi()
	 * @model
	 * @generated
	 */
	String getSourceFi();

	/**
	 * Sets the value of the '{@link privflow.model.AdequacyDecision#getSourceFi <em>Source Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Fi</em>' attribute.
	 * @see #getSourceFi()
	 * @generated
	 */
	void setSourceFi(String value);

} // AdequacyDecision
