/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import privflow.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see privflow.model.PrivflowPackage
 * @generated
 */
public class PrivflowAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PrivflowPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PrivflowAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = PrivflowPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PrivflowSwitch<Adapter> modelSwitch =
		new PrivflowSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseNamed(Named object) {
				return createNamedAdapter();
			}
			@Override
			public Adapter caseFlowEndpoint(FlowEndpoint object) {
				return createFlowEndpointAdapter();
			}
			@Override
			public Adapter caseDataFlowModel(DataFlowModel object) {
				return createDataFlowModelAdapter();
			}
			@Override
			public Adapter caseContact(Contact object) {
				return createContactAdapter();
			}
			@Override
			public Adapter caseOrganisation(Organisation object) {
				return createOrganisationAdapter();
			}
			@Override
			public Adapter caseLocation(Location object) {
				return createLocationAdapter();
			}
			@Override
			public Adapter caseService(Service object) {
				return createServiceAdapter();
			}
			@Override
			public Adapter caseDataCategory(DataCategory object) {
				return createDataCategoryAdapter();
			}
			@Override
			public Adapter caseDataSubjectCategory(DataSubjectCategory object) {
				return createDataSubjectCategoryAdapter();
			}
			@Override
			public Adapter caseActivityRole(ActivityRole object) {
				return createActivityRoleAdapter();
			}
			@Override
			public Adapter caseProcessingActivity(ProcessingActivity object) {
				return createProcessingActivityAdapter();
			}
			@Override
			public Adapter caseDataFlow(DataFlow object) {
				return createDataFlowAdapter();
			}
			@Override
			public Adapter caseTransferSafeguard(TransferSafeguard object) {
				return createTransferSafeguardAdapter();
			}
			@Override
			public Adapter caseAdequacyDecisionReference(AdequacyDecisionReference object) {
				return createAdequacyDecisionReferenceAdapter();
			}
			@Override
			public Adapter caseDpfCertification(DpfCertification object) {
				return createDpfCertificationAdapter();
			}
			@Override
			public Adapter caseStandardContractualClauses(StandardContractualClauses object) {
				return createStandardContractualClausesAdapter();
			}
			@Override
			public Adapter caseBindingCorporateRules(BindingCorporateRules object) {
				return createBindingCorporateRulesAdapter();
			}
			@Override
			public Adapter caseCodeOfConduct(CodeOfConduct object) {
				return createCodeOfConductAdapter();
			}
			@Override
			public Adapter caseDerogation(Derogation object) {
				return createDerogationAdapter();
			}
			@Override
			public Adapter caseReviewDecision(ReviewDecision object) {
				return createReviewDecisionAdapter();
			}
			@Override
			public Adapter caseCatalogue(Catalogue object) {
				return createCatalogueAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object) {
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseCountryEntry(CountryEntry object) {
				return createCountryEntryAdapter();
			}
			@Override
			public Adapter caseAdequacyDecision(AdequacyDecision object) {
				return createAdequacyDecisionAdapter();
			}
			@Override
			public Adapter caseKnownOrganisation(KnownOrganisation object) {
				return createKnownOrganisationAdapter();
			}
			@Override
			public Adapter caseKnownService(KnownService object) {
				return createKnownServiceAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.Named
	 * @generated
	 */
	public Adapter createNamedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.FlowEndpoint <em>Flow Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.FlowEndpoint
	 * @generated
	 */
	public Adapter createFlowEndpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.DataFlowModel <em>Data Flow Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.DataFlowModel
	 * @generated
	 */
	public Adapter createDataFlowModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.Contact
	 * @generated
	 */
	public Adapter createContactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.Organisation
	 * @generated
	 */
	public Adapter createOrganisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.Location <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.Location
	 * @generated
	 */
	public Adapter createLocationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.Service
	 * @generated
	 */
	public Adapter createServiceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.DataCategory <em>Data Category</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.DataCategory
	 * @generated
	 */
	public Adapter createDataCategoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.DataSubjectCategory <em>Data Subject Category</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.DataSubjectCategory
	 * @generated
	 */
	public Adapter createDataSubjectCategoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.ActivityRole <em>Activity Role</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.ActivityRole
	 * @generated
	 */
	public Adapter createActivityRoleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.ProcessingActivity <em>Processing Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.ProcessingActivity
	 * @generated
	 */
	public Adapter createProcessingActivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.DataFlow <em>Data Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.DataFlow
	 * @generated
	 */
	public Adapter createDataFlowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.TransferSafeguard <em>Transfer Safeguard</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.TransferSafeguard
	 * @generated
	 */
	public Adapter createTransferSafeguardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.AdequacyDecisionReference <em>Adequacy Decision Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.AdequacyDecisionReference
	 * @generated
	 */
	public Adapter createAdequacyDecisionReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.DpfCertification <em>Dpf Certification</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.DpfCertification
	 * @generated
	 */
	public Adapter createDpfCertificationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.StandardContractualClauses <em>Standard Contractual Clauses</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.StandardContractualClauses
	 * @generated
	 */
	public Adapter createStandardContractualClausesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.BindingCorporateRules <em>Binding Corporate Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.BindingCorporateRules
	 * @generated
	 */
	public Adapter createBindingCorporateRulesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.CodeOfConduct <em>Code Of Conduct</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.CodeOfConduct
	 * @generated
	 */
	public Adapter createCodeOfConductAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.Derogation <em>Derogation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.Derogation
	 * @generated
	 */
	public Adapter createDerogationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.ReviewDecision <em>Review Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.ReviewDecision
	 * @generated
	 */
	public Adapter createReviewDecisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.Catalogue <em>Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.Catalogue
	 * @generated
	 */
	public Adapter createCatalogueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.CountryEntry <em>Country Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.CountryEntry
	 * @generated
	 */
	public Adapter createCountryEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.AdequacyDecision <em>Adequacy Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.AdequacyDecision
	 * @generated
	 */
	public Adapter createAdequacyDecisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.KnownOrganisation <em>Known Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.KnownOrganisation
	 * @generated
	 */
	public Adapter createKnownOrganisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link privflow.model.KnownService <em>Known Service</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see privflow.model.KnownService
	 * @generated
	 */
	public Adapter createKnownServiceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //PrivflowAdapterFactory
