/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import privflow.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see privflow.model.PrivflowPackage
 * @generated
 */
public class PrivflowSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PrivflowPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PrivflowSwitch() {
		if (modelPackage == null) {
			modelPackage = PrivflowPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case PrivflowPackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.NAMED: {
				Named named = (Named)theEObject;
				T result = caseNamed(named);
				if (result == null) result = caseIdentified(named);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.FLOW_ENDPOINT: {
				FlowEndpoint flowEndpoint = (FlowEndpoint)theEObject;
				T result = caseFlowEndpoint(flowEndpoint);
				if (result == null) result = caseNamed(flowEndpoint);
				if (result == null) result = caseIdentified(flowEndpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.DATA_FLOW_MODEL: {
				DataFlowModel dataFlowModel = (DataFlowModel)theEObject;
				T result = caseDataFlowModel(dataFlowModel);
				if (result == null) result = caseNamed(dataFlowModel);
				if (result == null) result = caseIdentified(dataFlowModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.CONTACT: {
				Contact contact = (Contact)theEObject;
				T result = caseContact(contact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.ORGANISATION: {
				Organisation organisation = (Organisation)theEObject;
				T result = caseOrganisation(organisation);
				if (result == null) result = caseFlowEndpoint(organisation);
				if (result == null) result = caseNamed(organisation);
				if (result == null) result = caseIdentified(organisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.LOCATION: {
				Location location = (Location)theEObject;
				T result = caseLocation(location);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.SERVICE: {
				Service service = (Service)theEObject;
				T result = caseService(service);
				if (result == null) result = caseFlowEndpoint(service);
				if (result == null) result = caseNamed(service);
				if (result == null) result = caseIdentified(service);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.DATA_CATEGORY: {
				DataCategory dataCategory = (DataCategory)theEObject;
				T result = caseDataCategory(dataCategory);
				if (result == null) result = caseNamed(dataCategory);
				if (result == null) result = caseIdentified(dataCategory);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.DATA_SUBJECT_CATEGORY: {
				DataSubjectCategory dataSubjectCategory = (DataSubjectCategory)theEObject;
				T result = caseDataSubjectCategory(dataSubjectCategory);
				if (result == null) result = caseFlowEndpoint(dataSubjectCategory);
				if (result == null) result = caseNamed(dataSubjectCategory);
				if (result == null) result = caseIdentified(dataSubjectCategory);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.ACTIVITY_ROLE: {
				ActivityRole activityRole = (ActivityRole)theEObject;
				T result = caseActivityRole(activityRole);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.PROCESSING_ACTIVITY: {
				ProcessingActivity processingActivity = (ProcessingActivity)theEObject;
				T result = caseProcessingActivity(processingActivity);
				if (result == null) result = caseNamed(processingActivity);
				if (result == null) result = caseIdentified(processingActivity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.DATA_FLOW: {
				DataFlow dataFlow = (DataFlow)theEObject;
				T result = caseDataFlow(dataFlow);
				if (result == null) result = caseNamed(dataFlow);
				if (result == null) result = caseIdentified(dataFlow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.TRANSFER_SAFEGUARD: {
				TransferSafeguard transferSafeguard = (TransferSafeguard)theEObject;
				T result = caseTransferSafeguard(transferSafeguard);
				if (result == null) result = caseIdentified(transferSafeguard);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.ADEQUACY_DECISION_REFERENCE: {
				AdequacyDecisionReference adequacyDecisionReference = (AdequacyDecisionReference)theEObject;
				T result = caseAdequacyDecisionReference(adequacyDecisionReference);
				if (result == null) result = caseTransferSafeguard(adequacyDecisionReference);
				if (result == null) result = caseIdentified(adequacyDecisionReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.DPF_CERTIFICATION: {
				DpfCertification dpfCertification = (DpfCertification)theEObject;
				T result = caseDpfCertification(dpfCertification);
				if (result == null) result = caseTransferSafeguard(dpfCertification);
				if (result == null) result = caseIdentified(dpfCertification);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.STANDARD_CONTRACTUAL_CLAUSES: {
				StandardContractualClauses standardContractualClauses = (StandardContractualClauses)theEObject;
				T result = caseStandardContractualClauses(standardContractualClauses);
				if (result == null) result = caseTransferSafeguard(standardContractualClauses);
				if (result == null) result = caseIdentified(standardContractualClauses);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.BINDING_CORPORATE_RULES: {
				BindingCorporateRules bindingCorporateRules = (BindingCorporateRules)theEObject;
				T result = caseBindingCorporateRules(bindingCorporateRules);
				if (result == null) result = caseTransferSafeguard(bindingCorporateRules);
				if (result == null) result = caseIdentified(bindingCorporateRules);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.CODE_OF_CONDUCT: {
				CodeOfConduct codeOfConduct = (CodeOfConduct)theEObject;
				T result = caseCodeOfConduct(codeOfConduct);
				if (result == null) result = caseTransferSafeguard(codeOfConduct);
				if (result == null) result = caseIdentified(codeOfConduct);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.DEROGATION: {
				Derogation derogation = (Derogation)theEObject;
				T result = caseDerogation(derogation);
				if (result == null) result = caseTransferSafeguard(derogation);
				if (result == null) result = caseIdentified(derogation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.REVIEW_DECISION: {
				ReviewDecision reviewDecision = (ReviewDecision)theEObject;
				T result = caseReviewDecision(reviewDecision);
				if (result == null) result = caseIdentified(reviewDecision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.CATALOGUE: {
				Catalogue catalogue = (Catalogue)theEObject;
				T result = caseCatalogue(catalogue);
				if (result == null) result = caseNamed(catalogue);
				if (result == null) result = caseIdentified(catalogue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.SCENARIO: {
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.COUNTRY_ENTRY: {
				CountryEntry countryEntry = (CountryEntry)theEObject;
				T result = caseCountryEntry(countryEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.ADEQUACY_DECISION: {
				AdequacyDecision adequacyDecision = (AdequacyDecision)theEObject;
				T result = caseAdequacyDecision(adequacyDecision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.KNOWN_ORGANISATION: {
				KnownOrganisation knownOrganisation = (KnownOrganisation)theEObject;
				T result = caseKnownOrganisation(knownOrganisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PrivflowPackage.KNOWN_SERVICE: {
				KnownService knownService = (KnownService)theEObject;
				T result = caseKnownService(knownService);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamed(Named object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flow Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flow Endpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlowEndpoint(FlowEndpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Flow Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Flow Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataFlowModel(DataFlowModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContact(Contact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganisation(Organisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Location</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Location</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLocation(Location object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseService(Service object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Category</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Category</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataCategory(DataCategory object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Subject Category</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Subject Category</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataSubjectCategory(DataSubjectCategory object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Activity Role</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Activity Role</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActivityRole(ActivityRole object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Processing Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Processing Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProcessingActivity(ProcessingActivity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Flow</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Flow</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataFlow(DataFlow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Transfer Safeguard</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Transfer Safeguard</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTransferSafeguard(TransferSafeguard object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Adequacy Decision Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Adequacy Decision Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdequacyDecisionReference(AdequacyDecisionReference object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dpf Certification</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dpf Certification</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDpfCertification(DpfCertification object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Standard Contractual Clauses</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Standard Contractual Clauses</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStandardContractualClauses(StandardContractualClauses object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Binding Corporate Rules</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Binding Corporate Rules</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBindingCorporateRules(BindingCorporateRules object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Code Of Conduct</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Code Of Conduct</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCodeOfConduct(CodeOfConduct object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Derogation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Derogation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDerogation(Derogation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Review Decision</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Review Decision</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReviewDecision(ReviewDecision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Catalogue</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Catalogue</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCatalogue(Catalogue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Country Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Country Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCountryEntry(CountryEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Adequacy Decision</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Adequacy Decision</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdequacyDecision(AdequacyDecision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Known Organisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Known Organisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKnownOrganisation(KnownOrganisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Known Service</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Known Service</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKnownService(KnownService object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //PrivflowSwitch
