/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see privflow.model.PrivflowFactory
 * @model kind="package"
 * @generated
 */
public interface PrivflowPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:privflow:model:1.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "privflow";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PrivflowPackage eINSTANCE = privflow.model.impl.PrivflowPackageImpl.init();

	/**
	 * The meta object id for the '{@link privflow.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.IdentifiedImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.NamedImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.FlowEndpointImpl <em>Flow Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.FlowEndpointImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getFlowEndpoint()
	 * @generated
	 */
	int FLOW_ENDPOINT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_ENDPOINT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_ENDPOINT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_ENDPOINT__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Flow Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_ENDPOINT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Flow Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_ENDPOINT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.DataFlowModelImpl <em>Data Flow Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.DataFlowModelImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getDataFlowModel()
	 * @generated
	 */
	int DATA_FLOW_MODEL = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__AS_OF = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Record Keeper</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__RECORD_KEEPER = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__LANGUAGE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Organisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__ORGANISATIONS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__SERVICES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Data Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__DATA_CATEGORIES = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Data Subject Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__DATA_SUBJECT_CATEGORIES = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__ACTIVITIES = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__FLOWS = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__REVIEWS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Catalogue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL__CATALOGUE = NAMED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Data Flow Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Data Flow Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_MODEL_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.ContactImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = 1;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONE = 2;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ADDRESS = 3;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.OrganisationImpl <em>Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.OrganisationImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getOrganisation()
	 * @generated
	 */
	int ORGANISATION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__ID = FLOW_ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__NAME = FLOW_ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DESCRIPTION = FLOW_ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Registration Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__REGISTRATION_ID = FLOW_ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__COUNTRY = FLOW_ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Dpf Certified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DPF_CERTIFIED = FLOW_ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Dpf Covers Hr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DPF_COVERS_HR = FLOW_ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Dpf Certified From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DPF_CERTIFIED_FROM = FLOW_ENDPOINT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Dpf Certified Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DPF_CERTIFIED_UNTIL = FLOW_ENDPOINT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Pipeda Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PIPEDA_SUBJECT = FLOW_ENDPOINT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__CONTACT = FLOW_ENDPOINT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Dpo</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__DPO = FLOW_ENDPOINT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Representative</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__REPRESENTATIVE = FLOW_ENDPOINT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__PARENT = FLOW_ENDPOINT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Transfer Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION__TRANSFER_TOOLS = FLOW_ENDPOINT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_FEATURE_COUNT = FLOW_ENDPOINT_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_OPERATION_COUNT = FLOW_ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.LocationImpl <em>Location</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.LocationImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getLocation()
	 * @generated
	 */
	int LOCATION = 6;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__COUNTRY = 0;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__REGION = 1;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__PROVIDER = 2;

	/**
	 * The feature id for the '<em><b>Remote Access Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__REMOTE_ACCESS_ONLY = 3;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__PURPOSE = 4;

	/**
	 * The feature id for the '<em><b>Purpose Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__PURPOSE_FI = 5;

	/**
	 * The feature id for the '<em><b>Accessed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION__ACCESSED_BY = 6;

	/**
	 * The number of structural features of the '<em>Location</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Location</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.ServiceImpl <em>Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.ServiceImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getService()
	 * @generated
	 */
	int SERVICE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ID = FLOW_ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME = FLOW_ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__DESCRIPTION = FLOW_ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__KIND = FLOW_ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PROVIDER = FLOW_ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Locations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__LOCATIONS = FLOW_ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Contract</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CONTRACT = FLOW_ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Contract Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CONTRACT_REFERENCE = FLOW_ENDPOINT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Encrypted In Transit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ENCRYPTED_IN_TRANSIT = FLOW_ENDPOINT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Encrypted At Rest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ENCRYPTED_AT_REST = FLOW_ENDPOINT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>End To End Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__END_TO_END_ENCRYPTED = FLOW_ENDPOINT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sub Processors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__SUB_PROCESSORS = FLOW_ENDPOINT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Catalogue Entry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CATALOGUE_ENTRY = FLOW_ENDPOINT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__DEVICES = FLOW_ENDPOINT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Transfer Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__TRANSFER_TOOLS = FLOW_ENDPOINT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = FLOW_ENDPOINT_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = FLOW_ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.DataCategoryImpl <em>Data Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.DataCategoryImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getDataCategory()
	 * @generated
	 */
	int DATA_CATEGORY = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CATEGORY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CATEGORY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CATEGORY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CATEGORY__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Special Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CATEGORY__SPECIAL_CATEGORY = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Criminal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CATEGORY__CRIMINAL = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Data Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CATEGORY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Data Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CATEGORY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.DataSubjectCategoryImpl <em>Data Subject Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.DataSubjectCategoryImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getDataSubjectCategory()
	 * @generated
	 */
	int DATA_SUBJECT_CATEGORY = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SUBJECT_CATEGORY__ID = FLOW_ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SUBJECT_CATEGORY__NAME = FLOW_ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SUBJECT_CATEGORY__DESCRIPTION = FLOW_ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Children</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SUBJECT_CATEGORY__CHILDREN = FLOW_ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Data Subject Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SUBJECT_CATEGORY_FEATURE_COUNT = FLOW_ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Data Subject Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SUBJECT_CATEGORY_OPERATION_COUNT = FLOW_ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.ActivityRoleImpl <em>Activity Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.ActivityRoleImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getActivityRole()
	 * @generated
	 */
	int ACTIVITY_ROLE = 10;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_ROLE__ORGANISATION = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_ROLE__ROLE = 1;

	/**
	 * The number of structural features of the '<em>Activity Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_ROLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Activity Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_ROLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.ProcessingActivityImpl <em>Processing Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.ProcessingActivityImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getProcessingActivity()
	 * @generated
	 */
	int PROCESSING_ACTIVITY = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Purposes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__PURPOSES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__LEGAL_BASIS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Article9 Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__ARTICLE9_CONDITION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Data Subjects</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__DATA_SUBJECTS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Data Categories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__DATA_CATEGORIES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__ROLES = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Recipient Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__RECIPIENT_CATEGORIES = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Retention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__RETENTION = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Security Measures</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__SECURITY_MEASURES = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Data Subjects Informed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__DATA_SUBJECTS_INFORMED = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Privacy Notice Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__PRIVACY_NOTICE_REFERENCE = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Dpia Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY__DPIA_REFERENCE = NAMED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Processing Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Processing Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_ACTIVITY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.DataFlowImpl <em>Data Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.DataFlowImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getDataFlow()
	 * @generated
	 */
	int DATA_FLOW = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__SOURCE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__TARGET = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Data Categories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__DATA_CATEGORIES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__ACTIVITY = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__CHANNEL = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__FREQUENCY = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Safeguard</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW__SAFEGUARD = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Data Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Data Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_FLOW_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.TransferSafeguardImpl <em>Transfer Safeguard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.TransferSafeguardImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getTransferSafeguard()
	 * @generated
	 */
	int TRANSFER_SAFEGUARD = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_SAFEGUARD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_SAFEGUARD__REFERENCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tia Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_SAFEGUARD__TIA_REFERENCE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tia Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_SAFEGUARD__TIA_DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Transfer Safeguard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_SAFEGUARD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Transfer Safeguard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSFER_SAFEGUARD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.AdequacyDecisionReferenceImpl <em>Adequacy Decision Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.AdequacyDecisionReferenceImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getAdequacyDecisionReference()
	 * @generated
	 */
	int ADEQUACY_DECISION_REFERENCE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION_REFERENCE__ID = TRANSFER_SAFEGUARD__ID;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION_REFERENCE__REFERENCE = TRANSFER_SAFEGUARD__REFERENCE;

	/**
	 * The feature id for the '<em><b>Tia Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION_REFERENCE__TIA_REFERENCE = TRANSFER_SAFEGUARD__TIA_REFERENCE;

	/**
	 * The feature id for the '<em><b>Tia Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION_REFERENCE__TIA_DATE = TRANSFER_SAFEGUARD__TIA_DATE;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION_REFERENCE__DECISION = TRANSFER_SAFEGUARD_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Adequacy Decision Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION_REFERENCE_FEATURE_COUNT = TRANSFER_SAFEGUARD_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Adequacy Decision Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION_REFERENCE_OPERATION_COUNT = TRANSFER_SAFEGUARD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.DpfCertificationImpl <em>Dpf Certification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.DpfCertificationImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getDpfCertification()
	 * @generated
	 */
	int DPF_CERTIFICATION = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DPF_CERTIFICATION__ID = TRANSFER_SAFEGUARD__ID;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DPF_CERTIFICATION__REFERENCE = TRANSFER_SAFEGUARD__REFERENCE;

	/**
	 * The feature id for the '<em><b>Tia Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DPF_CERTIFICATION__TIA_REFERENCE = TRANSFER_SAFEGUARD__TIA_REFERENCE;

	/**
	 * The feature id for the '<em><b>Tia Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DPF_CERTIFICATION__TIA_DATE = TRANSFER_SAFEGUARD__TIA_DATE;

	/**
	 * The number of structural features of the '<em>Dpf Certification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DPF_CERTIFICATION_FEATURE_COUNT = TRANSFER_SAFEGUARD_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Dpf Certification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DPF_CERTIFICATION_OPERATION_COUNT = TRANSFER_SAFEGUARD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.StandardContractualClausesImpl <em>Standard Contractual Clauses</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.StandardContractualClausesImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getStandardContractualClauses()
	 * @generated
	 */
	int STANDARD_CONTRACTUAL_CLAUSES = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CONTRACTUAL_CLAUSES__ID = TRANSFER_SAFEGUARD__ID;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CONTRACTUAL_CLAUSES__REFERENCE = TRANSFER_SAFEGUARD__REFERENCE;

	/**
	 * The feature id for the '<em><b>Tia Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CONTRACTUAL_CLAUSES__TIA_REFERENCE = TRANSFER_SAFEGUARD__TIA_REFERENCE;

	/**
	 * The feature id for the '<em><b>Tia Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CONTRACTUAL_CLAUSES__TIA_DATE = TRANSFER_SAFEGUARD__TIA_DATE;

	/**
	 * The feature id for the '<em><b>Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CONTRACTUAL_CLAUSES__MODULE = TRANSFER_SAFEGUARD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CONTRACTUAL_CLAUSES__SIGNED_ON = TRANSFER_SAFEGUARD_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Standard Contractual Clauses</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CONTRACTUAL_CLAUSES_FEATURE_COUNT = TRANSFER_SAFEGUARD_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Standard Contractual Clauses</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_CONTRACTUAL_CLAUSES_OPERATION_COUNT = TRANSFER_SAFEGUARD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.BindingCorporateRulesImpl <em>Binding Corporate Rules</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.BindingCorporateRulesImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getBindingCorporateRules()
	 * @generated
	 */
	int BINDING_CORPORATE_RULES = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING_CORPORATE_RULES__ID = TRANSFER_SAFEGUARD__ID;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING_CORPORATE_RULES__REFERENCE = TRANSFER_SAFEGUARD__REFERENCE;

	/**
	 * The feature id for the '<em><b>Tia Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING_CORPORATE_RULES__TIA_REFERENCE = TRANSFER_SAFEGUARD__TIA_REFERENCE;

	/**
	 * The feature id for the '<em><b>Tia Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING_CORPORATE_RULES__TIA_DATE = TRANSFER_SAFEGUARD__TIA_DATE;

	/**
	 * The number of structural features of the '<em>Binding Corporate Rules</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING_CORPORATE_RULES_FEATURE_COUNT = TRANSFER_SAFEGUARD_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Binding Corporate Rules</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINDING_CORPORATE_RULES_OPERATION_COUNT = TRANSFER_SAFEGUARD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.CodeOfConductImpl <em>Code Of Conduct</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.CodeOfConductImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getCodeOfConduct()
	 * @generated
	 */
	int CODE_OF_CONDUCT = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OF_CONDUCT__ID = TRANSFER_SAFEGUARD__ID;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OF_CONDUCT__REFERENCE = TRANSFER_SAFEGUARD__REFERENCE;

	/**
	 * The feature id for the '<em><b>Tia Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OF_CONDUCT__TIA_REFERENCE = TRANSFER_SAFEGUARD__TIA_REFERENCE;

	/**
	 * The feature id for the '<em><b>Tia Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OF_CONDUCT__TIA_DATE = TRANSFER_SAFEGUARD__TIA_DATE;

	/**
	 * The number of structural features of the '<em>Code Of Conduct</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OF_CONDUCT_FEATURE_COUNT = TRANSFER_SAFEGUARD_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Code Of Conduct</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODE_OF_CONDUCT_OPERATION_COUNT = TRANSFER_SAFEGUARD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.DerogationImpl <em>Derogation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.DerogationImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getDerogation()
	 * @generated
	 */
	int DEROGATION = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEROGATION__ID = TRANSFER_SAFEGUARD__ID;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEROGATION__REFERENCE = TRANSFER_SAFEGUARD__REFERENCE;

	/**
	 * The feature id for the '<em><b>Tia Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEROGATION__TIA_REFERENCE = TRANSFER_SAFEGUARD__TIA_REFERENCE;

	/**
	 * The feature id for the '<em><b>Tia Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEROGATION__TIA_DATE = TRANSFER_SAFEGUARD__TIA_DATE;

	/**
	 * The feature id for the '<em><b>Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEROGATION__POINT = TRANSFER_SAFEGUARD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEROGATION__DOCUMENTATION = TRANSFER_SAFEGUARD_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Derogation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEROGATION_FEATURE_COUNT = TRANSFER_SAFEGUARD_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Derogation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEROGATION_OPERATION_COUNT = TRANSFER_SAFEGUARD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.ReviewDecisionImpl <em>Review Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.ReviewDecisionImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getReviewDecision()
	 * @generated
	 */
	int REVIEW_DECISION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DECISION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Finding Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DECISION__FINDING_KEY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DECISION__STATUS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DECISION__REVIEWER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DECISION__DATE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DECISION__RATIONALE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Fingerprint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DECISION__FINGERPRINT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Review Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DECISION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Review Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_DECISION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.CatalogueImpl <em>Catalogue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.CatalogueImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getCatalogue()
	 * @generated
	 */
	int CATALOGUE = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__AS_OF = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__NAME_FI = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__DESCRIPTION_FI = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__SOURCES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sources Fi</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__SOURCES_FI = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Countries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__COUNTRIES = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Adequacy Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__ADEQUACY_DECISIONS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Known Organisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__KNOWN_ORGANISATIONS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Known Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__KNOWN_SERVICES = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE__SCENARIOS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOGUE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.ScenarioImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 22;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__KEY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = 1;

	/**
	 * The feature id for the '<em><b>Name Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME_FI = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Description Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION_FI = 4;

	/**
	 * The feature id for the '<em><b>Withdrawn Decisions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__WITHDRAWN_DECISIONS = 5;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.CountryEntryImpl <em>Country Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.CountryEntryImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getCountryEntry()
	 * @generated
	 */
	int COUNTRY_ENTRY = 23;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_ENTRY__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_ENTRY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Name Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_ENTRY__NAME_FI = 2;

	/**
	 * The feature id for the '<em><b>Genitive Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_ENTRY__GENITIVE_FI = 3;

	/**
	 * The feature id for the '<em><b>Inessive Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_ENTRY__INESSIVE_FI = 4;

	/**
	 * The feature id for the '<em><b>Illative Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_ENTRY__ILLATIVE_FI = 5;

	/**
	 * The feature id for the '<em><b>Elative Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_ENTRY__ELATIVE_FI = 6;

	/**
	 * The feature id for the '<em><b>Partitive Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_ENTRY__PARTITIVE_FI = 7;

	/**
	 * The feature id for the '<em><b>Eea</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_ENTRY__EEA = 8;

	/**
	 * The number of structural features of the '<em>Country Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_ENTRY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Country Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTRY_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.AdequacyDecisionImpl <em>Adequacy Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.AdequacyDecisionImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getAdequacyDecision()
	 * @generated
	 */
	int ADEQUACY_DECISION = 24;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION__KEY = 0;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION__COUNTRY = 1;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION__SCOPE = 2;

	/**
	 * The feature id for the '<em><b>Scope Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION__SCOPE_NOTE = 3;

	/**
	 * The feature id for the '<em><b>Scope Note Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION__SCOPE_NOTE_FI = 4;

	/**
	 * The feature id for the '<em><b>Decision Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION__DECISION_ID = 5;

	/**
	 * The feature id for the '<em><b>Adopted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION__ADOPTED = 6;

	/**
	 * The feature id for the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION__VALID_UNTIL = 7;

	/**
	 * The feature id for the '<em><b>Review Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION__REVIEW_DUE = 8;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION__SOURCE = 9;

	/**
	 * The feature id for the '<em><b>Source Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION__SOURCE_FI = 10;

	/**
	 * The number of structural features of the '<em>Adequacy Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Adequacy Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADEQUACY_DECISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.KnownOrganisationImpl <em>Known Organisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.KnownOrganisationImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getKnownOrganisation()
	 * @generated
	 */
	int KNOWN_ORGANISATION = 25;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION__KEY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION__COUNTRY = 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION__PARENT = 3;

	/**
	 * The feature id for the '<em><b>Dpf Certified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION__DPF_CERTIFIED = 4;

	/**
	 * The feature id for the '<em><b>Dpf Covers Hr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION__DPF_COVERS_HR = 5;

	/**
	 * The feature id for the '<em><b>Dpf Certified From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION__DPF_CERTIFIED_FROM = 6;

	/**
	 * The feature id for the '<em><b>Dpf Certified Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION__DPF_CERTIFIED_UNTIL = 7;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION__SOURCE = 8;

	/**
	 * The feature id for the '<em><b>Source Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION__SOURCE_FI = 9;

	/**
	 * The feature id for the '<em><b>Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION__CHECKED = 10;

	/**
	 * The number of structural features of the '<em>Known Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Known Organisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_ORGANISATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link privflow.model.impl.KnownServiceImpl <em>Known Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.impl.KnownServiceImpl
	 * @see privflow.model.impl.PrivflowPackageImpl#getKnownService()
	 * @generated
	 */
	int KNOWN_SERVICE = 26;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__PROVIDER = 3;

	/**
	 * The feature id for the '<em><b>Provider Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__PROVIDER_NAME = 4;

	/**
	 * The feature id for the '<em><b>Provider Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__PROVIDER_COUNTRY = 5;

	/**
	 * The feature id for the '<em><b>Parent Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__PARENT_NAME = 6;

	/**
	 * The feature id for the '<em><b>Parent Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__PARENT_COUNTRY = 7;

	/**
	 * The feature id for the '<em><b>Dpf Certified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__DPF_CERTIFIED = 8;

	/**
	 * The feature id for the '<em><b>Business Dpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__BUSINESS_DPA = 9;

	/**
	 * The feature id for the '<em><b>Contract</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__CONTRACT = 10;

	/**
	 * The feature id for the '<em><b>End To End Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__END_TO_END_ENCRYPTED = 11;

	/**
	 * The feature id for the '<em><b>Locations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__LOCATIONS = 12;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__SOURCE = 13;

	/**
	 * The feature id for the '<em><b>Source Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__SOURCE_FI = 14;

	/**
	 * The feature id for the '<em><b>Checked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE__CHECKED = 15;

	/**
	 * The number of structural features of the '<em>Known Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Known Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_SERVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link privflow.model.ServiceKind <em>Service Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.ServiceKind
	 * @see privflow.model.impl.PrivflowPackageImpl#getServiceKind()
	 * @generated
	 */
	int SERVICE_KIND = 27;

	/**
	 * The meta object id for the '{@link privflow.model.ContractType <em>Contract Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.ContractType
	 * @see privflow.model.impl.PrivflowPackageImpl#getContractType()
	 * @generated
	 */
	int CONTRACT_TYPE = 28;

	/**
	 * The meta object id for the '{@link privflow.model.DataKind <em>Data Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.DataKind
	 * @see privflow.model.impl.PrivflowPackageImpl#getDataKind()
	 * @generated
	 */
	int DATA_KIND = 29;

	/**
	 * The meta object id for the '{@link privflow.model.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.Role
	 * @see privflow.model.impl.PrivflowPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 30;

	/**
	 * The meta object id for the '{@link privflow.model.LegalBasis <em>Legal Basis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.LegalBasis
	 * @see privflow.model.impl.PrivflowPackageImpl#getLegalBasis()
	 * @generated
	 */
	int LEGAL_BASIS = 31;

	/**
	 * The meta object id for the '{@link privflow.model.Article9Condition <em>Article9 Condition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.Article9Condition
	 * @see privflow.model.impl.PrivflowPackageImpl#getArticle9Condition()
	 * @generated
	 */
	int ARTICLE9_CONDITION = 32;

	/**
	 * The meta object id for the '{@link privflow.model.Channel <em>Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.Channel
	 * @see privflow.model.impl.PrivflowPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 33;

	/**
	 * The meta object id for the '{@link privflow.model.Frequency <em>Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.Frequency
	 * @see privflow.model.impl.PrivflowPackageImpl#getFrequency()
	 * @generated
	 */
	int FREQUENCY = 34;

	/**
	 * The meta object id for the '{@link privflow.model.SccModule <em>Scc Module</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.SccModule
	 * @see privflow.model.impl.PrivflowPackageImpl#getSccModule()
	 * @generated
	 */
	int SCC_MODULE = 35;

	/**
	 * The meta object id for the '{@link privflow.model.DerogationPoint <em>Derogation Point</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.DerogationPoint
	 * @see privflow.model.impl.PrivflowPackageImpl#getDerogationPoint()
	 * @generated
	 */
	int DEROGATION_POINT = 36;

	/**
	 * The meta object id for the '{@link privflow.model.DeviceControl <em>Device Control</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.DeviceControl
	 * @see privflow.model.impl.PrivflowPackageImpl#getDeviceControl()
	 * @generated
	 */
	int DEVICE_CONTROL = 37;

	/**
	 * The meta object id for the '{@link privflow.model.Accessor <em>Accessor</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.Accessor
	 * @see privflow.model.impl.PrivflowPackageImpl#getAccessor()
	 * @generated
	 */
	int ACCESSOR = 38;

	/**
	 * The meta object id for the '{@link privflow.model.ReviewStatus <em>Review Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.ReviewStatus
	 * @see privflow.model.impl.PrivflowPackageImpl#getReviewStatus()
	 * @generated
	 */
	int REVIEW_STATUS = 39;

	/**
	 * The meta object id for the '{@link privflow.model.AdequacyScope <em>Adequacy Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see privflow.model.AdequacyScope
	 * @see privflow.model.impl.PrivflowPackageImpl#getAdequacyScope()
	 * @generated
	 */
	int ADEQUACY_SCOPE = 40;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see privflow.model.impl.PrivflowPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 41;


	/**
	 * Returns the meta object for class '{@link privflow.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see privflow.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see privflow.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link privflow.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see privflow.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see privflow.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Named#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see privflow.model.Named#getDescription()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Description();

	/**
	 * Returns the meta object for class '{@link privflow.model.FlowEndpoint <em>Flow Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow Endpoint</em>'.
	 * @see privflow.model.FlowEndpoint
	 * @generated
	 */
	EClass getFlowEndpoint();

	/**
	 * Returns the meta object for class '{@link privflow.model.DataFlowModel <em>Data Flow Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Flow Model</em>'.
	 * @see privflow.model.DataFlowModel
	 * @generated
	 */
	EClass getDataFlowModel();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.DataFlowModel#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see privflow.model.DataFlowModel#getAsOf()
	 * @see #getDataFlowModel()
	 * @generated
	 */
	EAttribute getDataFlowModel_AsOf();

	/**
	 * Returns the meta object for the reference '{@link privflow.model.DataFlowModel#getRecordKeeper <em>Record Keeper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Record Keeper</em>'.
	 * @see privflow.model.DataFlowModel#getRecordKeeper()
	 * @see #getDataFlowModel()
	 * @generated
	 */
	EReference getDataFlowModel_RecordKeeper();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.DataFlowModel#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see privflow.model.DataFlowModel#getLanguage()
	 * @see #getDataFlowModel()
	 * @generated
	 */
	EAttribute getDataFlowModel_Language();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.DataFlowModel#getOrganisations <em>Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisations</em>'.
	 * @see privflow.model.DataFlowModel#getOrganisations()
	 * @see #getDataFlowModel()
	 * @generated
	 */
	EReference getDataFlowModel_Organisations();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.DataFlowModel#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Services</em>'.
	 * @see privflow.model.DataFlowModel#getServices()
	 * @see #getDataFlowModel()
	 * @generated
	 */
	EReference getDataFlowModel_Services();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.DataFlowModel#getDataCategories <em>Data Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Categories</em>'.
	 * @see privflow.model.DataFlowModel#getDataCategories()
	 * @see #getDataFlowModel()
	 * @generated
	 */
	EReference getDataFlowModel_DataCategories();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.DataFlowModel#getDataSubjectCategories <em>Data Subject Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Subject Categories</em>'.
	 * @see privflow.model.DataFlowModel#getDataSubjectCategories()
	 * @see #getDataFlowModel()
	 * @generated
	 */
	EReference getDataFlowModel_DataSubjectCategories();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.DataFlowModel#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see privflow.model.DataFlowModel#getActivities()
	 * @see #getDataFlowModel()
	 * @generated
	 */
	EReference getDataFlowModel_Activities();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.DataFlowModel#getFlows <em>Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flows</em>'.
	 * @see privflow.model.DataFlowModel#getFlows()
	 * @see #getDataFlowModel()
	 * @generated
	 */
	EReference getDataFlowModel_Flows();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.DataFlowModel#getReviews <em>Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviews</em>'.
	 * @see privflow.model.DataFlowModel#getReviews()
	 * @see #getDataFlowModel()
	 * @generated
	 */
	EReference getDataFlowModel_Reviews();

	/**
	 * Returns the meta object for the containment reference '{@link privflow.model.DataFlowModel#getCatalogue <em>Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Catalogue</em>'.
	 * @see privflow.model.DataFlowModel#getCatalogue()
	 * @see #getDataFlowModel()
	 * @generated
	 */
	EReference getDataFlowModel_Catalogue();

	/**
	 * Returns the meta object for class '{@link privflow.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see privflow.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Contact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see privflow.model.Contact#getName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Contact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see privflow.model.Contact#getEmail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Email();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Contact#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see privflow.model.Contact#getPhone()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Phone();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Contact#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see privflow.model.Contact#getAddress()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Address();

	/**
	 * Returns the meta object for class '{@link privflow.model.Organisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation</em>'.
	 * @see privflow.model.Organisation
	 * @generated
	 */
	EClass getOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Organisation#getRegistrationId <em>Registration Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registration Id</em>'.
	 * @see privflow.model.Organisation#getRegistrationId()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_RegistrationId();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Organisation#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see privflow.model.Organisation#getCountry()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_Country();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Organisation#isDpfCertified <em>Dpf Certified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dpf Certified</em>'.
	 * @see privflow.model.Organisation#isDpfCertified()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_DpfCertified();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Organisation#isDpfCoversHr <em>Dpf Covers Hr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dpf Covers Hr</em>'.
	 * @see privflow.model.Organisation#isDpfCoversHr()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_DpfCoversHr();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Organisation#getDpfCertifiedFrom <em>Dpf Certified From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dpf Certified From</em>'.
	 * @see privflow.model.Organisation#getDpfCertifiedFrom()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_DpfCertifiedFrom();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Organisation#getDpfCertifiedUntil <em>Dpf Certified Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dpf Certified Until</em>'.
	 * @see privflow.model.Organisation#getDpfCertifiedUntil()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_DpfCertifiedUntil();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Organisation#isPipedaSubject <em>Pipeda Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pipeda Subject</em>'.
	 * @see privflow.model.Organisation#isPipedaSubject()
	 * @see #getOrganisation()
	 * @generated
	 */
	EAttribute getOrganisation_PipedaSubject();

	/**
	 * Returns the meta object for the containment reference '{@link privflow.model.Organisation#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Contact</em>'.
	 * @see privflow.model.Organisation#getContact()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Contact();

	/**
	 * Returns the meta object for the containment reference '{@link privflow.model.Organisation#getDpo <em>Dpo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dpo</em>'.
	 * @see privflow.model.Organisation#getDpo()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Dpo();

	/**
	 * Returns the meta object for the containment reference '{@link privflow.model.Organisation#getRepresentative <em>Representative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Representative</em>'.
	 * @see privflow.model.Organisation#getRepresentative()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Representative();

	/**
	 * Returns the meta object for the reference '{@link privflow.model.Organisation#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see privflow.model.Organisation#getParent()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_Parent();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.Organisation#getTransferTools <em>Transfer Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transfer Tools</em>'.
	 * @see privflow.model.Organisation#getTransferTools()
	 * @see #getOrganisation()
	 * @generated
	 */
	EReference getOrganisation_TransferTools();

	/**
	 * Returns the meta object for class '{@link privflow.model.Location <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Location</em>'.
	 * @see privflow.model.Location
	 * @generated
	 */
	EClass getLocation();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Location#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see privflow.model.Location#getCountry()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Country();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Location#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see privflow.model.Location#getRegion()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Region();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Location#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see privflow.model.Location#getProvider()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Provider();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Location#isRemoteAccessOnly <em>Remote Access Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Access Only</em>'.
	 * @see privflow.model.Location#isRemoteAccessOnly()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_RemoteAccessOnly();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Location#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see privflow.model.Location#getPurpose()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Location#getPurposeFi <em>Purpose Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose Fi</em>'.
	 * @see privflow.model.Location#getPurposeFi()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_PurposeFi();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Location#getAccessedBy <em>Accessed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accessed By</em>'.
	 * @see privflow.model.Location#getAccessedBy()
	 * @see #getLocation()
	 * @generated
	 */
	EAttribute getLocation_AccessedBy();

	/**
	 * Returns the meta object for class '{@link privflow.model.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service</em>'.
	 * @see privflow.model.Service
	 * @generated
	 */
	EClass getService();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Service#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see privflow.model.Service#getKind()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Kind();

	/**
	 * Returns the meta object for the reference '{@link privflow.model.Service#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see privflow.model.Service#getProvider()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Provider();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.Service#getLocations <em>Locations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Locations</em>'.
	 * @see privflow.model.Service#getLocations()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Locations();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Service#getContract <em>Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contract</em>'.
	 * @see privflow.model.Service#getContract()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Contract();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Service#getContractReference <em>Contract Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contract Reference</em>'.
	 * @see privflow.model.Service#getContractReference()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_ContractReference();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Service#isEncryptedInTransit <em>Encrypted In Transit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encrypted In Transit</em>'.
	 * @see privflow.model.Service#isEncryptedInTransit()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_EncryptedInTransit();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Service#isEncryptedAtRest <em>Encrypted At Rest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encrypted At Rest</em>'.
	 * @see privflow.model.Service#isEncryptedAtRest()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_EncryptedAtRest();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Service#isEndToEndEncrypted <em>End To End Encrypted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End To End Encrypted</em>'.
	 * @see privflow.model.Service#isEndToEndEncrypted()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_EndToEndEncrypted();

	/**
	 * Returns the meta object for the reference list '{@link privflow.model.Service#getSubProcessors <em>Sub Processors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sub Processors</em>'.
	 * @see privflow.model.Service#getSubProcessors()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_SubProcessors();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Service#getCatalogueEntry <em>Catalogue Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Catalogue Entry</em>'.
	 * @see privflow.model.Service#getCatalogueEntry()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_CatalogueEntry();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Service#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Devices</em>'.
	 * @see privflow.model.Service#getDevices()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Devices();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.Service#getTransferTools <em>Transfer Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transfer Tools</em>'.
	 * @see privflow.model.Service#getTransferTools()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_TransferTools();

	/**
	 * Returns the meta object for class '{@link privflow.model.DataCategory <em>Data Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Category</em>'.
	 * @see privflow.model.DataCategory
	 * @generated
	 */
	EClass getDataCategory();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.DataCategory#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see privflow.model.DataCategory#getKind()
	 * @see #getDataCategory()
	 * @generated
	 */
	EAttribute getDataCategory_Kind();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.DataCategory#isSpecialCategory <em>Special Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Special Category</em>'.
	 * @see privflow.model.DataCategory#isSpecialCategory()
	 * @see #getDataCategory()
	 * @generated
	 */
	EAttribute getDataCategory_SpecialCategory();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.DataCategory#isCriminal <em>Criminal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criminal</em>'.
	 * @see privflow.model.DataCategory#isCriminal()
	 * @see #getDataCategory()
	 * @generated
	 */
	EAttribute getDataCategory_Criminal();

	/**
	 * Returns the meta object for class '{@link privflow.model.DataSubjectCategory <em>Data Subject Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Subject Category</em>'.
	 * @see privflow.model.DataSubjectCategory
	 * @generated
	 */
	EClass getDataSubjectCategory();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.DataSubjectCategory#isChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Children</em>'.
	 * @see privflow.model.DataSubjectCategory#isChildren()
	 * @see #getDataSubjectCategory()
	 * @generated
	 */
	EAttribute getDataSubjectCategory_Children();

	/**
	 * Returns the meta object for class '{@link privflow.model.ActivityRole <em>Activity Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity Role</em>'.
	 * @see privflow.model.ActivityRole
	 * @generated
	 */
	EClass getActivityRole();

	/**
	 * Returns the meta object for the reference '{@link privflow.model.ActivityRole#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organisation</em>'.
	 * @see privflow.model.ActivityRole#getOrganisation()
	 * @see #getActivityRole()
	 * @generated
	 */
	EReference getActivityRole_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ActivityRole#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see privflow.model.ActivityRole#getRole()
	 * @see #getActivityRole()
	 * @generated
	 */
	EAttribute getActivityRole_Role();

	/**
	 * Returns the meta object for class '{@link privflow.model.ProcessingActivity <em>Processing Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Processing Activity</em>'.
	 * @see privflow.model.ProcessingActivity
	 * @generated
	 */
	EClass getProcessingActivity();

	/**
	 * Returns the meta object for the attribute list '{@link privflow.model.ProcessingActivity#getPurposes <em>Purposes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Purposes</em>'.
	 * @see privflow.model.ProcessingActivity#getPurposes()
	 * @see #getProcessingActivity()
	 * @generated
	 */
	EAttribute getProcessingActivity_Purposes();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ProcessingActivity#getLegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Basis</em>'.
	 * @see privflow.model.ProcessingActivity#getLegalBasis()
	 * @see #getProcessingActivity()
	 * @generated
	 */
	EAttribute getProcessingActivity_LegalBasis();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ProcessingActivity#getArticle9Condition <em>Article9 Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Article9 Condition</em>'.
	 * @see privflow.model.ProcessingActivity#getArticle9Condition()
	 * @see #getProcessingActivity()
	 * @generated
	 */
	EAttribute getProcessingActivity_Article9Condition();

	/**
	 * Returns the meta object for the reference list '{@link privflow.model.ProcessingActivity#getDataSubjects <em>Data Subjects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Data Subjects</em>'.
	 * @see privflow.model.ProcessingActivity#getDataSubjects()
	 * @see #getProcessingActivity()
	 * @generated
	 */
	EReference getProcessingActivity_DataSubjects();

	/**
	 * Returns the meta object for the reference list '{@link privflow.model.ProcessingActivity#getDataCategories <em>Data Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Data Categories</em>'.
	 * @see privflow.model.ProcessingActivity#getDataCategories()
	 * @see #getProcessingActivity()
	 * @generated
	 */
	EReference getProcessingActivity_DataCategories();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.ProcessingActivity#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see privflow.model.ProcessingActivity#getRoles()
	 * @see #getProcessingActivity()
	 * @generated
	 */
	EReference getProcessingActivity_Roles();

	/**
	 * Returns the meta object for the attribute list '{@link privflow.model.ProcessingActivity#getRecipientCategories <em>Recipient Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Recipient Categories</em>'.
	 * @see privflow.model.ProcessingActivity#getRecipientCategories()
	 * @see #getProcessingActivity()
	 * @generated
	 */
	EAttribute getProcessingActivity_RecipientCategories();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ProcessingActivity#getRetention <em>Retention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention</em>'.
	 * @see privflow.model.ProcessingActivity#getRetention()
	 * @see #getProcessingActivity()
	 * @generated
	 */
	EAttribute getProcessingActivity_Retention();

	/**
	 * Returns the meta object for the attribute list '{@link privflow.model.ProcessingActivity#getSecurityMeasures <em>Security Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Security Measures</em>'.
	 * @see privflow.model.ProcessingActivity#getSecurityMeasures()
	 * @see #getProcessingActivity()
	 * @generated
	 */
	EAttribute getProcessingActivity_SecurityMeasures();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ProcessingActivity#isDataSubjectsInformed <em>Data Subjects Informed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Subjects Informed</em>'.
	 * @see privflow.model.ProcessingActivity#isDataSubjectsInformed()
	 * @see #getProcessingActivity()
	 * @generated
	 */
	EAttribute getProcessingActivity_DataSubjectsInformed();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ProcessingActivity#getPrivacyNoticeReference <em>Privacy Notice Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Privacy Notice Reference</em>'.
	 * @see privflow.model.ProcessingActivity#getPrivacyNoticeReference()
	 * @see #getProcessingActivity()
	 * @generated
	 */
	EAttribute getProcessingActivity_PrivacyNoticeReference();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ProcessingActivity#getDpiaReference <em>Dpia Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dpia Reference</em>'.
	 * @see privflow.model.ProcessingActivity#getDpiaReference()
	 * @see #getProcessingActivity()
	 * @generated
	 */
	EAttribute getProcessingActivity_DpiaReference();

	/**
	 * Returns the meta object for class '{@link privflow.model.DataFlow <em>Data Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Flow</em>'.
	 * @see privflow.model.DataFlow
	 * @generated
	 */
	EClass getDataFlow();

	/**
	 * Returns the meta object for the reference '{@link privflow.model.DataFlow#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see privflow.model.DataFlow#getSource()
	 * @see #getDataFlow()
	 * @generated
	 */
	EReference getDataFlow_Source();

	/**
	 * Returns the meta object for the reference '{@link privflow.model.DataFlow#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see privflow.model.DataFlow#getTarget()
	 * @see #getDataFlow()
	 * @generated
	 */
	EReference getDataFlow_Target();

	/**
	 * Returns the meta object for the reference list '{@link privflow.model.DataFlow#getDataCategories <em>Data Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Data Categories</em>'.
	 * @see privflow.model.DataFlow#getDataCategories()
	 * @see #getDataFlow()
	 * @generated
	 */
	EReference getDataFlow_DataCategories();

	/**
	 * Returns the meta object for the reference '{@link privflow.model.DataFlow#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Activity</em>'.
	 * @see privflow.model.DataFlow#getActivity()
	 * @see #getDataFlow()
	 * @generated
	 */
	EReference getDataFlow_Activity();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.DataFlow#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see privflow.model.DataFlow#getChannel()
	 * @see #getDataFlow()
	 * @generated
	 */
	EAttribute getDataFlow_Channel();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.DataFlow#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see privflow.model.DataFlow#getFrequency()
	 * @see #getDataFlow()
	 * @generated
	 */
	EAttribute getDataFlow_Frequency();

	/**
	 * Returns the meta object for the containment reference '{@link privflow.model.DataFlow#getSafeguard <em>Safeguard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Safeguard</em>'.
	 * @see privflow.model.DataFlow#getSafeguard()
	 * @see #getDataFlow()
	 * @generated
	 */
	EReference getDataFlow_Safeguard();

	/**
	 * Returns the meta object for class '{@link privflow.model.TransferSafeguard <em>Transfer Safeguard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Transfer Safeguard</em>'.
	 * @see privflow.model.TransferSafeguard
	 * @generated
	 */
	EClass getTransferSafeguard();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.TransferSafeguard#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see privflow.model.TransferSafeguard#getReference()
	 * @see #getTransferSafeguard()
	 * @generated
	 */
	EAttribute getTransferSafeguard_Reference();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.TransferSafeguard#getTiaReference <em>Tia Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tia Reference</em>'.
	 * @see privflow.model.TransferSafeguard#getTiaReference()
	 * @see #getTransferSafeguard()
	 * @generated
	 */
	EAttribute getTransferSafeguard_TiaReference();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.TransferSafeguard#getTiaDate <em>Tia Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tia Date</em>'.
	 * @see privflow.model.TransferSafeguard#getTiaDate()
	 * @see #getTransferSafeguard()
	 * @generated
	 */
	EAttribute getTransferSafeguard_TiaDate();

	/**
	 * Returns the meta object for class '{@link privflow.model.AdequacyDecisionReference <em>Adequacy Decision Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adequacy Decision Reference</em>'.
	 * @see privflow.model.AdequacyDecisionReference
	 * @generated
	 */
	EClass getAdequacyDecisionReference();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.AdequacyDecisionReference#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see privflow.model.AdequacyDecisionReference#getDecision()
	 * @see #getAdequacyDecisionReference()
	 * @generated
	 */
	EAttribute getAdequacyDecisionReference_Decision();

	/**
	 * Returns the meta object for class '{@link privflow.model.DpfCertification <em>Dpf Certification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dpf Certification</em>'.
	 * @see privflow.model.DpfCertification
	 * @generated
	 */
	EClass getDpfCertification();

	/**
	 * Returns the meta object for class '{@link privflow.model.StandardContractualClauses <em>Standard Contractual Clauses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standard Contractual Clauses</em>'.
	 * @see privflow.model.StandardContractualClauses
	 * @generated
	 */
	EClass getStandardContractualClauses();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.StandardContractualClauses#getModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module</em>'.
	 * @see privflow.model.StandardContractualClauses#getModule()
	 * @see #getStandardContractualClauses()
	 * @generated
	 */
	EAttribute getStandardContractualClauses_Module();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.StandardContractualClauses#getSignedOn <em>Signed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed On</em>'.
	 * @see privflow.model.StandardContractualClauses#getSignedOn()
	 * @see #getStandardContractualClauses()
	 * @generated
	 */
	EAttribute getStandardContractualClauses_SignedOn();

	/**
	 * Returns the meta object for class '{@link privflow.model.BindingCorporateRules <em>Binding Corporate Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Binding Corporate Rules</em>'.
	 * @see privflow.model.BindingCorporateRules
	 * @generated
	 */
	EClass getBindingCorporateRules();

	/**
	 * Returns the meta object for class '{@link privflow.model.CodeOfConduct <em>Code Of Conduct</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Code Of Conduct</em>'.
	 * @see privflow.model.CodeOfConduct
	 * @generated
	 */
	EClass getCodeOfConduct();

	/**
	 * Returns the meta object for class '{@link privflow.model.Derogation <em>Derogation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Derogation</em>'.
	 * @see privflow.model.Derogation
	 * @generated
	 */
	EClass getDerogation();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Derogation#getPoint <em>Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Point</em>'.
	 * @see privflow.model.Derogation#getPoint()
	 * @see #getDerogation()
	 * @generated
	 */
	EAttribute getDerogation_Point();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Derogation#getDocumentation <em>Documentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Documentation</em>'.
	 * @see privflow.model.Derogation#getDocumentation()
	 * @see #getDerogation()
	 * @generated
	 */
	EAttribute getDerogation_Documentation();

	/**
	 * Returns the meta object for class '{@link privflow.model.ReviewDecision <em>Review Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Decision</em>'.
	 * @see privflow.model.ReviewDecision
	 * @generated
	 */
	EClass getReviewDecision();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ReviewDecision#getFindingKey <em>Finding Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finding Key</em>'.
	 * @see privflow.model.ReviewDecision#getFindingKey()
	 * @see #getReviewDecision()
	 * @generated
	 */
	EAttribute getReviewDecision_FindingKey();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ReviewDecision#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see privflow.model.ReviewDecision#getStatus()
	 * @see #getReviewDecision()
	 * @generated
	 */
	EAttribute getReviewDecision_Status();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ReviewDecision#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see privflow.model.ReviewDecision#getReviewer()
	 * @see #getReviewDecision()
	 * @generated
	 */
	EAttribute getReviewDecision_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ReviewDecision#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see privflow.model.ReviewDecision#getDate()
	 * @see #getReviewDecision()
	 * @generated
	 */
	EAttribute getReviewDecision_Date();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ReviewDecision#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see privflow.model.ReviewDecision#getRationale()
	 * @see #getReviewDecision()
	 * @generated
	 */
	EAttribute getReviewDecision_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.ReviewDecision#getFingerprint <em>Fingerprint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fingerprint</em>'.
	 * @see privflow.model.ReviewDecision#getFingerprint()
	 * @see #getReviewDecision()
	 * @generated
	 */
	EAttribute getReviewDecision_Fingerprint();

	/**
	 * Returns the meta object for class '{@link privflow.model.Catalogue <em>Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalogue</em>'.
	 * @see privflow.model.Catalogue
	 * @generated
	 */
	EClass getCatalogue();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Catalogue#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see privflow.model.Catalogue#getAsOf()
	 * @see #getCatalogue()
	 * @generated
	 */
	EAttribute getCatalogue_AsOf();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Catalogue#getNameFi <em>Name Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Fi</em>'.
	 * @see privflow.model.Catalogue#getNameFi()
	 * @see #getCatalogue()
	 * @generated
	 */
	EAttribute getCatalogue_NameFi();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Catalogue#getDescriptionFi <em>Description Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Fi</em>'.
	 * @see privflow.model.Catalogue#getDescriptionFi()
	 * @see #getCatalogue()
	 * @generated
	 */
	EAttribute getCatalogue_DescriptionFi();

	/**
	 * Returns the meta object for the attribute list '{@link privflow.model.Catalogue#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sources</em>'.
	 * @see privflow.model.Catalogue#getSources()
	 * @see #getCatalogue()
	 * @generated
	 */
	EAttribute getCatalogue_Sources();

	/**
	 * Returns the meta object for the attribute list '{@link privflow.model.Catalogue#getSourcesFi <em>Sources Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sources Fi</em>'.
	 * @see privflow.model.Catalogue#getSourcesFi()
	 * @see #getCatalogue()
	 * @generated
	 */
	EAttribute getCatalogue_SourcesFi();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.Catalogue#getCountries <em>Countries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Countries</em>'.
	 * @see privflow.model.Catalogue#getCountries()
	 * @see #getCatalogue()
	 * @generated
	 */
	EReference getCatalogue_Countries();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.Catalogue#getAdequacyDecisions <em>Adequacy Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Adequacy Decisions</em>'.
	 * @see privflow.model.Catalogue#getAdequacyDecisions()
	 * @see #getCatalogue()
	 * @generated
	 */
	EReference getCatalogue_AdequacyDecisions();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.Catalogue#getKnownOrganisations <em>Known Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Known Organisations</em>'.
	 * @see privflow.model.Catalogue#getKnownOrganisations()
	 * @see #getCatalogue()
	 * @generated
	 */
	EReference getCatalogue_KnownOrganisations();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.Catalogue#getKnownServices <em>Known Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Known Services</em>'.
	 * @see privflow.model.Catalogue#getKnownServices()
	 * @see #getCatalogue()
	 * @generated
	 */
	EReference getCatalogue_KnownServices();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.Catalogue#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see privflow.model.Catalogue#getScenarios()
	 * @see #getCatalogue()
	 * @generated
	 */
	EReference getCatalogue_Scenarios();

	/**
	 * Returns the meta object for class '{@link privflow.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see privflow.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Scenario#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see privflow.model.Scenario#getKey()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Key();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Scenario#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see privflow.model.Scenario#getName()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Name();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Scenario#getNameFi <em>Name Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Fi</em>'.
	 * @see privflow.model.Scenario#getNameFi()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_NameFi();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see privflow.model.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Description();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.Scenario#getDescriptionFi <em>Description Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Fi</em>'.
	 * @see privflow.model.Scenario#getDescriptionFi()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_DescriptionFi();

	/**
	 * Returns the meta object for the attribute list '{@link privflow.model.Scenario#getWithdrawnDecisions <em>Withdrawn Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Withdrawn Decisions</em>'.
	 * @see privflow.model.Scenario#getWithdrawnDecisions()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_WithdrawnDecisions();

	/**
	 * Returns the meta object for class '{@link privflow.model.CountryEntry <em>Country Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Country Entry</em>'.
	 * @see privflow.model.CountryEntry
	 * @generated
	 */
	EClass getCountryEntry();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.CountryEntry#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see privflow.model.CountryEntry#getCode()
	 * @see #getCountryEntry()
	 * @generated
	 */
	EAttribute getCountryEntry_Code();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.CountryEntry#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see privflow.model.CountryEntry#getName()
	 * @see #getCountryEntry()
	 * @generated
	 */
	EAttribute getCountryEntry_Name();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.CountryEntry#getNameFi <em>Name Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Fi</em>'.
	 * @see privflow.model.CountryEntry#getNameFi()
	 * @see #getCountryEntry()
	 * @generated
	 */
	EAttribute getCountryEntry_NameFi();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.CountryEntry#getGenitiveFi <em>Genitive Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Genitive Fi</em>'.
	 * @see privflow.model.CountryEntry#getGenitiveFi()
	 * @see #getCountryEntry()
	 * @generated
	 */
	EAttribute getCountryEntry_GenitiveFi();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.CountryEntry#getInessiveFi <em>Inessive Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inessive Fi</em>'.
	 * @see privflow.model.CountryEntry#getInessiveFi()
	 * @see #getCountryEntry()
	 * @generated
	 */
	EAttribute getCountryEntry_InessiveFi();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.CountryEntry#getIllativeFi <em>Illative Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Illative Fi</em>'.
	 * @see privflow.model.CountryEntry#getIllativeFi()
	 * @see #getCountryEntry()
	 * @generated
	 */
	EAttribute getCountryEntry_IllativeFi();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.CountryEntry#getElativeFi <em>Elative Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Elative Fi</em>'.
	 * @see privflow.model.CountryEntry#getElativeFi()
	 * @see #getCountryEntry()
	 * @generated
	 */
	EAttribute getCountryEntry_ElativeFi();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.CountryEntry#getPartitiveFi <em>Partitive Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partitive Fi</em>'.
	 * @see privflow.model.CountryEntry#getPartitiveFi()
	 * @see #getCountryEntry()
	 * @generated
	 */
	EAttribute getCountryEntry_PartitiveFi();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.CountryEntry#isEea <em>Eea</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eea</em>'.
	 * @see privflow.model.CountryEntry#isEea()
	 * @see #getCountryEntry()
	 * @generated
	 */
	EAttribute getCountryEntry_Eea();

	/**
	 * Returns the meta object for class '{@link privflow.model.AdequacyDecision <em>Adequacy Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Adequacy Decision</em>'.
	 * @see privflow.model.AdequacyDecision
	 * @generated
	 */
	EClass getAdequacyDecision();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.AdequacyDecision#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see privflow.model.AdequacyDecision#getKey()
	 * @see #getAdequacyDecision()
	 * @generated
	 */
	EAttribute getAdequacyDecision_Key();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.AdequacyDecision#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see privflow.model.AdequacyDecision#getCountry()
	 * @see #getAdequacyDecision()
	 * @generated
	 */
	EAttribute getAdequacyDecision_Country();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.AdequacyDecision#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see privflow.model.AdequacyDecision#getScope()
	 * @see #getAdequacyDecision()
	 * @generated
	 */
	EAttribute getAdequacyDecision_Scope();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.AdequacyDecision#getScopeNote <em>Scope Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope Note</em>'.
	 * @see privflow.model.AdequacyDecision#getScopeNote()
	 * @see #getAdequacyDecision()
	 * @generated
	 */
	EAttribute getAdequacyDecision_ScopeNote();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.AdequacyDecision#getScopeNoteFi <em>Scope Note Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope Note Fi</em>'.
	 * @see privflow.model.AdequacyDecision#getScopeNoteFi()
	 * @see #getAdequacyDecision()
	 * @generated
	 */
	EAttribute getAdequacyDecision_ScopeNoteFi();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.AdequacyDecision#getDecisionId <em>Decision Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Id</em>'.
	 * @see privflow.model.AdequacyDecision#getDecisionId()
	 * @see #getAdequacyDecision()
	 * @generated
	 */
	EAttribute getAdequacyDecision_DecisionId();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.AdequacyDecision#getAdopted <em>Adopted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adopted</em>'.
	 * @see privflow.model.AdequacyDecision#getAdopted()
	 * @see #getAdequacyDecision()
	 * @generated
	 */
	EAttribute getAdequacyDecision_Adopted();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.AdequacyDecision#getValidUntil <em>Valid Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Until</em>'.
	 * @see privflow.model.AdequacyDecision#getValidUntil()
	 * @see #getAdequacyDecision()
	 * @generated
	 */
	EAttribute getAdequacyDecision_ValidUntil();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.AdequacyDecision#getReviewDue <em>Review Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Due</em>'.
	 * @see privflow.model.AdequacyDecision#getReviewDue()
	 * @see #getAdequacyDecision()
	 * @generated
	 */
	EAttribute getAdequacyDecision_ReviewDue();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.AdequacyDecision#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see privflow.model.AdequacyDecision#getSource()
	 * @see #getAdequacyDecision()
	 * @generated
	 */
	EAttribute getAdequacyDecision_Source();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.AdequacyDecision#getSourceFi <em>Source Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Fi</em>'.
	 * @see privflow.model.AdequacyDecision#getSourceFi()
	 * @see #getAdequacyDecision()
	 * @generated
	 */
	EAttribute getAdequacyDecision_SourceFi();

	/**
	 * Returns the meta object for class '{@link privflow.model.KnownOrganisation <em>Known Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Known Organisation</em>'.
	 * @see privflow.model.KnownOrganisation
	 * @generated
	 */
	EClass getKnownOrganisation();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownOrganisation#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see privflow.model.KnownOrganisation#getKey()
	 * @see #getKnownOrganisation()
	 * @generated
	 */
	EAttribute getKnownOrganisation_Key();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownOrganisation#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see privflow.model.KnownOrganisation#getName()
	 * @see #getKnownOrganisation()
	 * @generated
	 */
	EAttribute getKnownOrganisation_Name();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownOrganisation#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see privflow.model.KnownOrganisation#getCountry()
	 * @see #getKnownOrganisation()
	 * @generated
	 */
	EAttribute getKnownOrganisation_Country();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownOrganisation#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent</em>'.
	 * @see privflow.model.KnownOrganisation#getParent()
	 * @see #getKnownOrganisation()
	 * @generated
	 */
	EAttribute getKnownOrganisation_Parent();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownOrganisation#isDpfCertified <em>Dpf Certified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dpf Certified</em>'.
	 * @see privflow.model.KnownOrganisation#isDpfCertified()
	 * @see #getKnownOrganisation()
	 * @generated
	 */
	EAttribute getKnownOrganisation_DpfCertified();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownOrganisation#isDpfCoversHr <em>Dpf Covers Hr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dpf Covers Hr</em>'.
	 * @see privflow.model.KnownOrganisation#isDpfCoversHr()
	 * @see #getKnownOrganisation()
	 * @generated
	 */
	EAttribute getKnownOrganisation_DpfCoversHr();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownOrganisation#getDpfCertifiedFrom <em>Dpf Certified From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dpf Certified From</em>'.
	 * @see privflow.model.KnownOrganisation#getDpfCertifiedFrom()
	 * @see #getKnownOrganisation()
	 * @generated
	 */
	EAttribute getKnownOrganisation_DpfCertifiedFrom();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownOrganisation#getDpfCertifiedUntil <em>Dpf Certified Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dpf Certified Until</em>'.
	 * @see privflow.model.KnownOrganisation#getDpfCertifiedUntil()
	 * @see #getKnownOrganisation()
	 * @generated
	 */
	EAttribute getKnownOrganisation_DpfCertifiedUntil();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownOrganisation#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see privflow.model.KnownOrganisation#getSource()
	 * @see #getKnownOrganisation()
	 * @generated
	 */
	EAttribute getKnownOrganisation_Source();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownOrganisation#getSourceFi <em>Source Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Fi</em>'.
	 * @see privflow.model.KnownOrganisation#getSourceFi()
	 * @see #getKnownOrganisation()
	 * @generated
	 */
	EAttribute getKnownOrganisation_SourceFi();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownOrganisation#getChecked <em>Checked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checked</em>'.
	 * @see privflow.model.KnownOrganisation#getChecked()
	 * @see #getKnownOrganisation()
	 * @generated
	 */
	EAttribute getKnownOrganisation_Checked();

	/**
	 * Returns the meta object for class '{@link privflow.model.KnownService <em>Known Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Known Service</em>'.
	 * @see privflow.model.KnownService
	 * @generated
	 */
	EClass getKnownService();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see privflow.model.KnownService#getKey()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_Key();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see privflow.model.KnownService#getName()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_Name();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see privflow.model.KnownService#getKind()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_Kind();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see privflow.model.KnownService#getProvider()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_Provider();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#getProviderName <em>Provider Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Name</em>'.
	 * @see privflow.model.KnownService#getProviderName()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_ProviderName();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#getProviderCountry <em>Provider Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider Country</em>'.
	 * @see privflow.model.KnownService#getProviderCountry()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_ProviderCountry();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#getParentName <em>Parent Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Name</em>'.
	 * @see privflow.model.KnownService#getParentName()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_ParentName();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#getParentCountry <em>Parent Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Country</em>'.
	 * @see privflow.model.KnownService#getParentCountry()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_ParentCountry();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#isDpfCertified <em>Dpf Certified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dpf Certified</em>'.
	 * @see privflow.model.KnownService#isDpfCertified()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_DpfCertified();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#isBusinessDpa <em>Business Dpa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business Dpa</em>'.
	 * @see privflow.model.KnownService#isBusinessDpa()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_BusinessDpa();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#getContract <em>Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contract</em>'.
	 * @see privflow.model.KnownService#getContract()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_Contract();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#isEndToEndEncrypted <em>End To End Encrypted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End To End Encrypted</em>'.
	 * @see privflow.model.KnownService#isEndToEndEncrypted()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_EndToEndEncrypted();

	/**
	 * Returns the meta object for the containment reference list '{@link privflow.model.KnownService#getLocations <em>Locations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Locations</em>'.
	 * @see privflow.model.KnownService#getLocations()
	 * @see #getKnownService()
	 * @generated
	 */
	EReference getKnownService_Locations();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see privflow.model.KnownService#getSource()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_Source();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#getSourceFi <em>Source Fi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Fi</em>'.
	 * @see privflow.model.KnownService#getSourceFi()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_SourceFi();

	/**
	 * Returns the meta object for the attribute '{@link privflow.model.KnownService#getChecked <em>Checked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checked</em>'.
	 * @see privflow.model.KnownService#getChecked()
	 * @see #getKnownService()
	 * @generated
	 */
	EAttribute getKnownService_Checked();

	/**
	 * Returns the meta object for enum '{@link privflow.model.ServiceKind <em>Service Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Service Kind</em>'.
	 * @see privflow.model.ServiceKind
	 * @generated
	 */
	EEnum getServiceKind();

	/**
	 * Returns the meta object for enum '{@link privflow.model.ContractType <em>Contract Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contract Type</em>'.
	 * @see privflow.model.ContractType
	 * @generated
	 */
	EEnum getContractType();

	/**
	 * Returns the meta object for enum '{@link privflow.model.DataKind <em>Data Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Kind</em>'.
	 * @see privflow.model.DataKind
	 * @generated
	 */
	EEnum getDataKind();

	/**
	 * Returns the meta object for enum '{@link privflow.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see privflow.model.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link privflow.model.LegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Legal Basis</em>'.
	 * @see privflow.model.LegalBasis
	 * @generated
	 */
	EEnum getLegalBasis();

	/**
	 * Returns the meta object for enum '{@link privflow.model.Article9Condition <em>Article9 Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Article9 Condition</em>'.
	 * @see privflow.model.Article9Condition
	 * @generated
	 */
	EEnum getArticle9Condition();

	/**
	 * Returns the meta object for enum '{@link privflow.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel</em>'.
	 * @see privflow.model.Channel
	 * @generated
	 */
	EEnum getChannel();

	/**
	 * Returns the meta object for enum '{@link privflow.model.Frequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Frequency</em>'.
	 * @see privflow.model.Frequency
	 * @generated
	 */
	EEnum getFrequency();

	/**
	 * Returns the meta object for enum '{@link privflow.model.SccModule <em>Scc Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scc Module</em>'.
	 * @see privflow.model.SccModule
	 * @generated
	 */
	EEnum getSccModule();

	/**
	 * Returns the meta object for enum '{@link privflow.model.DerogationPoint <em>Derogation Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Derogation Point</em>'.
	 * @see privflow.model.DerogationPoint
	 * @generated
	 */
	EEnum getDerogationPoint();

	/**
	 * Returns the meta object for enum '{@link privflow.model.DeviceControl <em>Device Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Control</em>'.
	 * @see privflow.model.DeviceControl
	 * @generated
	 */
	EEnum getDeviceControl();

	/**
	 * Returns the meta object for enum '{@link privflow.model.Accessor <em>Accessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Accessor</em>'.
	 * @see privflow.model.Accessor
	 * @generated
	 */
	EEnum getAccessor();

	/**
	 * Returns the meta object for enum '{@link privflow.model.ReviewStatus <em>Review Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Status</em>'.
	 * @see privflow.model.ReviewStatus
	 * @generated
	 */
	EEnum getReviewStatus();

	/**
	 * Returns the meta object for enum '{@link privflow.model.AdequacyScope <em>Adequacy Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Adequacy Scope</em>'.
	 * @see privflow.model.AdequacyScope
	 * @generated
	 */
	EEnum getAdequacyScope();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, written as ISO 8601 (YYYY-MM-DD) so files do not depend on the time zone.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PrivflowFactory getPrivflowFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link privflow.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.IdentifiedImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.NamedImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__DESCRIPTION = eINSTANCE.getNamed_Description();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.FlowEndpointImpl <em>Flow Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.FlowEndpointImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getFlowEndpoint()
		 * @generated
		 */
		EClass FLOW_ENDPOINT = eINSTANCE.getFlowEndpoint();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.DataFlowModelImpl <em>Data Flow Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.DataFlowModelImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getDataFlowModel()
		 * @generated
		 */
		EClass DATA_FLOW_MODEL = eINSTANCE.getDataFlowModel();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FLOW_MODEL__AS_OF = eINSTANCE.getDataFlowModel_AsOf();

		/**
		 * The meta object literal for the '<em><b>Record Keeper</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW_MODEL__RECORD_KEEPER = eINSTANCE.getDataFlowModel_RecordKeeper();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FLOW_MODEL__LANGUAGE = eINSTANCE.getDataFlowModel_Language();

		/**
		 * The meta object literal for the '<em><b>Organisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW_MODEL__ORGANISATIONS = eINSTANCE.getDataFlowModel_Organisations();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW_MODEL__SERVICES = eINSTANCE.getDataFlowModel_Services();

		/**
		 * The meta object literal for the '<em><b>Data Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW_MODEL__DATA_CATEGORIES = eINSTANCE.getDataFlowModel_DataCategories();

		/**
		 * The meta object literal for the '<em><b>Data Subject Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW_MODEL__DATA_SUBJECT_CATEGORIES = eINSTANCE.getDataFlowModel_DataSubjectCategories();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW_MODEL__ACTIVITIES = eINSTANCE.getDataFlowModel_Activities();

		/**
		 * The meta object literal for the '<em><b>Flows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW_MODEL__FLOWS = eINSTANCE.getDataFlowModel_Flows();

		/**
		 * The meta object literal for the '<em><b>Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW_MODEL__REVIEWS = eINSTANCE.getDataFlowModel_Reviews();

		/**
		 * The meta object literal for the '<em><b>Catalogue</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW_MODEL__CATALOGUE = eINSTANCE.getDataFlowModel_Catalogue();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.ContactImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NAME = eINSTANCE.getContact_Name();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL = eINSTANCE.getContact_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PHONE = eINSTANCE.getContact_Phone();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ADDRESS = eINSTANCE.getContact_Address();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.OrganisationImpl <em>Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.OrganisationImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getOrganisation()
		 * @generated
		 */
		EClass ORGANISATION = eINSTANCE.getOrganisation();

		/**
		 * The meta object literal for the '<em><b>Registration Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__REGISTRATION_ID = eINSTANCE.getOrganisation_RegistrationId();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__COUNTRY = eINSTANCE.getOrganisation_Country();

		/**
		 * The meta object literal for the '<em><b>Dpf Certified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__DPF_CERTIFIED = eINSTANCE.getOrganisation_DpfCertified();

		/**
		 * The meta object literal for the '<em><b>Dpf Covers Hr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__DPF_COVERS_HR = eINSTANCE.getOrganisation_DpfCoversHr();

		/**
		 * The meta object literal for the '<em><b>Dpf Certified From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__DPF_CERTIFIED_FROM = eINSTANCE.getOrganisation_DpfCertifiedFrom();

		/**
		 * The meta object literal for the '<em><b>Dpf Certified Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__DPF_CERTIFIED_UNTIL = eINSTANCE.getOrganisation_DpfCertifiedUntil();

		/**
		 * The meta object literal for the '<em><b>Pipeda Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION__PIPEDA_SUBJECT = eINSTANCE.getOrganisation_PipedaSubject();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__CONTACT = eINSTANCE.getOrganisation_Contact();

		/**
		 * The meta object literal for the '<em><b>Dpo</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__DPO = eINSTANCE.getOrganisation_Dpo();

		/**
		 * The meta object literal for the '<em><b>Representative</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__REPRESENTATIVE = eINSTANCE.getOrganisation_Representative();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__PARENT = eINSTANCE.getOrganisation_Parent();

		/**
		 * The meta object literal for the '<em><b>Transfer Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION__TRANSFER_TOOLS = eINSTANCE.getOrganisation_TransferTools();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.LocationImpl <em>Location</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.LocationImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getLocation()
		 * @generated
		 */
		EClass LOCATION = eINSTANCE.getLocation();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__COUNTRY = eINSTANCE.getLocation_Country();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__REGION = eINSTANCE.getLocation_Region();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__PROVIDER = eINSTANCE.getLocation_Provider();

		/**
		 * The meta object literal for the '<em><b>Remote Access Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__REMOTE_ACCESS_ONLY = eINSTANCE.getLocation_RemoteAccessOnly();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__PURPOSE = eINSTANCE.getLocation_Purpose();

		/**
		 * The meta object literal for the '<em><b>Purpose Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__PURPOSE_FI = eINSTANCE.getLocation_PurposeFi();

		/**
		 * The meta object literal for the '<em><b>Accessed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATION__ACCESSED_BY = eINSTANCE.getLocation_AccessedBy();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.ServiceImpl <em>Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.ServiceImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getService()
		 * @generated
		 */
		EClass SERVICE = eINSTANCE.getService();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__KIND = eINSTANCE.getService_Kind();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__PROVIDER = eINSTANCE.getService_Provider();

		/**
		 * The meta object literal for the '<em><b>Locations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__LOCATIONS = eINSTANCE.getService_Locations();

		/**
		 * The meta object literal for the '<em><b>Contract</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__CONTRACT = eINSTANCE.getService_Contract();

		/**
		 * The meta object literal for the '<em><b>Contract Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__CONTRACT_REFERENCE = eINSTANCE.getService_ContractReference();

		/**
		 * The meta object literal for the '<em><b>Encrypted In Transit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__ENCRYPTED_IN_TRANSIT = eINSTANCE.getService_EncryptedInTransit();

		/**
		 * The meta object literal for the '<em><b>Encrypted At Rest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__ENCRYPTED_AT_REST = eINSTANCE.getService_EncryptedAtRest();

		/**
		 * The meta object literal for the '<em><b>End To End Encrypted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__END_TO_END_ENCRYPTED = eINSTANCE.getService_EndToEndEncrypted();

		/**
		 * The meta object literal for the '<em><b>Sub Processors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__SUB_PROCESSORS = eINSTANCE.getService_SubProcessors();

		/**
		 * The meta object literal for the '<em><b>Catalogue Entry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__CATALOGUE_ENTRY = eINSTANCE.getService_CatalogueEntry();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__DEVICES = eINSTANCE.getService_Devices();

		/**
		 * The meta object literal for the '<em><b>Transfer Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__TRANSFER_TOOLS = eINSTANCE.getService_TransferTools();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.DataCategoryImpl <em>Data Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.DataCategoryImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getDataCategory()
		 * @generated
		 */
		EClass DATA_CATEGORY = eINSTANCE.getDataCategory();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_CATEGORY__KIND = eINSTANCE.getDataCategory_Kind();

		/**
		 * The meta object literal for the '<em><b>Special Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_CATEGORY__SPECIAL_CATEGORY = eINSTANCE.getDataCategory_SpecialCategory();

		/**
		 * The meta object literal for the '<em><b>Criminal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_CATEGORY__CRIMINAL = eINSTANCE.getDataCategory_Criminal();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.DataSubjectCategoryImpl <em>Data Subject Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.DataSubjectCategoryImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getDataSubjectCategory()
		 * @generated
		 */
		EClass DATA_SUBJECT_CATEGORY = eINSTANCE.getDataSubjectCategory();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SUBJECT_CATEGORY__CHILDREN = eINSTANCE.getDataSubjectCategory_Children();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.ActivityRoleImpl <em>Activity Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.ActivityRoleImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getActivityRole()
		 * @generated
		 */
		EClass ACTIVITY_ROLE = eINSTANCE.getActivityRole();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY_ROLE__ORGANISATION = eINSTANCE.getActivityRole_Organisation();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY_ROLE__ROLE = eINSTANCE.getActivityRole_Role();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.ProcessingActivityImpl <em>Processing Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.ProcessingActivityImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getProcessingActivity()
		 * @generated
		 */
		EClass PROCESSING_ACTIVITY = eINSTANCE.getProcessingActivity();

		/**
		 * The meta object literal for the '<em><b>Purposes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_ACTIVITY__PURPOSES = eINSTANCE.getProcessingActivity_Purposes();

		/**
		 * The meta object literal for the '<em><b>Legal Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_ACTIVITY__LEGAL_BASIS = eINSTANCE.getProcessingActivity_LegalBasis();

		/**
		 * The meta object literal for the '<em><b>Article9 Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_ACTIVITY__ARTICLE9_CONDITION = eINSTANCE.getProcessingActivity_Article9Condition();

		/**
		 * The meta object literal for the '<em><b>Data Subjects</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESSING_ACTIVITY__DATA_SUBJECTS = eINSTANCE.getProcessingActivity_DataSubjects();

		/**
		 * The meta object literal for the '<em><b>Data Categories</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESSING_ACTIVITY__DATA_CATEGORIES = eINSTANCE.getProcessingActivity_DataCategories();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESSING_ACTIVITY__ROLES = eINSTANCE.getProcessingActivity_Roles();

		/**
		 * The meta object literal for the '<em><b>Recipient Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_ACTIVITY__RECIPIENT_CATEGORIES = eINSTANCE.getProcessingActivity_RecipientCategories();

		/**
		 * The meta object literal for the '<em><b>Retention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_ACTIVITY__RETENTION = eINSTANCE.getProcessingActivity_Retention();

		/**
		 * The meta object literal for the '<em><b>Security Measures</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_ACTIVITY__SECURITY_MEASURES = eINSTANCE.getProcessingActivity_SecurityMeasures();

		/**
		 * The meta object literal for the '<em><b>Data Subjects Informed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_ACTIVITY__DATA_SUBJECTS_INFORMED = eINSTANCE.getProcessingActivity_DataSubjectsInformed();

		/**
		 * The meta object literal for the '<em><b>Privacy Notice Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_ACTIVITY__PRIVACY_NOTICE_REFERENCE = eINSTANCE.getProcessingActivity_PrivacyNoticeReference();

		/**
		 * The meta object literal for the '<em><b>Dpia Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_ACTIVITY__DPIA_REFERENCE = eINSTANCE.getProcessingActivity_DpiaReference();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.DataFlowImpl <em>Data Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.DataFlowImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getDataFlow()
		 * @generated
		 */
		EClass DATA_FLOW = eINSTANCE.getDataFlow();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW__SOURCE = eINSTANCE.getDataFlow_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW__TARGET = eINSTANCE.getDataFlow_Target();

		/**
		 * The meta object literal for the '<em><b>Data Categories</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW__DATA_CATEGORIES = eINSTANCE.getDataFlow_DataCategories();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW__ACTIVITY = eINSTANCE.getDataFlow_Activity();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FLOW__CHANNEL = eINSTANCE.getDataFlow_Channel();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_FLOW__FREQUENCY = eINSTANCE.getDataFlow_Frequency();

		/**
		 * The meta object literal for the '<em><b>Safeguard</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_FLOW__SAFEGUARD = eINSTANCE.getDataFlow_Safeguard();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.TransferSafeguardImpl <em>Transfer Safeguard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.TransferSafeguardImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getTransferSafeguard()
		 * @generated
		 */
		EClass TRANSFER_SAFEGUARD = eINSTANCE.getTransferSafeguard();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_SAFEGUARD__REFERENCE = eINSTANCE.getTransferSafeguard_Reference();

		/**
		 * The meta object literal for the '<em><b>Tia Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_SAFEGUARD__TIA_REFERENCE = eINSTANCE.getTransferSafeguard_TiaReference();

		/**
		 * The meta object literal for the '<em><b>Tia Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSFER_SAFEGUARD__TIA_DATE = eINSTANCE.getTransferSafeguard_TiaDate();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.AdequacyDecisionReferenceImpl <em>Adequacy Decision Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.AdequacyDecisionReferenceImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getAdequacyDecisionReference()
		 * @generated
		 */
		EClass ADEQUACY_DECISION_REFERENCE = eINSTANCE.getAdequacyDecisionReference();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADEQUACY_DECISION_REFERENCE__DECISION = eINSTANCE.getAdequacyDecisionReference_Decision();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.DpfCertificationImpl <em>Dpf Certification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.DpfCertificationImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getDpfCertification()
		 * @generated
		 */
		EClass DPF_CERTIFICATION = eINSTANCE.getDpfCertification();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.StandardContractualClausesImpl <em>Standard Contractual Clauses</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.StandardContractualClausesImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getStandardContractualClauses()
		 * @generated
		 */
		EClass STANDARD_CONTRACTUAL_CLAUSES = eINSTANCE.getStandardContractualClauses();

		/**
		 * The meta object literal for the '<em><b>Module</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_CONTRACTUAL_CLAUSES__MODULE = eINSTANCE.getStandardContractualClauses_Module();

		/**
		 * The meta object literal for the '<em><b>Signed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_CONTRACTUAL_CLAUSES__SIGNED_ON = eINSTANCE.getStandardContractualClauses_SignedOn();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.BindingCorporateRulesImpl <em>Binding Corporate Rules</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.BindingCorporateRulesImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getBindingCorporateRules()
		 * @generated
		 */
		EClass BINDING_CORPORATE_RULES = eINSTANCE.getBindingCorporateRules();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.CodeOfConductImpl <em>Code Of Conduct</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.CodeOfConductImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getCodeOfConduct()
		 * @generated
		 */
		EClass CODE_OF_CONDUCT = eINSTANCE.getCodeOfConduct();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.DerogationImpl <em>Derogation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.DerogationImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getDerogation()
		 * @generated
		 */
		EClass DEROGATION = eINSTANCE.getDerogation();

		/**
		 * The meta object literal for the '<em><b>Point</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEROGATION__POINT = eINSTANCE.getDerogation_Point();

		/**
		 * The meta object literal for the '<em><b>Documentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEROGATION__DOCUMENTATION = eINSTANCE.getDerogation_Documentation();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.ReviewDecisionImpl <em>Review Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.ReviewDecisionImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getReviewDecision()
		 * @generated
		 */
		EClass REVIEW_DECISION = eINSTANCE.getReviewDecision();

		/**
		 * The meta object literal for the '<em><b>Finding Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DECISION__FINDING_KEY = eINSTANCE.getReviewDecision_FindingKey();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DECISION__STATUS = eINSTANCE.getReviewDecision_Status();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DECISION__REVIEWER = eINSTANCE.getReviewDecision_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DECISION__DATE = eINSTANCE.getReviewDecision_Date();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DECISION__RATIONALE = eINSTANCE.getReviewDecision_Rationale();

		/**
		 * The meta object literal for the '<em><b>Fingerprint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_DECISION__FINGERPRINT = eINSTANCE.getReviewDecision_Fingerprint();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.CatalogueImpl <em>Catalogue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.CatalogueImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getCatalogue()
		 * @generated
		 */
		EClass CATALOGUE = eINSTANCE.getCatalogue();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE__AS_OF = eINSTANCE.getCatalogue_AsOf();

		/**
		 * The meta object literal for the '<em><b>Name Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE__NAME_FI = eINSTANCE.getCatalogue_NameFi();

		/**
		 * The meta object literal for the '<em><b>Description Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE__DESCRIPTION_FI = eINSTANCE.getCatalogue_DescriptionFi();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE__SOURCES = eINSTANCE.getCatalogue_Sources();

		/**
		 * The meta object literal for the '<em><b>Sources Fi</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOGUE__SOURCES_FI = eINSTANCE.getCatalogue_SourcesFi();

		/**
		 * The meta object literal for the '<em><b>Countries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOGUE__COUNTRIES = eINSTANCE.getCatalogue_Countries();

		/**
		 * The meta object literal for the '<em><b>Adequacy Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOGUE__ADEQUACY_DECISIONS = eINSTANCE.getCatalogue_AdequacyDecisions();

		/**
		 * The meta object literal for the '<em><b>Known Organisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOGUE__KNOWN_ORGANISATIONS = eINSTANCE.getCatalogue_KnownOrganisations();

		/**
		 * The meta object literal for the '<em><b>Known Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOGUE__KNOWN_SERVICES = eINSTANCE.getCatalogue_KnownServices();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CATALOGUE__SCENARIOS = eINSTANCE.getCatalogue_Scenarios();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.ScenarioImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__KEY = eINSTANCE.getScenario_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__NAME = eINSTANCE.getScenario_Name();

		/**
		 * The meta object literal for the '<em><b>Name Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__NAME_FI = eINSTANCE.getScenario_NameFi();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Description Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION_FI = eINSTANCE.getScenario_DescriptionFi();

		/**
		 * The meta object literal for the '<em><b>Withdrawn Decisions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__WITHDRAWN_DECISIONS = eINSTANCE.getScenario_WithdrawnDecisions();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.CountryEntryImpl <em>Country Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.CountryEntryImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getCountryEntry()
		 * @generated
		 */
		EClass COUNTRY_ENTRY = eINSTANCE.getCountryEntry();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_ENTRY__CODE = eINSTANCE.getCountryEntry_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_ENTRY__NAME = eINSTANCE.getCountryEntry_Name();

		/**
		 * The meta object literal for the '<em><b>Name Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_ENTRY__NAME_FI = eINSTANCE.getCountryEntry_NameFi();

		/**
		 * The meta object literal for the '<em><b>Genitive Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_ENTRY__GENITIVE_FI = eINSTANCE.getCountryEntry_GenitiveFi();

		/**
		 * The meta object literal for the '<em><b>Inessive Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_ENTRY__INESSIVE_FI = eINSTANCE.getCountryEntry_InessiveFi();

		/**
		 * The meta object literal for the '<em><b>Illative Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_ENTRY__ILLATIVE_FI = eINSTANCE.getCountryEntry_IllativeFi();

		/**
		 * The meta object literal for the '<em><b>Elative Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_ENTRY__ELATIVE_FI = eINSTANCE.getCountryEntry_ElativeFi();

		/**
		 * The meta object literal for the '<em><b>Partitive Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_ENTRY__PARTITIVE_FI = eINSTANCE.getCountryEntry_PartitiveFi();

		/**
		 * The meta object literal for the '<em><b>Eea</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTRY_ENTRY__EEA = eINSTANCE.getCountryEntry_Eea();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.AdequacyDecisionImpl <em>Adequacy Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.AdequacyDecisionImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getAdequacyDecision()
		 * @generated
		 */
		EClass ADEQUACY_DECISION = eINSTANCE.getAdequacyDecision();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADEQUACY_DECISION__KEY = eINSTANCE.getAdequacyDecision_Key();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADEQUACY_DECISION__COUNTRY = eINSTANCE.getAdequacyDecision_Country();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADEQUACY_DECISION__SCOPE = eINSTANCE.getAdequacyDecision_Scope();

		/**
		 * The meta object literal for the '<em><b>Scope Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADEQUACY_DECISION__SCOPE_NOTE = eINSTANCE.getAdequacyDecision_ScopeNote();

		/**
		 * The meta object literal for the '<em><b>Scope Note Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADEQUACY_DECISION__SCOPE_NOTE_FI = eINSTANCE.getAdequacyDecision_ScopeNoteFi();

		/**
		 * The meta object literal for the '<em><b>Decision Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADEQUACY_DECISION__DECISION_ID = eINSTANCE.getAdequacyDecision_DecisionId();

		/**
		 * The meta object literal for the '<em><b>Adopted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADEQUACY_DECISION__ADOPTED = eINSTANCE.getAdequacyDecision_Adopted();

		/**
		 * The meta object literal for the '<em><b>Valid Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADEQUACY_DECISION__VALID_UNTIL = eINSTANCE.getAdequacyDecision_ValidUntil();

		/**
		 * The meta object literal for the '<em><b>Review Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADEQUACY_DECISION__REVIEW_DUE = eINSTANCE.getAdequacyDecision_ReviewDue();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADEQUACY_DECISION__SOURCE = eINSTANCE.getAdequacyDecision_Source();

		/**
		 * The meta object literal for the '<em><b>Source Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADEQUACY_DECISION__SOURCE_FI = eINSTANCE.getAdequacyDecision_SourceFi();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.KnownOrganisationImpl <em>Known Organisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.KnownOrganisationImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getKnownOrganisation()
		 * @generated
		 */
		EClass KNOWN_ORGANISATION = eINSTANCE.getKnownOrganisation();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_ORGANISATION__KEY = eINSTANCE.getKnownOrganisation_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_ORGANISATION__NAME = eINSTANCE.getKnownOrganisation_Name();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_ORGANISATION__COUNTRY = eINSTANCE.getKnownOrganisation_Country();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_ORGANISATION__PARENT = eINSTANCE.getKnownOrganisation_Parent();

		/**
		 * The meta object literal for the '<em><b>Dpf Certified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_ORGANISATION__DPF_CERTIFIED = eINSTANCE.getKnownOrganisation_DpfCertified();

		/**
		 * The meta object literal for the '<em><b>Dpf Covers Hr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_ORGANISATION__DPF_COVERS_HR = eINSTANCE.getKnownOrganisation_DpfCoversHr();

		/**
		 * The meta object literal for the '<em><b>Dpf Certified From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_ORGANISATION__DPF_CERTIFIED_FROM = eINSTANCE.getKnownOrganisation_DpfCertifiedFrom();

		/**
		 * The meta object literal for the '<em><b>Dpf Certified Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_ORGANISATION__DPF_CERTIFIED_UNTIL = eINSTANCE.getKnownOrganisation_DpfCertifiedUntil();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_ORGANISATION__SOURCE = eINSTANCE.getKnownOrganisation_Source();

		/**
		 * The meta object literal for the '<em><b>Source Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_ORGANISATION__SOURCE_FI = eINSTANCE.getKnownOrganisation_SourceFi();

		/**
		 * The meta object literal for the '<em><b>Checked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_ORGANISATION__CHECKED = eINSTANCE.getKnownOrganisation_Checked();

		/**
		 * The meta object literal for the '{@link privflow.model.impl.KnownServiceImpl <em>Known Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.impl.KnownServiceImpl
		 * @see privflow.model.impl.PrivflowPackageImpl#getKnownService()
		 * @generated
		 */
		EClass KNOWN_SERVICE = eINSTANCE.getKnownService();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__KEY = eINSTANCE.getKnownService_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__NAME = eINSTANCE.getKnownService_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__KIND = eINSTANCE.getKnownService_Kind();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__PROVIDER = eINSTANCE.getKnownService_Provider();

		/**
		 * The meta object literal for the '<em><b>Provider Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__PROVIDER_NAME = eINSTANCE.getKnownService_ProviderName();

		/**
		 * The meta object literal for the '<em><b>Provider Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__PROVIDER_COUNTRY = eINSTANCE.getKnownService_ProviderCountry();

		/**
		 * The meta object literal for the '<em><b>Parent Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__PARENT_NAME = eINSTANCE.getKnownService_ParentName();

		/**
		 * The meta object literal for the '<em><b>Parent Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__PARENT_COUNTRY = eINSTANCE.getKnownService_ParentCountry();

		/**
		 * The meta object literal for the '<em><b>Dpf Certified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__DPF_CERTIFIED = eINSTANCE.getKnownService_DpfCertified();

		/**
		 * The meta object literal for the '<em><b>Business Dpa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__BUSINESS_DPA = eINSTANCE.getKnownService_BusinessDpa();

		/**
		 * The meta object literal for the '<em><b>Contract</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__CONTRACT = eINSTANCE.getKnownService_Contract();

		/**
		 * The meta object literal for the '<em><b>End To End Encrypted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__END_TO_END_ENCRYPTED = eINSTANCE.getKnownService_EndToEndEncrypted();

		/**
		 * The meta object literal for the '<em><b>Locations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOWN_SERVICE__LOCATIONS = eINSTANCE.getKnownService_Locations();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__SOURCE = eINSTANCE.getKnownService_Source();

		/**
		 * The meta object literal for the '<em><b>Source Fi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__SOURCE_FI = eINSTANCE.getKnownService_SourceFi();

		/**
		 * The meta object literal for the '<em><b>Checked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_SERVICE__CHECKED = eINSTANCE.getKnownService_Checked();

		/**
		 * The meta object literal for the '{@link privflow.model.ServiceKind <em>Service Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.ServiceKind
		 * @see privflow.model.impl.PrivflowPackageImpl#getServiceKind()
		 * @generated
		 */
		EEnum SERVICE_KIND = eINSTANCE.getServiceKind();

		/**
		 * The meta object literal for the '{@link privflow.model.ContractType <em>Contract Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.ContractType
		 * @see privflow.model.impl.PrivflowPackageImpl#getContractType()
		 * @generated
		 */
		EEnum CONTRACT_TYPE = eINSTANCE.getContractType();

		/**
		 * The meta object literal for the '{@link privflow.model.DataKind <em>Data Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.DataKind
		 * @see privflow.model.impl.PrivflowPackageImpl#getDataKind()
		 * @generated
		 */
		EEnum DATA_KIND = eINSTANCE.getDataKind();

		/**
		 * The meta object literal for the '{@link privflow.model.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.Role
		 * @see privflow.model.impl.PrivflowPackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link privflow.model.LegalBasis <em>Legal Basis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.LegalBasis
		 * @see privflow.model.impl.PrivflowPackageImpl#getLegalBasis()
		 * @generated
		 */
		EEnum LEGAL_BASIS = eINSTANCE.getLegalBasis();

		/**
		 * The meta object literal for the '{@link privflow.model.Article9Condition <em>Article9 Condition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.Article9Condition
		 * @see privflow.model.impl.PrivflowPackageImpl#getArticle9Condition()
		 * @generated
		 */
		EEnum ARTICLE9_CONDITION = eINSTANCE.getArticle9Condition();

		/**
		 * The meta object literal for the '{@link privflow.model.Channel <em>Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.Channel
		 * @see privflow.model.impl.PrivflowPackageImpl#getChannel()
		 * @generated
		 */
		EEnum CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '{@link privflow.model.Frequency <em>Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.Frequency
		 * @see privflow.model.impl.PrivflowPackageImpl#getFrequency()
		 * @generated
		 */
		EEnum FREQUENCY = eINSTANCE.getFrequency();

		/**
		 * The meta object literal for the '{@link privflow.model.SccModule <em>Scc Module</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.SccModule
		 * @see privflow.model.impl.PrivflowPackageImpl#getSccModule()
		 * @generated
		 */
		EEnum SCC_MODULE = eINSTANCE.getSccModule();

		/**
		 * The meta object literal for the '{@link privflow.model.DerogationPoint <em>Derogation Point</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.DerogationPoint
		 * @see privflow.model.impl.PrivflowPackageImpl#getDerogationPoint()
		 * @generated
		 */
		EEnum DEROGATION_POINT = eINSTANCE.getDerogationPoint();

		/**
		 * The meta object literal for the '{@link privflow.model.DeviceControl <em>Device Control</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.DeviceControl
		 * @see privflow.model.impl.PrivflowPackageImpl#getDeviceControl()
		 * @generated
		 */
		EEnum DEVICE_CONTROL = eINSTANCE.getDeviceControl();

		/**
		 * The meta object literal for the '{@link privflow.model.Accessor <em>Accessor</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.Accessor
		 * @see privflow.model.impl.PrivflowPackageImpl#getAccessor()
		 * @generated
		 */
		EEnum ACCESSOR = eINSTANCE.getAccessor();

		/**
		 * The meta object literal for the '{@link privflow.model.ReviewStatus <em>Review Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.ReviewStatus
		 * @see privflow.model.impl.PrivflowPackageImpl#getReviewStatus()
		 * @generated
		 */
		EEnum REVIEW_STATUS = eINSTANCE.getReviewStatus();

		/**
		 * The meta object literal for the '{@link privflow.model.AdequacyScope <em>Adequacy Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see privflow.model.AdequacyScope
		 * @see privflow.model.impl.PrivflowPackageImpl#getAdequacyScope()
		 * @generated
		 */
		EEnum ADEQUACY_SCOPE = eINSTANCE.getAdequacyScope();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see privflow.model.impl.PrivflowPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

	}

} //PrivflowPackage
