/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import privflow.model.Catalogue;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.DataSubjectCategory;
import privflow.model.Organisation;
import privflow.model.PrivflowPackage;
import privflow.model.ProcessingActivity;
import privflow.model.ReviewDecision;
import privflow.model.Service;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Flow Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.DataFlowModelImpl#getAsOf <em>As Of</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowModelImpl#getRecordKeeper <em>Record Keeper</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowModelImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowModelImpl#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowModelImpl#getServices <em>Services</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowModelImpl#getDataCategories <em>Data Categories</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowModelImpl#getDataSubjectCategories <em>Data Subject Categories</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowModelImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowModelImpl#getFlows <em>Flows</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowModelImpl#getReviews <em>Reviews</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowModelImpl#getCatalogue <em>Catalogue</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataFlowModelImpl extends NamedImpl implements DataFlowModel {
	/**
	 * The default value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate AS_OF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected LocalDate asOf = AS_OF_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecordKeeper() <em>Record Keeper</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordKeeper()
	 * @generated
	 * @ordered
	 */
	protected Organisation recordKeeper;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganisations() <em>Organisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> organisations;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * The cached value of the '{@link #getDataCategories() <em>Data Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<DataCategory> dataCategories;

	/**
	 * The cached value of the '{@link #getDataSubjectCategories() <em>Data Subject Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSubjectCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<DataSubjectCategory> dataSubjectCategories;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessingActivity> activities;

	/**
	 * The cached value of the '{@link #getFlows() <em>Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<DataFlow> flows;

	/**
	 * The cached value of the '{@link #getReviews() <em>Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewDecision> reviews;

	/**
	 * The cached value of the '{@link #getCatalogue() <em>Catalogue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogue()
	 * @generated
	 * @ordered
	 */
	protected Catalogue catalogue;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataFlowModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.DATA_FLOW_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAsOf() {
		return asOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsOf(LocalDate newAsOf) {
		LocalDate oldAsOf = asOf;
		asOf = newAsOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_FLOW_MODEL__AS_OF, oldAsOf, asOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getRecordKeeper() {
		if (recordKeeper != null && recordKeeper.eIsProxy()) {
			InternalEObject oldRecordKeeper = (InternalEObject)recordKeeper;
			recordKeeper = (Organisation)eResolveProxy(oldRecordKeeper);
			if (recordKeeper != oldRecordKeeper) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PrivflowPackage.DATA_FLOW_MODEL__RECORD_KEEPER, oldRecordKeeper, recordKeeper));
			}
		}
		return recordKeeper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetRecordKeeper() {
		return recordKeeper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordKeeper(Organisation newRecordKeeper) {
		Organisation oldRecordKeeper = recordKeeper;
		recordKeeper = newRecordKeeper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_FLOW_MODEL__RECORD_KEEPER, oldRecordKeeper, recordKeeper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_FLOW_MODEL__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getOrganisations() {
		if (organisations == null) {
			organisations = new EObjectContainmentEList<Organisation>(Organisation.class, this, PrivflowPackage.DATA_FLOW_MODEL__ORGANISATIONS);
		}
		return organisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectContainmentEList<Service>(Service.class, this, PrivflowPackage.DATA_FLOW_MODEL__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataCategory> getDataCategories() {
		if (dataCategories == null) {
			dataCategories = new EObjectContainmentEList<DataCategory>(DataCategory.class, this, PrivflowPackage.DATA_FLOW_MODEL__DATA_CATEGORIES);
		}
		return dataCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataSubjectCategory> getDataSubjectCategories() {
		if (dataSubjectCategories == null) {
			dataSubjectCategories = new EObjectContainmentEList<DataSubjectCategory>(DataSubjectCategory.class, this, PrivflowPackage.DATA_FLOW_MODEL__DATA_SUBJECT_CATEGORIES);
		}
		return dataSubjectCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessingActivity> getActivities() {
		if (activities == null) {
			activities = new EObjectContainmentEList<ProcessingActivity>(ProcessingActivity.class, this, PrivflowPackage.DATA_FLOW_MODEL__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataFlow> getFlows() {
		if (flows == null) {
			flows = new EObjectContainmentEList<DataFlow>(DataFlow.class, this, PrivflowPackage.DATA_FLOW_MODEL__FLOWS);
		}
		return flows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewDecision> getReviews() {
		if (reviews == null) {
			reviews = new EObjectContainmentEList<ReviewDecision>(ReviewDecision.class, this, PrivflowPackage.DATA_FLOW_MODEL__REVIEWS);
		}
		return reviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Catalogue getCatalogue() {
		return catalogue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCatalogue(Catalogue newCatalogue, NotificationChain msgs) {
		Catalogue oldCatalogue = catalogue;
		catalogue = newCatalogue;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_FLOW_MODEL__CATALOGUE, oldCatalogue, newCatalogue);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCatalogue(Catalogue newCatalogue) {
		if (newCatalogue != catalogue) {
			NotificationChain msgs = null;
			if (catalogue != null)
				msgs = ((InternalEObject)catalogue).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PrivflowPackage.DATA_FLOW_MODEL__CATALOGUE, null, msgs);
			if (newCatalogue != null)
				msgs = ((InternalEObject)newCatalogue).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PrivflowPackage.DATA_FLOW_MODEL__CATALOGUE, null, msgs);
			msgs = basicSetCatalogue(newCatalogue, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_FLOW_MODEL__CATALOGUE, newCatalogue, newCatalogue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PrivflowPackage.DATA_FLOW_MODEL__ORGANISATIONS:
				return ((InternalEList<?>)getOrganisations()).basicRemove(otherEnd, msgs);
			case PrivflowPackage.DATA_FLOW_MODEL__SERVICES:
				return ((InternalEList<?>)getServices()).basicRemove(otherEnd, msgs);
			case PrivflowPackage.DATA_FLOW_MODEL__DATA_CATEGORIES:
				return ((InternalEList<?>)getDataCategories()).basicRemove(otherEnd, msgs);
			case PrivflowPackage.DATA_FLOW_MODEL__DATA_SUBJECT_CATEGORIES:
				return ((InternalEList<?>)getDataSubjectCategories()).basicRemove(otherEnd, msgs);
			case PrivflowPackage.DATA_FLOW_MODEL__ACTIVITIES:
				return ((InternalEList<?>)getActivities()).basicRemove(otherEnd, msgs);
			case PrivflowPackage.DATA_FLOW_MODEL__FLOWS:
				return ((InternalEList<?>)getFlows()).basicRemove(otherEnd, msgs);
			case PrivflowPackage.DATA_FLOW_MODEL__REVIEWS:
				return ((InternalEList<?>)getReviews()).basicRemove(otherEnd, msgs);
			case PrivflowPackage.DATA_FLOW_MODEL__CATALOGUE:
				return basicSetCatalogue(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PrivflowPackage.DATA_FLOW_MODEL__AS_OF:
				return getAsOf();
			case PrivflowPackage.DATA_FLOW_MODEL__RECORD_KEEPER:
				if (resolve) return getRecordKeeper();
				return basicGetRecordKeeper();
			case PrivflowPackage.DATA_FLOW_MODEL__LANGUAGE:
				return getLanguage();
			case PrivflowPackage.DATA_FLOW_MODEL__ORGANISATIONS:
				return getOrganisations();
			case PrivflowPackage.DATA_FLOW_MODEL__SERVICES:
				return getServices();
			case PrivflowPackage.DATA_FLOW_MODEL__DATA_CATEGORIES:
				return getDataCategories();
			case PrivflowPackage.DATA_FLOW_MODEL__DATA_SUBJECT_CATEGORIES:
				return getDataSubjectCategories();
			case PrivflowPackage.DATA_FLOW_MODEL__ACTIVITIES:
				return getActivities();
			case PrivflowPackage.DATA_FLOW_MODEL__FLOWS:
				return getFlows();
			case PrivflowPackage.DATA_FLOW_MODEL__REVIEWS:
				return getReviews();
			case PrivflowPackage.DATA_FLOW_MODEL__CATALOGUE:
				return getCatalogue();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PrivflowPackage.DATA_FLOW_MODEL__AS_OF:
				setAsOf((LocalDate)newValue);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__RECORD_KEEPER:
				setRecordKeeper((Organisation)newValue);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__ORGANISATIONS:
				getOrganisations().clear();
				getOrganisations().addAll((Collection<? extends Organisation>)newValue);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__DATA_CATEGORIES:
				getDataCategories().clear();
				getDataCategories().addAll((Collection<? extends DataCategory>)newValue);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__DATA_SUBJECT_CATEGORIES:
				getDataSubjectCategories().clear();
				getDataSubjectCategories().addAll((Collection<? extends DataSubjectCategory>)newValue);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends ProcessingActivity>)newValue);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__FLOWS:
				getFlows().clear();
				getFlows().addAll((Collection<? extends DataFlow>)newValue);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__REVIEWS:
				getReviews().clear();
				getReviews().addAll((Collection<? extends ReviewDecision>)newValue);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__CATALOGUE:
				setCatalogue((Catalogue)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PrivflowPackage.DATA_FLOW_MODEL__AS_OF:
				setAsOf(AS_OF_EDEFAULT);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__RECORD_KEEPER:
				setRecordKeeper((Organisation)null);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__ORGANISATIONS:
				getOrganisations().clear();
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__SERVICES:
				getServices().clear();
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__DATA_CATEGORIES:
				getDataCategories().clear();
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__DATA_SUBJECT_CATEGORIES:
				getDataSubjectCategories().clear();
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__ACTIVITIES:
				getActivities().clear();
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__FLOWS:
				getFlows().clear();
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__REVIEWS:
				getReviews().clear();
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__CATALOGUE:
				setCatalogue((Catalogue)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PrivflowPackage.DATA_FLOW_MODEL__AS_OF:
				return AS_OF_EDEFAULT == null ? asOf != null : !AS_OF_EDEFAULT.equals(asOf);
			case PrivflowPackage.DATA_FLOW_MODEL__RECORD_KEEPER:
				return recordKeeper != null;
			case PrivflowPackage.DATA_FLOW_MODEL__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case PrivflowPackage.DATA_FLOW_MODEL__ORGANISATIONS:
				return organisations != null && !organisations.isEmpty();
			case PrivflowPackage.DATA_FLOW_MODEL__SERVICES:
				return services != null && !services.isEmpty();
			case PrivflowPackage.DATA_FLOW_MODEL__DATA_CATEGORIES:
				return dataCategories != null && !dataCategories.isEmpty();
			case PrivflowPackage.DATA_FLOW_MODEL__DATA_SUBJECT_CATEGORIES:
				return dataSubjectCategories != null && !dataSubjectCategories.isEmpty();
			case PrivflowPackage.DATA_FLOW_MODEL__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case PrivflowPackage.DATA_FLOW_MODEL__FLOWS:
				return flows != null && !flows.isEmpty();
			case PrivflowPackage.DATA_FLOW_MODEL__REVIEWS:
				return reviews != null && !reviews.isEmpty();
			case PrivflowPackage.DATA_FLOW_MODEL__CATALOGUE:
				return catalogue != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (asOf: ");
		result.append(asOf);
		result.append(", language: ");
		result.append(language);
		result.append(')');
		return result.toString();
	}

} //DataFlowModelImpl
