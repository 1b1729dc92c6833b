/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import privflow.model.Accessor;
import privflow.model.ActivityRole;
import privflow.model.AdequacyDecision;
import privflow.model.AdequacyDecisionReference;
import privflow.model.AdequacyScope;
import privflow.model.Article9Condition;
import privflow.model.BindingCorporateRules;
import privflow.model.Catalogue;
import privflow.model.Channel;
import privflow.model.CodeOfConduct;
import privflow.model.Contact;
import privflow.model.ContractType;
import privflow.model.CountryEntry;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.DataKind;
import privflow.model.DataSubjectCategory;
import privflow.model.Derogation;
import privflow.model.DerogationPoint;
import privflow.model.DeviceControl;
import privflow.model.DpfCertification;
import privflow.model.FlowEndpoint;
import privflow.model.Frequency;
import privflow.model.Identified;
import privflow.model.KnownOrganisation;
import privflow.model.KnownService;
import privflow.model.LegalBasis;
import privflow.model.Location;
import privflow.model.Named;
import privflow.model.Organisation;
import privflow.model.PrivflowFactory;
import privflow.model.PrivflowPackage;
import privflow.model.ProcessingActivity;
import privflow.model.ReviewDecision;
import privflow.model.ReviewStatus;
import privflow.model.Role;
import privflow.model.SccModule;
import privflow.model.Scenario;
import privflow.model.Service;
import privflow.model.ServiceKind;
import privflow.model.StandardContractualClauses;
import privflow.model.TransferSafeguard;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PrivflowPackageImpl extends EPackageImpl implements PrivflowPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flowEndpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataFlowModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass locationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataCategoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataSubjectCategoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityRoleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processingActivityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataFlowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass transferSafeguardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adequacyDecisionReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dpfCertificationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standardContractualClausesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bindingCorporateRulesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass codeOfConductEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass derogationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewDecisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass countryEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adequacyDecisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass knownOrganisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass knownServiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum serviceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contractTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum legalBasisEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum article9ConditionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum frequencyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sccModuleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum derogationPointEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deviceControlEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accessorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reviewStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum adequacyScopeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see privflow.model.PrivflowPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PrivflowPackageImpl() {
		super(eNS_URI, PrivflowFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PrivflowPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PrivflowPackage init() {
		if (isInited) return (PrivflowPackage)EPackage.Registry.INSTANCE.getEPackage(PrivflowPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPrivflowPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PrivflowPackageImpl thePrivflowPackage = registeredPrivflowPackage instanceof PrivflowPackageImpl ? (PrivflowPackageImpl)registeredPrivflowPackage : new PrivflowPackageImpl();

		isInited = true;

		// Create package meta-data objects
		thePrivflowPackage.createPackageContents();

		// Initialize created meta-data
		thePrivflowPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePrivflowPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PrivflowPackage.eNS_URI, thePrivflowPackage);
		return thePrivflowPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamed() {
		return namedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Name() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Description() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlowEndpoint() {
		return flowEndpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataFlowModel() {
		return dataFlowModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataFlowModel_AsOf() {
		return (EAttribute)dataFlowModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlowModel_RecordKeeper() {
		return (EReference)dataFlowModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataFlowModel_Language() {
		return (EAttribute)dataFlowModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlowModel_Organisations() {
		return (EReference)dataFlowModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlowModel_Services() {
		return (EReference)dataFlowModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlowModel_DataCategories() {
		return (EReference)dataFlowModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlowModel_DataSubjectCategories() {
		return (EReference)dataFlowModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlowModel_Activities() {
		return (EReference)dataFlowModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlowModel_Flows() {
		return (EReference)dataFlowModelEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlowModel_Reviews() {
		return (EReference)dataFlowModelEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlowModel_Catalogue() {
		return (EReference)dataFlowModelEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Name() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Email() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Phone() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Address() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation() {
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_RegistrationId() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Country() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_DpfCertified() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_DpfCoversHr() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_DpfCertifiedFrom() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_DpfCertifiedUntil() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_PipedaSubject() {
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Contact() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Dpo() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Representative() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Parent() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_TransferTools() {
		return (EReference)organisationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocation() {
		return locationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Country() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Region() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Provider() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_RemoteAccessOnly() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_Purpose() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_PurposeFi() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocation_AccessedBy() {
		return (EAttribute)locationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getService() {
		return serviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_Kind() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Provider() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Locations() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_Contract() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_ContractReference() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_EncryptedInTransit() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_EncryptedAtRest() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_EndToEndEncrypted() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_SubProcessors() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_CatalogueEntry() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_Devices() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_TransferTools() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataCategory() {
		return dataCategoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataCategory_Kind() {
		return (EAttribute)dataCategoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataCategory_SpecialCategory() {
		return (EAttribute)dataCategoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataCategory_Criminal() {
		return (EAttribute)dataCategoryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataSubjectCategory() {
		return dataSubjectCategoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSubjectCategory_Children() {
		return (EAttribute)dataSubjectCategoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivityRole() {
		return activityRoleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivityRole_Organisation() {
		return (EReference)activityRoleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivityRole_Role() {
		return (EAttribute)activityRoleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcessingActivity() {
		return processingActivityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingActivity_Purposes() {
		return (EAttribute)processingActivityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingActivity_LegalBasis() {
		return (EAttribute)processingActivityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingActivity_Article9Condition() {
		return (EAttribute)processingActivityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessingActivity_DataSubjects() {
		return (EReference)processingActivityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessingActivity_DataCategories() {
		return (EReference)processingActivityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessingActivity_Roles() {
		return (EReference)processingActivityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingActivity_RecipientCategories() {
		return (EAttribute)processingActivityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingActivity_Retention() {
		return (EAttribute)processingActivityEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingActivity_SecurityMeasures() {
		return (EAttribute)processingActivityEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingActivity_DataSubjectsInformed() {
		return (EAttribute)processingActivityEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingActivity_PrivacyNoticeReference() {
		return (EAttribute)processingActivityEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingActivity_DpiaReference() {
		return (EAttribute)processingActivityEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataFlow() {
		return dataFlowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlow_Source() {
		return (EReference)dataFlowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlow_Target() {
		return (EReference)dataFlowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlow_DataCategories() {
		return (EReference)dataFlowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlow_Activity() {
		return (EReference)dataFlowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataFlow_Channel() {
		return (EAttribute)dataFlowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataFlow_Frequency() {
		return (EAttribute)dataFlowEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataFlow_Safeguard() {
		return (EReference)dataFlowEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTransferSafeguard() {
		return transferSafeguardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferSafeguard_Reference() {
		return (EAttribute)transferSafeguardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferSafeguard_TiaReference() {
		return (EAttribute)transferSafeguardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTransferSafeguard_TiaDate() {
		return (EAttribute)transferSafeguardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdequacyDecisionReference() {
		return adequacyDecisionReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdequacyDecisionReference_Decision() {
		return (EAttribute)adequacyDecisionReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDpfCertification() {
		return dpfCertificationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandardContractualClauses() {
		return standardContractualClausesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardContractualClauses_Module() {
		return (EAttribute)standardContractualClausesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardContractualClauses_SignedOn() {
		return (EAttribute)standardContractualClausesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBindingCorporateRules() {
		return bindingCorporateRulesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCodeOfConduct() {
		return codeOfConductEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDerogation() {
		return derogationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDerogation_Point() {
		return (EAttribute)derogationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDerogation_Documentation() {
		return (EAttribute)derogationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewDecision() {
		return reviewDecisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDecision_FindingKey() {
		return (EAttribute)reviewDecisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDecision_Status() {
		return (EAttribute)reviewDecisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDecision_Reviewer() {
		return (EAttribute)reviewDecisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDecision_Date() {
		return (EAttribute)reviewDecisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDecision_Rationale() {
		return (EAttribute)reviewDecisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDecision_Fingerprint() {
		return (EAttribute)reviewDecisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalogue() {
		return catalogueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogue_AsOf() {
		return (EAttribute)catalogueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogue_NameFi() {
		return (EAttribute)catalogueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogue_DescriptionFi() {
		return (EAttribute)catalogueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogue_Sources() {
		return (EAttribute)catalogueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogue_SourcesFi() {
		return (EAttribute)catalogueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalogue_Countries() {
		return (EReference)catalogueEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalogue_AdequacyDecisions() {
		return (EReference)catalogueEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalogue_KnownOrganisations() {
		return (EReference)catalogueEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalogue_KnownServices() {
		return (EReference)catalogueEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCatalogue_Scenarios() {
		return (EReference)catalogueEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Key() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Name() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_NameFi() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Description() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_DescriptionFi() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_WithdrawnDecisions() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCountryEntry() {
		return countryEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryEntry_Code() {
		return (EAttribute)countryEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryEntry_Name() {
		return (EAttribute)countryEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryEntry_NameFi() {
		return (EAttribute)countryEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryEntry_GenitiveFi() {
		return (EAttribute)countryEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryEntry_InessiveFi() {
		return (EAttribute)countryEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryEntry_IllativeFi() {
		return (EAttribute)countryEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryEntry_ElativeFi() {
		return (EAttribute)countryEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryEntry_PartitiveFi() {
		return (EAttribute)countryEntryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCountryEntry_Eea() {
		return (EAttribute)countryEntryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdequacyDecision() {
		return adequacyDecisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdequacyDecision_Key() {
		return (EAttribute)adequacyDecisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdequacyDecision_Country() {
		return (EAttribute)adequacyDecisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdequacyDecision_Scope() {
		return (EAttribute)adequacyDecisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdequacyDecision_ScopeNote() {
		return (EAttribute)adequacyDecisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdequacyDecision_ScopeNoteFi() {
		return (EAttribute)adequacyDecisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdequacyDecision_DecisionId() {
		return (EAttribute)adequacyDecisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdequacyDecision_Adopted() {
		return (EAttribute)adequacyDecisionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdequacyDecision_ValidUntil() {
		return (EAttribute)adequacyDecisionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdequacyDecision_ReviewDue() {
		return (EAttribute)adequacyDecisionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdequacyDecision_Source() {
		return (EAttribute)adequacyDecisionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdequacyDecision_SourceFi() {
		return (EAttribute)adequacyDecisionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKnownOrganisation() {
		return knownOrganisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownOrganisation_Key() {
		return (EAttribute)knownOrganisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownOrganisation_Name() {
		return (EAttribute)knownOrganisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownOrganisation_Country() {
		return (EAttribute)knownOrganisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownOrganisation_Parent() {
		return (EAttribute)knownOrganisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownOrganisation_DpfCertified() {
		return (EAttribute)knownOrganisationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownOrganisation_DpfCoversHr() {
		return (EAttribute)knownOrganisationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownOrganisation_DpfCertifiedFrom() {
		return (EAttribute)knownOrganisationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownOrganisation_DpfCertifiedUntil() {
		return (EAttribute)knownOrganisationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownOrganisation_Source() {
		return (EAttribute)knownOrganisationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownOrganisation_SourceFi() {
		return (EAttribute)knownOrganisationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownOrganisation_Checked() {
		return (EAttribute)knownOrganisationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKnownService() {
		return knownServiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_Key() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_Name() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_Kind() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_Provider() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_ProviderName() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_ProviderCountry() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_ParentName() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_ParentCountry() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_DpfCertified() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_BusinessDpa() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_Contract() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_EndToEndEncrypted() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKnownService_Locations() {
		return (EReference)knownServiceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_Source() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_SourceFi() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownService_Checked() {
		return (EAttribute)knownServiceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getServiceKind() {
		return serviceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContractType() {
		return contractTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataKind() {
		return dataKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRole() {
		return roleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLegalBasis() {
		return legalBasisEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArticle9Condition() {
		return article9ConditionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannel() {
		return channelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFrequency() {
		return frequencyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSccModule() {
		return sccModuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDerogationPoint() {
		return derogationPointEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeviceControl() {
		return deviceControlEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccessor() {
		return accessorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReviewStatus() {
		return reviewStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAdequacyScope() {
		return adequacyScopeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate() {
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PrivflowFactory getPrivflowFactory() {
		return (PrivflowFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		namedEClass = createEClass(NAMED);
		createEAttribute(namedEClass, NAMED__NAME);
		createEAttribute(namedEClass, NAMED__DESCRIPTION);

		flowEndpointEClass = createEClass(FLOW_ENDPOINT);

		dataFlowModelEClass = createEClass(DATA_FLOW_MODEL);
		createEAttribute(dataFlowModelEClass, DATA_FLOW_MODEL__AS_OF);
		createEReference(dataFlowModelEClass, DATA_FLOW_MODEL__RECORD_KEEPER);
		createEAttribute(dataFlowModelEClass, DATA_FLOW_MODEL__LANGUAGE);
		createEReference(dataFlowModelEClass, DATA_FLOW_MODEL__ORGANISATIONS);
		createEReference(dataFlowModelEClass, DATA_FLOW_MODEL__SERVICES);
		createEReference(dataFlowModelEClass, DATA_FLOW_MODEL__DATA_CATEGORIES);
		createEReference(dataFlowModelEClass, DATA_FLOW_MODEL__DATA_SUBJECT_CATEGORIES);
		createEReference(dataFlowModelEClass, DATA_FLOW_MODEL__ACTIVITIES);
		createEReference(dataFlowModelEClass, DATA_FLOW_MODEL__FLOWS);
		createEReference(dataFlowModelEClass, DATA_FLOW_MODEL__REVIEWS);
		createEReference(dataFlowModelEClass, DATA_FLOW_MODEL__CATALOGUE);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__NAME);
		createEAttribute(contactEClass, CONTACT__EMAIL);
		createEAttribute(contactEClass, CONTACT__PHONE);
		createEAttribute(contactEClass, CONTACT__ADDRESS);

		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__REGISTRATION_ID);
		createEAttribute(organisationEClass, ORGANISATION__COUNTRY);
		createEAttribute(organisationEClass, ORGANISATION__DPF_CERTIFIED);
		createEAttribute(organisationEClass, ORGANISATION__DPF_COVERS_HR);
		createEAttribute(organisationEClass, ORGANISATION__DPF_CERTIFIED_FROM);
		createEAttribute(organisationEClass, ORGANISATION__DPF_CERTIFIED_UNTIL);
		createEAttribute(organisationEClass, ORGANISATION__PIPEDA_SUBJECT);
		createEReference(organisationEClass, ORGANISATION__CONTACT);
		createEReference(organisationEClass, ORGANISATION__DPO);
		createEReference(organisationEClass, ORGANISATION__REPRESENTATIVE);
		createEReference(organisationEClass, ORGANISATION__PARENT);
		createEReference(organisationEClass, ORGANISATION__TRANSFER_TOOLS);

		locationEClass = createEClass(LOCATION);
		createEAttribute(locationEClass, LOCATION__COUNTRY);
		createEAttribute(locationEClass, LOCATION__REGION);
		createEAttribute(locationEClass, LOCATION__PROVIDER);
		createEAttribute(locationEClass, LOCATION__REMOTE_ACCESS_ONLY);
		createEAttribute(locationEClass, LOCATION__PURPOSE);
		createEAttribute(locationEClass, LOCATION__PURPOSE_FI);
		createEAttribute(locationEClass, LOCATION__ACCESSED_BY);

		serviceEClass = createEClass(SERVICE);
		createEAttribute(serviceEClass, SERVICE__KIND);
		createEReference(serviceEClass, SERVICE__PROVIDER);
		createEReference(serviceEClass, SERVICE__LOCATIONS);
		createEAttribute(serviceEClass, SERVICE__CONTRACT);
		createEAttribute(serviceEClass, SERVICE__CONTRACT_REFERENCE);
		createEAttribute(serviceEClass, SERVICE__ENCRYPTED_IN_TRANSIT);
		createEAttribute(serviceEClass, SERVICE__ENCRYPTED_AT_REST);
		createEAttribute(serviceEClass, SERVICE__END_TO_END_ENCRYPTED);
		createEReference(serviceEClass, SERVICE__SUB_PROCESSORS);
		createEAttribute(serviceEClass, SERVICE__CATALOGUE_ENTRY);
		createEAttribute(serviceEClass, SERVICE__DEVICES);
		createEReference(serviceEClass, SERVICE__TRANSFER_TOOLS);

		dataCategoryEClass = createEClass(DATA_CATEGORY);
		createEAttribute(dataCategoryEClass, DATA_CATEGORY__KIND);
		createEAttribute(dataCategoryEClass, DATA_CATEGORY__SPECIAL_CATEGORY);
		createEAttribute(dataCategoryEClass, DATA_CATEGORY__CRIMINAL);

		dataSubjectCategoryEClass = createEClass(DATA_SUBJECT_CATEGORY);
		createEAttribute(dataSubjectCategoryEClass, DATA_SUBJECT_CATEGORY__CHILDREN);

		activityRoleEClass = createEClass(ACTIVITY_ROLE);
		createEReference(activityRoleEClass, ACTIVITY_ROLE__ORGANISATION);
		createEAttribute(activityRoleEClass, ACTIVITY_ROLE__ROLE);

		processingActivityEClass = createEClass(PROCESSING_ACTIVITY);
		createEAttribute(processingActivityEClass, PROCESSING_ACTIVITY__PURPOSES);
		createEAttribute(processingActivityEClass, PROCESSING_ACTIVITY__LEGAL_BASIS);
		createEAttribute(processingActivityEClass, PROCESSING_ACTIVITY__ARTICLE9_CONDITION);
		createEReference(processingActivityEClass, PROCESSING_ACTIVITY__DATA_SUBJECTS);
		createEReference(processingActivityEClass, PROCESSING_ACTIVITY__DATA_CATEGORIES);
		createEReference(processingActivityEClass, PROCESSING_ACTIVITY__ROLES);
		createEAttribute(processingActivityEClass, PROCESSING_ACTIVITY__RECIPIENT_CATEGORIES);
		createEAttribute(processingActivityEClass, PROCESSING_ACTIVITY__RETENTION);
		createEAttribute(processingActivityEClass, PROCESSING_ACTIVITY__SECURITY_MEASURES);
		createEAttribute(processingActivityEClass, PROCESSING_ACTIVITY__DATA_SUBJECTS_INFORMED);
		createEAttribute(processingActivityEClass, PROCESSING_ACTIVITY__PRIVACY_NOTICE_REFERENCE);
		createEAttribute(processingActivityEClass, PROCESSING_ACTIVITY__DPIA_REFERENCE);

		dataFlowEClass = createEClass(DATA_FLOW);
		createEReference(dataFlowEClass, DATA_FLOW__SOURCE);
		createEReference(dataFlowEClass, DATA_FLOW__TARGET);
		createEReference(dataFlowEClass, DATA_FLOW__DATA_CATEGORIES);
		createEReference(dataFlowEClass, DATA_FLOW__ACTIVITY);
		createEAttribute(dataFlowEClass, DATA_FLOW__CHANNEL);
		createEAttribute(dataFlowEClass, DATA_FLOW__FREQUENCY);
		createEReference(dataFlowEClass, DATA_FLOW__SAFEGUARD);

		transferSafeguardEClass = createEClass(TRANSFER_SAFEGUARD);
		createEAttribute(transferSafeguardEClass, TRANSFER_SAFEGUARD__REFERENCE);
		createEAttribute(transferSafeguardEClass, TRANSFER_SAFEGUARD__TIA_REFERENCE);
		createEAttribute(transferSafeguardEClass, TRANSFER_SAFEGUARD__TIA_DATE);

		adequacyDecisionReferenceEClass = createEClass(ADEQUACY_DECISION_REFERENCE);
		createEAttribute(adequacyDecisionReferenceEClass, ADEQUACY_DECISION_REFERENCE__DECISION);

		dpfCertificationEClass = createEClass(DPF_CERTIFICATION);

		standardContractualClausesEClass = createEClass(STANDARD_CONTRACTUAL_CLAUSES);
		createEAttribute(standardContractualClausesEClass, STANDARD_CONTRACTUAL_CLAUSES__MODULE);
		createEAttribute(standardContractualClausesEClass, STANDARD_CONTRACTUAL_CLAUSES__SIGNED_ON);

		bindingCorporateRulesEClass = createEClass(BINDING_CORPORATE_RULES);

		codeOfConductEClass = createEClass(CODE_OF_CONDUCT);

		derogationEClass = createEClass(DEROGATION);
		createEAttribute(derogationEClass, DEROGATION__POINT);
		createEAttribute(derogationEClass, DEROGATION__DOCUMENTATION);

		reviewDecisionEClass = createEClass(REVIEW_DECISION);
		createEAttribute(reviewDecisionEClass, REVIEW_DECISION__FINDING_KEY);
		createEAttribute(reviewDecisionEClass, REVIEW_DECISION__STATUS);
		createEAttribute(reviewDecisionEClass, REVIEW_DECISION__REVIEWER);
		createEAttribute(reviewDecisionEClass, REVIEW_DECISION__DATE);
		createEAttribute(reviewDecisionEClass, REVIEW_DECISION__RATIONALE);
		createEAttribute(reviewDecisionEClass, REVIEW_DECISION__FINGERPRINT);

		catalogueEClass = createEClass(CATALOGUE);
		createEAttribute(catalogueEClass, CATALOGUE__AS_OF);
		createEAttribute(catalogueEClass, CATALOGUE__NAME_FI);
		createEAttribute(catalogueEClass, CATALOGUE__DESCRIPTION_FI);
		createEAttribute(catalogueEClass, CATALOGUE__SOURCES);
		createEAttribute(catalogueEClass, CATALOGUE__SOURCES_FI);
		createEReference(catalogueEClass, CATALOGUE__COUNTRIES);
		createEReference(catalogueEClass, CATALOGUE__ADEQUACY_DECISIONS);
		createEReference(catalogueEClass, CATALOGUE__KNOWN_ORGANISATIONS);
		createEReference(catalogueEClass, CATALOGUE__KNOWN_SERVICES);
		createEReference(catalogueEClass, CATALOGUE__SCENARIOS);

		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__KEY);
		createEAttribute(scenarioEClass, SCENARIO__NAME);
		createEAttribute(scenarioEClass, SCENARIO__NAME_FI);
		createEAttribute(scenarioEClass, SCENARIO__DESCRIPTION);
		createEAttribute(scenarioEClass, SCENARIO__DESCRIPTION_FI);
		createEAttribute(scenarioEClass, SCENARIO__WITHDRAWN_DECISIONS);

		countryEntryEClass = createEClass(COUNTRY_ENTRY);
		createEAttribute(countryEntryEClass, COUNTRY_ENTRY__CODE);
		createEAttribute(countryEntryEClass, COUNTRY_ENTRY__NAME);
		createEAttribute(countryEntryEClass, COUNTRY_ENTRY__NAME_FI);
		createEAttribute(countryEntryEClass, COUNTRY_ENTRY__GENITIVE_FI);
		createEAttribute(countryEntryEClass, COUNTRY_ENTRY__INESSIVE_FI);
		createEAttribute(countryEntryEClass, COUNTRY_ENTRY__ILLATIVE_FI);
		createEAttribute(countryEntryEClass, COUNTRY_ENTRY__ELATIVE_FI);
		createEAttribute(countryEntryEClass, COUNTRY_ENTRY__PARTITIVE_FI);
		createEAttribute(countryEntryEClass, COUNTRY_ENTRY__EEA);

		adequacyDecisionEClass = createEClass(ADEQUACY_DECISION);
		createEAttribute(adequacyDecisionEClass, ADEQUACY_DECISION__KEY);
		createEAttribute(adequacyDecisionEClass, ADEQUACY_DECISION__COUNTRY);
		createEAttribute(adequacyDecisionEClass, ADEQUACY_DECISION__SCOPE);
		createEAttribute(adequacyDecisionEClass, ADEQUACY_DECISION__SCOPE_NOTE);
		createEAttribute(adequacyDecisionEClass, ADEQUACY_DECISION__SCOPE_NOTE_FI);
		createEAttribute(adequacyDecisionEClass, ADEQUACY_DECISION__DECISION_ID);
		createEAttribute(adequacyDecisionEClass, ADEQUACY_DECISION__ADOPTED);
		createEAttribute(adequacyDecisionEClass, ADEQUACY_DECISION__VALID_UNTIL);
		createEAttribute(adequacyDecisionEClass, ADEQUACY_DECISION__REVIEW_DUE);
		createEAttribute(adequacyDecisionEClass, ADEQUACY_DECISION__SOURCE);
		createEAttribute(adequacyDecisionEClass, ADEQUACY_DECISION__SOURCE_FI);

		knownOrganisationEClass = createEClass(KNOWN_ORGANISATION);
		createEAttribute(knownOrganisationEClass, KNOWN_ORGANISATION__KEY);
		createEAttribute(knownOrganisationEClass, KNOWN_ORGANISATION__NAME);
		createEAttribute(knownOrganisationEClass, KNOWN_ORGANISATION__COUNTRY);
		createEAttribute(knownOrganisationEClass, KNOWN_ORGANISATION__PARENT);
		createEAttribute(knownOrganisationEClass, KNOWN_ORGANISATION__DPF_CERTIFIED);
		createEAttribute(knownOrganisationEClass, KNOWN_ORGANISATION__DPF_COVERS_HR);
		createEAttribute(knownOrganisationEClass, KNOWN_ORGANISATION__DPF_CERTIFIED_FROM);
		createEAttribute(knownOrganisationEClass, KNOWN_ORGANISATION__DPF_CERTIFIED_UNTIL);
		createEAttribute(knownOrganisationEClass, KNOWN_ORGANISATION__SOURCE);
		createEAttribute(knownOrganisationEClass, KNOWN_ORGANISATION__SOURCE_FI);
		createEAttribute(knownOrganisationEClass, KNOWN_ORGANISATION__CHECKED);

		knownServiceEClass = createEClass(KNOWN_SERVICE);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__KEY);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__NAME);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__KIND);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__PROVIDER);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__PROVIDER_NAME);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__PROVIDER_COUNTRY);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__PARENT_NAME);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__PARENT_COUNTRY);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__DPF_CERTIFIED);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__BUSINESS_DPA);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__CONTRACT);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__END_TO_END_ENCRYPTED);
		createEReference(knownServiceEClass, KNOWN_SERVICE__LOCATIONS);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__SOURCE);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__SOURCE_FI);
		createEAttribute(knownServiceEClass, KNOWN_SERVICE__CHECKED);

		// Create enums
		serviceKindEEnum = createEEnum(SERVICE_KIND);
		contractTypeEEnum = createEEnum(CONTRACT_TYPE);
		dataKindEEnum = createEEnum(DATA_KIND);
		roleEEnum = createEEnum(ROLE);
		legalBasisEEnum = createEEnum(LEGAL_BASIS);
		article9ConditionEEnum = createEEnum(ARTICLE9_CONDITION);
		channelEEnum = createEEnum(CHANNEL);
		frequencyEEnum = createEEnum(FREQUENCY);
		sccModuleEEnum = createEEnum(SCC_MODULE);
		derogationPointEEnum = createEEnum(DEROGATION_POINT);
		deviceControlEEnum = createEEnum(DEVICE_CONTROL);
		accessorEEnum = createEEnum(ACCESSOR);
		reviewStatusEEnum = createEEnum(REVIEW_STATUS);
		adequacyScopeEEnum = createEEnum(ADEQUACY_SCOPE);

		// Create data types
		dateEDataType = createEDataType(DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedEClass.getESuperTypes().add(this.getIdentified());
		flowEndpointEClass.getESuperTypes().add(this.getNamed());
		dataFlowModelEClass.getESuperTypes().add(this.getNamed());
		organisationEClass.getESuperTypes().add(this.getFlowEndpoint());
		serviceEClass.getESuperTypes().add(this.getFlowEndpoint());
		dataCategoryEClass.getESuperTypes().add(this.getNamed());
		dataSubjectCategoryEClass.getESuperTypes().add(this.getFlowEndpoint());
		processingActivityEClass.getESuperTypes().add(this.getNamed());
		dataFlowEClass.getESuperTypes().add(this.getNamed());
		transferSafeguardEClass.getESuperTypes().add(this.getIdentified());
		adequacyDecisionReferenceEClass.getESuperTypes().add(this.getTransferSafeguard());
		dpfCertificationEClass.getESuperTypes().add(this.getTransferSafeguard());
		standardContractualClausesEClass.getESuperTypes().add(this.getTransferSafeguard());
		bindingCorporateRulesEClass.getESuperTypes().add(this.getTransferSafeguard());
		codeOfConductEClass.getESuperTypes().add(this.getTransferSafeguard());
		derogationEClass.getESuperTypes().add(this.getTransferSafeguard());
		reviewDecisionEClass.getESuperTypes().add(this.getIdentified());
		catalogueEClass.getESuperTypes().add(this.getNamed());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedEClass, Named.class, "Named", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamed_Name(), ecorePackage.getEString(), "name", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamed_Description(), ecorePackage.getEString(), "description", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flowEndpointEClass, FlowEndpoint.class, "FlowEndpoint", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(dataFlowModelEClass, DataFlowModel.class, "DataFlowModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataFlowModel_AsOf(), this.getDate(), "asOf", null, 0, 1, DataFlowModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlowModel_RecordKeeper(), this.getOrganisation(), null, "recordKeeper", null, 0, 1, DataFlowModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataFlowModel_Language(), ecorePackage.getEString(), "language", null, 0, 1, DataFlowModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlowModel_Organisations(), this.getOrganisation(), null, "organisations", null, 0, -1, DataFlowModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlowModel_Services(), this.getService(), null, "services", null, 0, -1, DataFlowModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlowModel_DataCategories(), this.getDataCategory(), null, "dataCategories", null, 0, -1, DataFlowModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlowModel_DataSubjectCategories(), this.getDataSubjectCategory(), null, "dataSubjectCategories", null, 0, -1, DataFlowModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlowModel_Activities(), this.getProcessingActivity(), null, "activities", null, 0, -1, DataFlowModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlowModel_Flows(), this.getDataFlow(), null, "flows", null, 0, -1, DataFlowModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlowModel_Reviews(), this.getReviewDecision(), null, "reviews", null, 0, -1, DataFlowModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlowModel_Catalogue(), this.getCatalogue(), null, "catalogue", null, 0, 1, DataFlowModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContact_Name(), ecorePackage.getEString(), "name", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Email(), ecorePackage.getEString(), "email", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Address(), ecorePackage.getEString(), "address", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_RegistrationId(), ecorePackage.getEString(), "registrationId", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Country(), ecorePackage.getEString(), "country", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_DpfCertified(), ecorePackage.getEBoolean(), "dpfCertified", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_DpfCoversHr(), ecorePackage.getEBoolean(), "dpfCoversHr", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_DpfCertifiedFrom(), this.getDate(), "dpfCertifiedFrom", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_DpfCertifiedUntil(), this.getDate(), "dpfCertifiedUntil", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_PipedaSubject(), ecorePackage.getEBoolean(), "pipedaSubject", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Contact(), this.getContact(), null, "contact", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Dpo(), this.getContact(), null, "dpo", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Representative(), this.getContact(), null, "representative", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Parent(), this.getOrganisation(), null, "parent", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_TransferTools(), this.getTransferSafeguard(), null, "transferTools", null, 0, -1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(locationEClass, Location.class, "Location", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLocation_Country(), ecorePackage.getEString(), "country", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Region(), ecorePackage.getEString(), "region", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_RemoteAccessOnly(), ecorePackage.getEBoolean(), "remoteAccessOnly", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_PurposeFi(), ecorePackage.getEString(), "purposeFi", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocation_AccessedBy(), this.getAccessor(), "accessedBy", null, 0, 1, Location.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceEClass, Service.class, "Service", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getService_Kind(), this.getServiceKind(), "kind", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getService_Provider(), this.getOrganisation(), null, "provider", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getService_Locations(), this.getLocation(), null, "locations", null, 0, -1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_Contract(), this.getContractType(), "contract", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_ContractReference(), ecorePackage.getEString(), "contractReference", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_EncryptedInTransit(), ecorePackage.getEBoolean(), "encryptedInTransit", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_EncryptedAtRest(), ecorePackage.getEBoolean(), "encryptedAtRest", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_EndToEndEncrypted(), ecorePackage.getEBoolean(), "endToEndEncrypted", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getService_SubProcessors(), this.getService(), null, "subProcessors", null, 0, -1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_CatalogueEntry(), ecorePackage.getEString(), "catalogueEntry", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_Devices(), this.getDeviceControl(), "devices", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getService_TransferTools(), this.getTransferSafeguard(), null, "transferTools", null, 0, -1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataCategoryEClass, DataCategory.class, "DataCategory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataCategory_Kind(), this.getDataKind(), "kind", null, 0, 1, DataCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataCategory_SpecialCategory(), ecorePackage.getEBoolean(), "specialCategory", null, 0, 1, DataCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataCategory_Criminal(), ecorePackage.getEBoolean(), "criminal", null, 0, 1, DataCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataSubjectCategoryEClass, DataSubjectCategory.class, "DataSubjectCategory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataSubjectCategory_Children(), ecorePackage.getEBoolean(), "children", null, 0, 1, DataSubjectCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activityRoleEClass, ActivityRole.class, "ActivityRole", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getActivityRole_Organisation(), this.getOrganisation(), null, "organisation", null, 0, 1, ActivityRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivityRole_Role(), this.getRole(), "role", null, 0, 1, ActivityRole.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(processingActivityEClass, ProcessingActivity.class, "ProcessingActivity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProcessingActivity_Purposes(), ecorePackage.getEString(), "purposes", null, 0, -1, ProcessingActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessingActivity_LegalBasis(), this.getLegalBasis(), "legalBasis", null, 0, 1, ProcessingActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessingActivity_Article9Condition(), this.getArticle9Condition(), "article9Condition", null, 0, 1, ProcessingActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcessingActivity_DataSubjects(), this.getDataSubjectCategory(), null, "dataSubjects", null, 0, -1, ProcessingActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcessingActivity_DataCategories(), this.getDataCategory(), null, "dataCategories", null, 0, -1, ProcessingActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcessingActivity_Roles(), this.getActivityRole(), null, "roles", null, 0, -1, ProcessingActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessingActivity_RecipientCategories(), ecorePackage.getEString(), "recipientCategories", null, 0, -1, ProcessingActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessingActivity_Retention(), ecorePackage.getEString(), "retention", null, 0, 1, ProcessingActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessingActivity_SecurityMeasures(), ecorePackage.getEString(), "securityMeasures", null, 0, -1, ProcessingActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessingActivity_DataSubjectsInformed(), ecorePackage.getEBoolean(), "dataSubjectsInformed", null, 0, 1, ProcessingActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessingActivity_PrivacyNoticeReference(), ecorePackage.getEString(), "privacyNoticeReference", null, 0, 1, ProcessingActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessingActivity_DpiaReference(), ecorePackage.getEString(), "dpiaReference", null, 0, 1, ProcessingActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataFlowEClass, DataFlow.class, "DataFlow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDataFlow_Source(), this.getFlowEndpoint(), null, "source", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlow_Target(), this.getFlowEndpoint(), null, "target", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlow_DataCategories(), this.getDataCategory(), null, "dataCategories", null, 0, -1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlow_Activity(), this.getProcessingActivity(), null, "activity", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataFlow_Channel(), this.getChannel(), "channel", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataFlow_Frequency(), this.getFrequency(), "frequency", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataFlow_Safeguard(), this.getTransferSafeguard(), null, "safeguard", null, 0, 1, DataFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(transferSafeguardEClass, TransferSafeguard.class, "TransferSafeguard", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTransferSafeguard_Reference(), ecorePackage.getEString(), "reference", null, 0, 1, TransferSafeguard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferSafeguard_TiaReference(), ecorePackage.getEString(), "tiaReference", null, 0, 1, TransferSafeguard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTransferSafeguard_TiaDate(), this.getDate(), "tiaDate", null, 0, 1, TransferSafeguard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adequacyDecisionReferenceEClass, AdequacyDecisionReference.class, "AdequacyDecisionReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdequacyDecisionReference_Decision(), ecorePackage.getEString(), "decision", null, 0, 1, AdequacyDecisionReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dpfCertificationEClass, DpfCertification.class, "DpfCertification", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(standardContractualClausesEClass, StandardContractualClauses.class, "StandardContractualClauses", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStandardContractualClauses_Module(), this.getSccModule(), "module", null, 0, 1, StandardContractualClauses.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardContractualClauses_SignedOn(), this.getDate(), "signedOn", null, 0, 1, StandardContractualClauses.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bindingCorporateRulesEClass, BindingCorporateRules.class, "BindingCorporateRules", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(codeOfConductEClass, CodeOfConduct.class, "CodeOfConduct", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(derogationEClass, Derogation.class, "Derogation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDerogation_Point(), this.getDerogationPoint(), "point", null, 0, 1, Derogation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDerogation_Documentation(), ecorePackage.getEString(), "documentation", null, 0, 1, Derogation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewDecisionEClass, ReviewDecision.class, "ReviewDecision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewDecision_FindingKey(), ecorePackage.getEString(), "findingKey", null, 0, 1, ReviewDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewDecision_Status(), this.getReviewStatus(), "status", null, 0, 1, ReviewDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewDecision_Reviewer(), ecorePackage.getEString(), "reviewer", null, 0, 1, ReviewDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewDecision_Date(), this.getDate(), "date", null, 0, 1, ReviewDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewDecision_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, ReviewDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewDecision_Fingerprint(), ecorePackage.getEString(), "fingerprint", null, 0, 1, ReviewDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(catalogueEClass, Catalogue.class, "Catalogue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCatalogue_AsOf(), this.getDate(), "asOf", null, 0, 1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogue_NameFi(), ecorePackage.getEString(), "nameFi", null, 0, 1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogue_DescriptionFi(), ecorePackage.getEString(), "descriptionFi", null, 0, 1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogue_Sources(), ecorePackage.getEString(), "sources", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogue_SourcesFi(), ecorePackage.getEString(), "sourcesFi", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalogue_Countries(), this.getCountryEntry(), null, "countries", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalogue_AdequacyDecisions(), this.getAdequacyDecision(), null, "adequacyDecisions", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalogue_KnownOrganisations(), this.getKnownOrganisation(), null, "knownOrganisations", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalogue_KnownServices(), this.getKnownService(), null, "knownServices", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCatalogue_Scenarios(), this.getScenario(), null, "scenarios", null, 0, -1, Catalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenario_Key(), ecorePackage.getEString(), "key", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Name(), ecorePackage.getEString(), "name", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_NameFi(), ecorePackage.getEString(), "nameFi", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Description(), ecorePackage.getEString(), "description", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_DescriptionFi(), ecorePackage.getEString(), "descriptionFi", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_WithdrawnDecisions(), ecorePackage.getEString(), "withdrawnDecisions", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(countryEntryEClass, CountryEntry.class, "CountryEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCountryEntry_Code(), ecorePackage.getEString(), "code", null, 0, 1, CountryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryEntry_Name(), ecorePackage.getEString(), "name", null, 0, 1, CountryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryEntry_NameFi(), ecorePackage.getEString(), "nameFi", null, 0, 1, CountryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryEntry_GenitiveFi(), ecorePackage.getEString(), "genitiveFi", null, 0, 1, CountryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryEntry_InessiveFi(), ecorePackage.getEString(), "inessiveFi", null, 0, 1, CountryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryEntry_IllativeFi(), ecorePackage.getEString(), "illativeFi", null, 0, 1, CountryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryEntry_ElativeFi(), ecorePackage.getEString(), "elativeFi", null, 0, 1, CountryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryEntry_PartitiveFi(), ecorePackage.getEString(), "partitiveFi", null, 0, 1, CountryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCountryEntry_Eea(), ecorePackage.getEBoolean(), "eea", null, 0, 1, CountryEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adequacyDecisionEClass, AdequacyDecision.class, "AdequacyDecision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdequacyDecision_Key(), ecorePackage.getEString(), "key", null, 0, 1, AdequacyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdequacyDecision_Country(), ecorePackage.getEString(), "country", null, 0, 1, AdequacyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdequacyDecision_Scope(), this.getAdequacyScope(), "scope", null, 0, 1, AdequacyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdequacyDecision_ScopeNote(), ecorePackage.getEString(), "scopeNote", null, 0, 1, AdequacyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdequacyDecision_ScopeNoteFi(), ecorePackage.getEString(), "scopeNoteFi", null, 0, 1, AdequacyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdequacyDecision_DecisionId(), ecorePackage.getEString(), "decisionId", null, 0, 1, AdequacyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdequacyDecision_Adopted(), this.getDate(), "adopted", null, 0, 1, AdequacyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdequacyDecision_ValidUntil(), this.getDate(), "validUntil", null, 0, 1, AdequacyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdequacyDecision_ReviewDue(), this.getDate(), "reviewDue", null, 0, 1, AdequacyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdequacyDecision_Source(), ecorePackage.getEString(), "source", null, 0, 1, AdequacyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdequacyDecision_SourceFi(), ecorePackage.getEString(), "sourceFi", null, 0, 1, AdequacyDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(knownOrganisationEClass, KnownOrganisation.class, "KnownOrganisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKnownOrganisation_Key(), ecorePackage.getEString(), "key", null, 0, 1, KnownOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownOrganisation_Name(), ecorePackage.getEString(), "name", null, 0, 1, KnownOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownOrganisation_Country(), ecorePackage.getEString(), "country", null, 0, 1, KnownOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownOrganisation_Parent(), ecorePackage.getEString(), "parent", null, 0, 1, KnownOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownOrganisation_DpfCertified(), ecorePackage.getEBoolean(), "dpfCertified", null, 0, 1, KnownOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownOrganisation_DpfCoversHr(), ecorePackage.getEBoolean(), "dpfCoversHr", null, 0, 1, KnownOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownOrganisation_DpfCertifiedFrom(), this.getDate(), "dpfCertifiedFrom", null, 0, 1, KnownOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownOrganisation_DpfCertifiedUntil(), this.getDate(), "dpfCertifiedUntil", null, 0, 1, KnownOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownOrganisation_Source(), ecorePackage.getEString(), "source", null, 0, 1, KnownOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownOrganisation_SourceFi(), ecorePackage.getEString(), "sourceFi", null, 0, 1, KnownOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownOrganisation_Checked(), this.getDate(), "checked", null, 0, 1, KnownOrganisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(knownServiceEClass, KnownService.class, "KnownService", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKnownService_Key(), ecorePackage.getEString(), "key", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_Name(), ecorePackage.getEString(), "name", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_Kind(), this.getServiceKind(), "kind", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_ProviderName(), ecorePackage.getEString(), "providerName", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_ProviderCountry(), ecorePackage.getEString(), "providerCountry", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_ParentName(), ecorePackage.getEString(), "parentName", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_ParentCountry(), ecorePackage.getEString(), "parentCountry", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_DpfCertified(), ecorePackage.getEBoolean(), "dpfCertified", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_BusinessDpa(), ecorePackage.getEBoolean(), "businessDpa", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_Contract(), this.getContractType(), "contract", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_EndToEndEncrypted(), ecorePackage.getEBoolean(), "endToEndEncrypted", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKnownService_Locations(), this.getLocation(), null, "locations", null, 0, -1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_Source(), ecorePackage.getEString(), "source", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_SourceFi(), ecorePackage.getEString(), "sourceFi", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownService_Checked(), this.getDate(), "checked", null, 0, 1, KnownService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(serviceKindEEnum, ServiceKind.class, "ServiceKind");
		addEEnumLiteral(serviceKindEEnum, ServiceKind.UNSPECIFIED);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.SAAS);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.CHAT_APP);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.EMAIL);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.SECURE_EMAIL);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.CRM);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.ON_PREMISE);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.FILE_SHARING);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.VIDEO_CONFERENCE);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.PAYROLL);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.HOSTING);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.DATA_STORE);
		addEEnumLiteral(serviceKindEEnum, ServiceKind.OTHER);

		initEEnum(contractTypeEEnum, ContractType.class, "ContractType");
		addEEnumLiteral(contractTypeEEnum, ContractType.UNKNOWN);
		addEEnumLiteral(contractTypeEEnum, ContractType.BUSINESS_DPA);
		addEEnumLiteral(contractTypeEEnum, ContractType.BUSINESS_NO_DPA);
		addEEnumLiteral(contractTypeEEnum, ContractType.CONSUMER_TERMS_PERSONAL);
		addEEnumLiteral(contractTypeEEnum, ContractType.INTERNAL);

		initEEnum(dataKindEEnum, DataKind.class, "DataKind");
		addEEnumLiteral(dataKindEEnum, DataKind.OTHER);
		addEEnumLiteral(dataKindEEnum, DataKind.CONTACT);
		addEEnumLiteral(dataKindEEnum, DataKind.IDENTIFIER);
		addEEnumLiteral(dataKindEEnum, DataKind.LOCATION);
		addEEnumLiteral(dataKindEEnum, DataKind.ACCESS_CODE);
		addEEnumLiteral(dataKindEEnum, DataKind.HEALTH);
		addEEnumLiteral(dataKindEEnum, DataKind.FINANCIAL);
		addEEnumLiteral(dataKindEEnum, DataKind.COMMUNICATION);
		addEEnumLiteral(dataKindEEnum, DataKind.EMPLOYMENT);
		addEEnumLiteral(dataKindEEnum, DataKind.BEHAVIOURAL);

		initEEnum(roleEEnum, Role.class, "Role");
		addEEnumLiteral(roleEEnum, Role.CONTROLLER);
		addEEnumLiteral(roleEEnum, Role.JOINT_CONTROLLER);
		addEEnumLiteral(roleEEnum, Role.PROCESSOR);
		addEEnumLiteral(roleEEnum, Role.SUB_PROCESSOR);

		initEEnum(legalBasisEEnum, LegalBasis.class, "LegalBasis");
		addEEnumLiteral(legalBasisEEnum, LegalBasis.UNSPECIFIED);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.CONSENT);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.CONTRACT);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.LEGAL_OBLIGATION);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.VITAL_INTERESTS);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.PUBLIC_TASK);
		addEEnumLiteral(legalBasisEEnum, LegalBasis.LEGITIMATE_INTERESTS);

		initEEnum(article9ConditionEEnum, Article9Condition.class, "Article9Condition");
		addEEnumLiteral(article9ConditionEEnum, Article9Condition.NONE);
		addEEnumLiteral(article9ConditionEEnum, Article9Condition.EXPLICIT_CONSENT);
		addEEnumLiteral(article9ConditionEEnum, Article9Condition.EMPLOYMENT_SOCIAL_SECURITY);
		addEEnumLiteral(article9ConditionEEnum, Article9Condition.VITAL_INTERESTS);
		addEEnumLiteral(article9ConditionEEnum, Article9Condition.NOT_FOR_PROFIT_BODY);
		addEEnumLiteral(article9ConditionEEnum, Article9Condition.MADE_PUBLIC);
		addEEnumLiteral(article9ConditionEEnum, Article9Condition.LEGAL_CLAIMS);
		addEEnumLiteral(article9ConditionEEnum, Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST);
		addEEnumLiteral(article9ConditionEEnum, Article9Condition.HEALTH_CARE);
		addEEnumLiteral(article9ConditionEEnum, Article9Condition.PUBLIC_HEALTH);
		addEEnumLiteral(article9ConditionEEnum, Article9Condition.ARCHIVING_RESEARCH);

		initEEnum(channelEEnum, Channel.class, "Channel");
		addEEnumLiteral(channelEEnum, Channel.UNSPECIFIED);
		addEEnumLiteral(channelEEnum, Channel.CHAT_MESSAGE);
		addEEnumLiteral(channelEEnum, Channel.E2E_CHAT_MESSAGE);
		addEEnumLiteral(channelEEnum, Channel.API);
		addEEnumLiteral(channelEEnum, Channel.EMAIL);
		addEEnumLiteral(channelEEnum, Channel.SECURE_EMAIL);
		addEEnumLiteral(channelEEnum, Channel.FILE_UPLOAD);
		addEEnumLiteral(channelEEnum, Channel.WEB_FORM);
		addEEnumLiteral(channelEEnum, Channel.PHONE);
		addEEnumLiteral(channelEEnum, Channel.PAPER);
		addEEnumLiteral(channelEEnum, Channel.REPLICATION);
		addEEnumLiteral(channelEEnum, Channel.REMOTE_ACCESS);
		addEEnumLiteral(channelEEnum, Channel.SMS);

		initEEnum(frequencyEEnum, Frequency.class, "Frequency");
		addEEnumLiteral(frequencyEEnum, Frequency.REGULAR);
		addEEnumLiteral(frequencyEEnum, Frequency.OCCASIONAL);

		initEEnum(sccModuleEEnum, SccModule.class, "SccModule");
		addEEnumLiteral(sccModuleEEnum, SccModule.UNSPECIFIED);
		addEEnumLiteral(sccModuleEEnum, SccModule.C2C);
		addEEnumLiteral(sccModuleEEnum, SccModule.C2P);
		addEEnumLiteral(sccModuleEEnum, SccModule.P2P);
		addEEnumLiteral(sccModuleEEnum, SccModule.P2C);

		initEEnum(derogationPointEEnum, DerogationPoint.class, "DerogationPoint");
		addEEnumLiteral(derogationPointEEnum, DerogationPoint.EXPLICIT_CONSENT);
		addEEnumLiteral(derogationPointEEnum, DerogationPoint.CONTRACT_WITH_SUBJECT);
		addEEnumLiteral(derogationPointEEnum, DerogationPoint.CONTRACT_IN_SUBJECT_INTEREST);
		addEEnumLiteral(derogationPointEEnum, DerogationPoint.PUBLIC_INTEREST);
		addEEnumLiteral(derogationPointEEnum, DerogationPoint.LEGAL_CLAIMS);
		addEEnumLiteral(derogationPointEEnum, DerogationPoint.VITAL_INTERESTS);
		addEEnumLiteral(derogationPointEEnum, DerogationPoint.PUBLIC_REGISTER);
		addEEnumLiteral(derogationPointEEnum, DerogationPoint.COMPELLING_LEGITIMATE_INTERESTS);

		initEEnum(deviceControlEEnum, DeviceControl.class, "DeviceControl");
		addEEnumLiteral(deviceControlEEnum, DeviceControl.UNSPECIFIED);
		addEEnumLiteral(deviceControlEEnum, DeviceControl.ORGANISATION_MANAGED);
		addEEnumLiteral(deviceControlEEnum, DeviceControl.PERSONAL);

		initEEnum(accessorEEnum, Accessor.class, "Accessor");
		addEEnumLiteral(accessorEEnum, Accessor.UNSPECIFIED);
		addEEnumLiteral(accessorEEnum, Accessor.CONTROLLER_STAFF);
		addEEnumLiteral(accessorEEnum, Accessor.PROCESSOR_STAFF);
		addEEnumLiteral(accessorEEnum, Accessor.SUB_PROCESSOR);
		addEEnumLiteral(accessorEEnum, Accessor.PROVIDER_AFFILIATE);

		initEEnum(reviewStatusEEnum, ReviewStatus.class, "ReviewStatus");
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.OPEN);
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.ACCEPTED);
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.MITIGATED);
		addEEnumLiteral(reviewStatusEEnum, ReviewStatus.REJECTED);

		initEEnum(adequacyScopeEEnum, AdequacyScope.class, "AdequacyScope");
		addEEnumLiteral(adequacyScopeEEnum, AdequacyScope.WHOLE);
		addEEnumLiteral(adequacyScopeEEnum, AdequacyScope.DPF_CERTIFIED);
		addEEnumLiteral(adequacyScopeEEnum, AdequacyScope.PIPEDA);
		addEEnumLiteral(adequacyScopeEEnum, AdequacyScope.PRIVATE_SECTOR);
		addEEnumLiteral(adequacyScopeEEnum, AdequacyScope.ENTITY);

		// Initialize data types
		initEDataType(dateEDataType, LocalDate.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //PrivflowPackageImpl
