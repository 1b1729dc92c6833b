/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Processing Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A processing activity as recorded under Art. 30.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.ProcessingActivity#getPurposes <em>Purposes</em>}</li>
 *   <li>{@link privflow.model.ProcessingActivity#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link privflow.model.ProcessingActivity#getArticle9Condition <em>Article9 Condition</em>}</li>
 *   <li>{@link privflow.model.ProcessingActivity#getDataSubjects <em>Data Subjects</em>}</li>
 *   <li>{@link privflow.model.ProcessingActivity#getDataCategories <em>Data Categories</em>}</li>
 *   <li>{@link privflow.model.ProcessingActivity#getRoles <em>Roles</em>}</li>
 *   <li>{@link privflow.model.ProcessingActivity#getRecipientCategories <em>Recipient Categories</em>}</li>
 *   <li>{@link privflow.model.ProcessingActivity#getRetention <em>Retention</em>}</li>
 *   <li>{@link privflow.model.ProcessingActivity#getSecurityMeasures <em>Security Measures</em>}</li>
 *   <li>{@link privflow.model.ProcessingActivity#isDataSubjectsInformed <em>Data Subjects Informed</em>}</li>
 *   <li>{@link privflow.model.ProcessingActivity#getPrivacyNoticeReference <em>Privacy Notice Reference</em>}</li>
 *   <li>{@link privflow.model.ProcessingActivity#getDpiaReference <em>Dpia Reference</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getProcessingActivity()
 * @model
 * @generated
 */
public interface ProcessingActivity extends Named {
	/**
	 * Returns the value of the '<em><b>Purposes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purposes</em>' attribute list.
	 * @see privflow.model.PrivflowPackage#getProcessingActivity_Purposes()
	 * @model
	 * @generated
	 */
	EList<String> getPurposes();

	/**
	 * Returns the value of the '<em><b>Legal Basis</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.LegalBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Basis</em>' attribute.
	 * @see privflow.model.LegalBasis
	 * @see #setLegalBasis(LegalBasis)
	 * @see privflow.model.PrivflowPackage#getProcessingActivity_LegalBasis()
	 * @model
	 * @generated
	 */
	LegalBasis getLegalBasis();

	/**
	 * Sets the value of the '{@link privflow.model.ProcessingActivity#getLegalBasis <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Basis</em>' attribute.
	 * @see privflow.model.LegalBasis
	 * @see #getLegalBasis()
	 * @generated
	 */
	void setLegalBasis(LegalBasis value);

	/**
	 * Returns the value of the '<em><b>Article9 Condition</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.Article9Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Article9 Condition</em>' attribute.
	 * @see privflow.model.Article9Condition
	 * @see #setArticle9Condition(Article9Condition)
	 * @see privflow.model.PrivflowPackage#getProcessingActivity_Article9Condition()
	 * @model
	 * @generated
	 */
	Article9Condition getArticle9Condition();

	/**
	 * Sets the value of the '{@link privflow.model.ProcessingActivity#getArticle9Condition <em>Article9 Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article9 Condition</em>' attribute.
	 * @see privflow.model.Article9Condition
	 * @see #getArticle9Condition()
	 * @generated
	 */
	void setArticle9Condition(Article9Condition value);

	/**
	 * Returns the value of the '<em><b>Data Subjects</b></em>' reference list.
	 * The list contents are of type {@link privflow.model.DataSubjectCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Subjects</em>' reference list.
	 * @see privflow.model.PrivflowPackage#getProcessingActivity_DataSubjects()
	 * @model
	 * @generated
	 */
	EList<DataSubjectCategory> getDataSubjects();

	/**
	 * Returns the value of the '<em><b>Data Categories</b></em>' reference list.
	 * The list contents are of type {@link privflow.model.DataCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Categories</em>' reference list.
	 * @see privflow.model.PrivflowPackage#getProcessingActivity_DataCategories()
	 * @model
	 * @generated
	 */
	EList<DataCategory> getDataCategories();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.ActivityRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getProcessingActivity_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActivityRole> getRoles();

	/**
	 * Returns the value of the '<em><b>Recipient Categories</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recipients not modelled as flows, e.g. authorities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recipient Categories</em>' attribute list.
	 * @see privflow.model.PrivflowPackage#getProcessingActivity_RecipientCategories()
	 * @model
	 * @generated
	 */
	EList<String> getRecipientCategories();

	/**
	 * Returns the value of the '<em><b>Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Retention period or the criteria that set it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retention</em>' attribute.
	 * @see #setRetention(String)
	 * @see privflow.model.PrivflowPackage#getProcessingActivity_Retention()
	 * @model
	 * @generated
	 */
	String getRetention();

	/**
	 * Sets the value of the '{@link privflow.model.ProcessingActivity#getRetention <em>Retention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retention</em>' attribute.
	 * @see #getRetention()
	 * @generated
	 */
	void setRetention(String value);

	/**
	 * Returns the value of the '<em><b>Security Measures</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Technical and organisational security measures (Art. 32).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Measures</em>' attribute list.
	 * @see privflow.model.PrivflowPackage#getProcessingActivity_SecurityMeasures()
	 * @model
	 * @generated
	 */
	EList<String> getSecurityMeasures();

	/**
	 * Returns the value of the '<em><b>Data Subjects Informed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data subjects are informed (Art. 13/14).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Subjects Informed</em>' attribute.
	 * @see #setDataSubjectsInformed(boolean)
	 * @see privflow.model.PrivflowPackage#getProcessingActivity_DataSubjectsInformed()
	 * @model
	 * @generated
	 */
	boolean isDataSubjectsInformed();

	/**
	 * Sets the value of the '{@link privflow.model.ProcessingActivity#isDataSubjectsInformed <em>Data Subjects Informed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Subjects Informed</em>' attribute.
	 * @see #isDataSubjectsInformed()
	 * @generated
	 */
	void setDataSubjectsInformed(boolean value);

	/**
	 * Returns the value of the '<em><b>Privacy Notice Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Privacy Notice Reference</em>' attribute.
	 * @see #setPrivacyNoticeReference(String)
	 * @see privflow.model.PrivflowPackage#getProcessingActivity_PrivacyNoticeReference()
	 * @model
	 * @generated
	 */
	String getPrivacyNoticeReference();

	/**
	 * Sets the value of the '{@link privflow.model.ProcessingActivity#getPrivacyNoticeReference <em>Privacy Notice Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Privacy Notice Reference</em>' attribute.
	 * @see #getPrivacyNoticeReference()
	 * @generated
	 */
	void setPrivacyNoticeReference(String value);

	/**
	 * Returns the value of the '<em><b>Dpia Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dpia Reference</em>' attribute.
	 * @see #setDpiaReference(String)
	 * @see privflow.model.PrivflowPackage#getProcessingActivity_DpiaReference()
	 * @model
	 * @generated
	 */
	String getDpiaReference();

	/**
	 * Sets the value of the '{@link privflow.model.ProcessingActivity#getDpiaReference <em>Dpia Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dpia Reference</em>' attribute.
	 * @see #getDpiaReference()
	 * @generated
	 */
	void setDpiaReference(String value);

} // ProcessingActivity
