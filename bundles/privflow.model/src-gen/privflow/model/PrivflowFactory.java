/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see privflow.model.PrivflowPackage
 * @generated
 */
public interface PrivflowFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PrivflowFactory eINSTANCE = privflow.model.impl.PrivflowFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Data Flow Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Flow Model</em>'.
	 * @generated
	 */
	DataFlowModel createDataFlowModel();

	/**
	 * Returns a new object of class '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact</em>'.
	 * @generated
	 */
	Contact createContact();

	/**
	 * Returns a new object of class '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Organisation</em>'.
	 * @generated
	 */
	Organisation createOrganisation();

	/**
	 * Returns a new object of class '<em>Location</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Location</em>'.
	 * @generated
	 */
	Location createLocation();

	/**
	 * Returns a new object of class '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service</em>'.
	 * @generated
	 */
	Service createService();

	/**
	 * Returns a new object of class '<em>Data Category</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Category</em>'.
	 * @generated
	 */
	DataCategory createDataCategory();

	/**
	 * Returns a new object of class '<em>Data Subject Category</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Subject Category</em>'.
	 * @generated
	 */
	DataSubjectCategory createDataSubjectCategory();

	/**
	 * Returns a new object of class '<em>Activity Role</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Activity Role</em>'.
	 * @generated
	 */
	ActivityRole createActivityRole();

	/**
	 * Returns a new object of class '<em>Processing Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Processing Activity</em>'.
	 * @generated
	 */
	ProcessingActivity createProcessingActivity();

	/**
	 * Returns a new object of class '<em>Data Flow</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Flow</em>'.
	 * @generated
	 */
	DataFlow createDataFlow();

	/**
	 * Returns a new object of class '<em>Adequacy Decision Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Adequacy Decision Reference</em>'.
	 * @generated
	 */
	AdequacyDecisionReference createAdequacyDecisionReference();

	/**
	 * Returns a new object of class '<em>Dpf Certification</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dpf Certification</em>'.
	 * @generated
	 */
	DpfCertification createDpfCertification();

	/**
	 * Returns a new object of class '<em>Standard Contractual Clauses</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Standard Contractual Clauses</em>'.
	 * @generated
	 */
	StandardContractualClauses createStandardContractualClauses();

	/**
	 * Returns a new object of class '<em>Binding Corporate Rules</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Binding Corporate Rules</em>'.
	 * @generated
	 */
	BindingCorporateRules createBindingCorporateRules();

	/**
	 * Returns a new object of class '<em>Code Of Conduct</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Code Of Conduct</em>'.
	 * @generated
	 */
	CodeOfConduct createCodeOfConduct();

	/**
	 * Returns a new object of class '<em>Derogation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Derogation</em>'.
	 * @generated
	 */
	Derogation createDerogation();

	/**
	 * Returns a new object of class '<em>Review Decision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Review Decision</em>'.
	 * @generated
	 */
	ReviewDecision createReviewDecision();

	/**
	 * Returns a new object of class '<em>Catalogue</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Catalogue</em>'.
	 * @generated
	 */
	Catalogue createCatalogue();

	/**
	 * Returns a new object of class '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario</em>'.
	 * @generated
	 */
	Scenario createScenario();

	/**
	 * Returns a new object of class '<em>Country Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Country Entry</em>'.
	 * @generated
	 */
	CountryEntry createCountryEntry();

	/**
	 * Returns a new object of class '<em>Adequacy Decision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Adequacy Decision</em>'.
	 * @generated
	 */
	AdequacyDecision createAdequacyDecision();

	/**
	 * Returns a new object of class '<em>Known Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Known Organisation</em>'.
	 * @generated
	 */
	KnownOrganisation createKnownOrganisation();

	/**
	 * Returns a new object of class '<em>Known Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Known Service</em>'.
	 * @generated
	 */
	KnownService createKnownService();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PrivflowPackage getPrivflowPackage();

} //PrivflowFactory
