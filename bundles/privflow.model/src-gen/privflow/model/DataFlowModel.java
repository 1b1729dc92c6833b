/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Flow Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root: an organisation's map of personal-data flows.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.DataFlowModel#getAsOf <em>As Of</em>}</li>
 *   <li>{@link privflow.model.DataFlowModel#getRecordKeeper <em>Record Keeper</em>}</li>
 *   <li>{@link privflow.model.DataFlowModel#getLanguage <em>Language</em>}</li>
 *   <li>{@link privflow.model.DataFlowModel#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link privflow.model.DataFlowModel#getServices <em>Services</em>}</li>
 *   <li>{@link privflow.model.DataFlowModel#getDataCategories <em>Data Categories</em>}</li>
 *   <li>{@link privflow.model.DataFlowModel#getDataSubjectCategories <em>Data Subject Categories</em>}</li>
 *   <li>{@link privflow.model.DataFlowModel#getActivities <em>Activities</em>}</li>
 *   <li>{@link privflow.model.DataFlowModel#getFlows <em>Flows</em>}</li>
 *   <li>{@link privflow.model.DataFlowModel#getReviews <em>Reviews</em>}</li>
 *   <li>{@link privflow.model.DataFlowModel#getCatalogue <em>Catalogue</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getDataFlowModel()
 * @model
 * @generated
 */
public interface DataFlowModel extends Named {
	/**
	 * Returns the value of the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the facts of this model describe; the analysis default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(LocalDate)
	 * @see privflow.model.PrivflowPackage#getDataFlowModel_AsOf()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getAsOf();

	/**
	 * Sets the value of the '{@link privflow.model.DataFlowModel#getAsOf <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As Of</em>' attribute.
	 * @see #getAsOf()
	 * @generated
	 */
	void setAsOf(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Record Keeper</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation keeping this record (Art. 30): the controller of its own activities. An activity in which it is a processor or sub-processor for another controller is processing carried out as a processor (Art. 30(2)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record Keeper</em>' reference.
	 * @see #setRecordKeeper(Organisation)
	 * @see privflow.model.PrivflowPackage#getDataFlowModel_RecordKeeper()
	 * @model
	 * @generated
	 */
	Organisation getRecordKeeper();

	/**
	 * Sets the value of the '{@link privflow.model.DataFlowModel#getRecordKeeper <em>Record Keeper</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Keeper</em>' reference.
	 * @see #getRecordKeeper()
	 * @generated
	 */
	void setRecordKeeper(Organisation value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Language of the model's own texts (names, purposes, notes) as a BCP 47 tag, e.g. en or fi; documents in another language mark those texts with it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see privflow.model.PrivflowPackage#getDataFlowModel_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link privflow.model.DataFlowModel#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Organisations</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisations</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getDataFlowModel_Organisations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organisation> getOrganisations();

	/**
	 * Returns the value of the '<em><b>Services</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Services</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getDataFlowModel_Services()
	 * @model containment="true"
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Data Categories</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.DataCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Categories</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getDataFlowModel_DataCategories()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataCategory> getDataCategories();

	/**
	 * Returns the value of the '<em><b>Data Subject Categories</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.DataSubjectCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Subject Categories</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getDataFlowModel_DataSubjectCategories()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataSubjectCategory> getDataSubjectCategories();

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.ProcessingActivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getDataFlowModel_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProcessingActivity> getActivities();

	/**
	 * Returns the value of the '<em><b>Flows</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.DataFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flows</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getDataFlowModel_Flows()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataFlow> getFlows();

	/**
	 * Returns the value of the '<em><b>Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.ReviewDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviews</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getDataFlowModel_Reviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewDecision> getReviews();

	/**
	 * Returns the value of the '<em><b>Catalogue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Model-local catalogue entries that add to or override the shipped catalogues.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Catalogue</em>' containment reference.
	 * @see #setCatalogue(Catalogue)
	 * @see privflow.model.PrivflowPackage#getDataFlowModel_Catalogue()
	 * @model containment="true"
	 * @generated
	 */
	Catalogue getCatalogue();

	/**
	 * Sets the value of the '{@link privflow.model.DataFlowModel#getCatalogue <em>Catalogue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catalogue</em>' containment reference.
	 * @see #getCatalogue()
	 * @generated
	 */
	void setCatalogue(Catalogue value);

} // DataFlowModel
