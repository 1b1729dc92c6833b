/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import privflow.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PrivflowFactoryImpl extends EFactoryImpl implements PrivflowFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PrivflowFactory init() {
		try {
			PrivflowFactory thePrivflowFactory = (PrivflowFactory)EPackage.Registry.INSTANCE.getEFactory(PrivflowPackage.eNS_URI);
			if (thePrivflowFactory != null) {
				return thePrivflowFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PrivflowFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PrivflowFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case PrivflowPackage.DATA_FLOW_MODEL: return createDataFlowModel();
			case PrivflowPackage.CONTACT: return createContact();
			case PrivflowPackage.ORGANISATION: return createOrganisation();
			case PrivflowPackage.LOCATION: return createLocation();
			case PrivflowPackage.SERVICE: return createService();
			case PrivflowPackage.DATA_CATEGORY: return createDataCategory();
			case PrivflowPackage.DATA_SUBJECT_CATEGORY: return createDataSubjectCategory();
			case PrivflowPackage.ACTIVITY_ROLE: return createActivityRole();
			case PrivflowPackage.PROCESSING_ACTIVITY: return createProcessingActivity();
			case PrivflowPackage.DATA_FLOW: return createDataFlow();
			case PrivflowPackage.ADEQUACY_DECISION_REFERENCE: return createAdequacyDecisionReference();
			case PrivflowPackage.DPF_CERTIFICATION: return createDpfCertification();
			case PrivflowPackage.STANDARD_CONTRACTUAL_CLAUSES: return createStandardContractualClauses();
			case PrivflowPackage.BINDING_CORPORATE_RULES: return createBindingCorporateRules();
			case PrivflowPackage.CODE_OF_CONDUCT: return createCodeOfConduct();
			case PrivflowPackage.DEROGATION: return createDerogation();
			case PrivflowPackage.REVIEW_DECISION: return createReviewDecision();
			case PrivflowPackage.CATALOGUE: return createCatalogue();
			case PrivflowPackage.SCENARIO: return createScenario();
			case PrivflowPackage.COUNTRY_ENTRY: return createCountryEntry();
			case PrivflowPackage.ADEQUACY_DECISION: return createAdequacyDecision();
			case PrivflowPackage.KNOWN_ORGANISATION: return createKnownOrganisation();
			case PrivflowPackage.KNOWN_SERVICE: return createKnownService();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case PrivflowPackage.SERVICE_KIND:
				return createServiceKindFromString(eDataType, initialValue);
			case PrivflowPackage.CONTRACT_TYPE:
				return createContractTypeFromString(eDataType, initialValue);
			case PrivflowPackage.DATA_KIND:
				return createDataKindFromString(eDataType, initialValue);
			case PrivflowPackage.ROLE:
				return createRoleFromString(eDataType, initialValue);
			case PrivflowPackage.LEGAL_BASIS:
				return createLegalBasisFromString(eDataType, initialValue);
			case PrivflowPackage.ARTICLE9_CONDITION:
				return createArticle9ConditionFromString(eDataType, initialValue);
			case PrivflowPackage.CHANNEL:
				return createChannelFromString(eDataType, initialValue);
			case PrivflowPackage.FREQUENCY:
				return createFrequencyFromString(eDataType, initialValue);
			case PrivflowPackage.SCC_MODULE:
				return createSccModuleFromString(eDataType, initialValue);
			case PrivflowPackage.DEROGATION_POINT:
				return createDerogationPointFromString(eDataType, initialValue);
			case PrivflowPackage.DEVICE_CONTROL:
				return createDeviceControlFromString(eDataType, initialValue);
			case PrivflowPackage.ACCESSOR:
				return createAccessorFromString(eDataType, initialValue);
			case PrivflowPackage.REVIEW_STATUS:
				return createReviewStatusFromString(eDataType, initialValue);
			case PrivflowPackage.ADEQUACY_SCOPE:
				return createAdequacyScopeFromString(eDataType, initialValue);
			case PrivflowPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case PrivflowPackage.SERVICE_KIND:
				return convertServiceKindToString(eDataType, instanceValue);
			case PrivflowPackage.CONTRACT_TYPE:
				return convertContractTypeToString(eDataType, instanceValue);
			case PrivflowPackage.DATA_KIND:
				return convertDataKindToString(eDataType, instanceValue);
			case PrivflowPackage.ROLE:
				return convertRoleToString(eDataType, instanceValue);
			case PrivflowPackage.LEGAL_BASIS:
				return convertLegalBasisToString(eDataType, instanceValue);
			case PrivflowPackage.ARTICLE9_CONDITION:
				return convertArticle9ConditionToString(eDataType, instanceValue);
			case PrivflowPackage.CHANNEL:
				return convertChannelToString(eDataType, instanceValue);
			case PrivflowPackage.FREQUENCY:
				return convertFrequencyToString(eDataType, instanceValue);
			case PrivflowPackage.SCC_MODULE:
				return convertSccModuleToString(eDataType, instanceValue);
			case PrivflowPackage.DEROGATION_POINT:
				return convertDerogationPointToString(eDataType, instanceValue);
			case PrivflowPackage.DEVICE_CONTROL:
				return convertDeviceControlToString(eDataType, instanceValue);
			case PrivflowPackage.ACCESSOR:
				return convertAccessorToString(eDataType, instanceValue);
			case PrivflowPackage.REVIEW_STATUS:
				return convertReviewStatusToString(eDataType, instanceValue);
			case PrivflowPackage.ADEQUACY_SCOPE:
				return convertAdequacyScopeToString(eDataType, instanceValue);
			case PrivflowPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataFlowModel createDataFlowModel() {
		DataFlowModelImpl dataFlowModel = new DataFlowModelImpl();
		return dataFlowModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact createContact() {
		ContactImpl contact = new ContactImpl();
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation createOrganisation() {
		OrganisationImpl organisation = new OrganisationImpl();
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Location createLocation() {
		LocationImpl location = new LocationImpl();
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service createService() {
		ServiceImpl service = new ServiceImpl();
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataCategory createDataCategory() {
		DataCategoryImpl dataCategory = new DataCategoryImpl();
		return dataCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSubjectCategory createDataSubjectCategory() {
		DataSubjectCategoryImpl dataSubjectCategory = new DataSubjectCategoryImpl();
		return dataSubjectCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivityRole createActivityRole() {
		ActivityRoleImpl activityRole = new ActivityRoleImpl();
		return activityRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessingActivity createProcessingActivity() {
		ProcessingActivityImpl processingActivity = new ProcessingActivityImpl();
		return processingActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataFlow createDataFlow() {
		DataFlowImpl dataFlow = new DataFlowImpl();
		return dataFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdequacyDecisionReference createAdequacyDecisionReference() {
		AdequacyDecisionReferenceImpl adequacyDecisionReference = new AdequacyDecisionReferenceImpl();
		return adequacyDecisionReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DpfCertification createDpfCertification() {
		DpfCertificationImpl dpfCertification = new DpfCertificationImpl();
		return dpfCertification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardContractualClauses createStandardContractualClauses() {
		StandardContractualClausesImpl standardContractualClauses = new StandardContractualClausesImpl();
		return standardContractualClauses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BindingCorporateRules createBindingCorporateRules() {
		BindingCorporateRulesImpl bindingCorporateRules = new BindingCorporateRulesImpl();
		return bindingCorporateRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeOfConduct createCodeOfConduct() {
		CodeOfConductImpl codeOfConduct = new CodeOfConductImpl();
		return codeOfConduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Derogation createDerogation() {
		DerogationImpl derogation = new DerogationImpl();
		return derogation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewDecision createReviewDecision() {
		ReviewDecisionImpl reviewDecision = new ReviewDecisionImpl();
		return reviewDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Catalogue createCatalogue() {
		CatalogueImpl catalogue = new CatalogueImpl();
		return catalogue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CountryEntry createCountryEntry() {
		CountryEntryImpl countryEntry = new CountryEntryImpl();
		return countryEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdequacyDecision createAdequacyDecision() {
		AdequacyDecisionImpl adequacyDecision = new AdequacyDecisionImpl();
		return adequacyDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnownOrganisation createKnownOrganisation() {
		KnownOrganisationImpl knownOrganisation = new KnownOrganisationImpl();
		return knownOrganisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnownService createKnownService() {
		KnownServiceImpl knownService = new KnownServiceImpl();
		return knownService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceKind createServiceKindFromString(EDataType eDataType, String initialValue) {
		ServiceKind result = ServiceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertServiceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContractType createContractTypeFromString(EDataType eDataType, String initialValue) {
		ContractType result = ContractType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContractTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataKind createDataKindFromString(EDataType eDataType, String initialValue) {
		DataKind result = DataKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role createRoleFromString(EDataType eDataType, String initialValue) {
		Role result = Role.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LegalBasis createLegalBasisFromString(EDataType eDataType, String initialValue) {
		LegalBasis result = LegalBasis.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLegalBasisToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Article9Condition createArticle9ConditionFromString(EDataType eDataType, String initialValue) {
		Article9Condition result = Article9Condition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArticle9ConditionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel createChannelFromString(EDataType eDataType, String initialValue) {
		Channel result = Channel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Frequency createFrequencyFromString(EDataType eDataType, String initialValue) {
		Frequency result = Frequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFrequencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SccModule createSccModuleFromString(EDataType eDataType, String initialValue) {
		SccModule result = SccModule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSccModuleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DerogationPoint createDerogationPointFromString(EDataType eDataType, String initialValue) {
		DerogationPoint result = DerogationPoint.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDerogationPointToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeviceControl createDeviceControlFromString(EDataType eDataType, String initialValue) {
		DeviceControl result = DeviceControl.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceControlToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Accessor createAccessorFromString(EDataType eDataType, String initialValue) {
		Accessor result = Accessor.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccessorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewStatus createReviewStatusFromString(EDataType eDataType, String initialValue) {
		ReviewStatus result = ReviewStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReviewStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdequacyScope createAdequacyScopeFromString(EDataType eDataType, String initialValue) {
		AdequacyScope result = AdequacyScope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdequacyScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDate(final String it) {
		return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createDateFromString(EDataType eDataType, String initialValue) {
		return createDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue) {
		return convertDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PrivflowPackage getPrivflowPackage() {
		return (PrivflowPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PrivflowPackage getPackage() {
		return PrivflowPackage.eINSTANCE;
	}

} //PrivflowFactoryImpl
