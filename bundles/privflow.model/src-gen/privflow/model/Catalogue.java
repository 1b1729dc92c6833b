/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalogue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Dated, sourced legal and vendor facts: countries, adequacy decisions, known services.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.Catalogue#getAsOf <em>As Of</em>}</li>
 *   <li>{@link privflow.model.Catalogue#getNameFi <em>Name Fi</em>}</li>
 *   <li>{@link privflow.model.Catalogue#getDescriptionFi <em>Description Fi</em>}</li>
 *   <li>{@link privflow.model.Catalogue#getSources <em>Sources</em>}</li>
 *   <li>{@link privflow.model.Catalogue#getSourcesFi <em>Sources Fi</em>}</li>
 *   <li>{@link privflow.model.Catalogue#getCountries <em>Countries</em>}</li>
 *   <li>{@link privflow.model.Catalogue#getAdequacyDecisions <em>Adequacy Decisions</em>}</li>
 *   <li>{@link privflow.model.Catalogue#getKnownOrganisations <em>Known Organisations</em>}</li>
 *   <li>{@link privflow.model.Catalogue#getKnownServices <em>Known Services</em>}</li>
 *   <li>{@link privflow.model.Catalogue#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getCatalogue()
 * @model
 * @generated
 */
public interface Catalogue extends Named {
	/**
	 * Returns the value of the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(LocalDate)
	 * @see privflow.model.PrivflowPackage#getCatalogue_AsOf()
	 * @model dataType="privflow.model.Date"
	 * @generated
	 */
	LocalDate getAsOf();

	/**
	 * Sets the value of the '{@link privflow.model.Catalogue#getAsOf <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As Of</em>' attribute.
	 * @see #getAsOf()
	 * @generated
	 */
	void setAsOf(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Name Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The catalogue's name in Finnish.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Fi</em>' attribute.
	 * @see #setNameFi(String)
	 * @see privflow.model.PrivflowPackage#getCatalogue_NameFi()
	 * @model
	 * @generated
	 */
	String getNameFi();

	/**
	 * Sets the value of the '{@link privflow.model.Catalogue#getNameFi <em>Name Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Fi</em>' attribute.
	 * @see #getNameFi()
	 * @generated
	 */
	void setNameFi(String value);

	/**
	 * Returns the value of the '<em><b>Description Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The catalogue's description in Finnish.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description Fi</em>' attribute.
	 * @see #setDescriptionFi(String)
	 * @see privflow.model.PrivflowPackage#getCatalogue_DescriptionFi()
	 * @model
	 * @generated
	 */
	String getDescriptionFi();

	/**
	 * Sets the value of the '{@link privflow.model.Catalogue#getDescriptionFi <em>Description Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Fi</em>' attribute.
	 * @see #getDescriptionFi()
	 * @generated
	 */
	void setDescriptionFi(String value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' attribute list.
	 * @see privflow.model.PrivflowPackage#getCatalogue_Sources()
	 * @model
	 * @generated
	 */
	EList<String> getSources();

	/**
	 * Returns the value of the '<em><b>Sources Fi</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sources in Finnish, in the same order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources Fi</em>' attribute list.
	 * @see privflow.model.PrivflowPackage#getCatalogue_SourcesFi()
	 * @model
	 * @generated
	 */
	EList<String> getSourcesFi();

	/**
	 * Returns the value of the '<em><b>Countries</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.CountryEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Countries</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getCatalogue_Countries()
	 * @model containment="true"
	 * @generated
	 */
	EList<CountryEntry> getCountries();

	/**
	 * Returns the value of the '<em><b>Adequacy Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.AdequacyDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adequacy Decisions</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getCatalogue_AdequacyDecisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AdequacyDecision> getAdequacyDecisions();

	/**
	 * Returns the value of the '<em><b>Known Organisations</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.KnownOrganisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Known Organisations</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getCatalogue_KnownOrganisations()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnownOrganisation> getKnownOrganisations();

	/**
	 * Returns the value of the '<em><b>Known Services</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.KnownService}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Known Services</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getCatalogue_KnownServices()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnownService> getKnownServices();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link privflow.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see privflow.model.PrivflowPackage#getCatalogue_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

} // Catalogue
