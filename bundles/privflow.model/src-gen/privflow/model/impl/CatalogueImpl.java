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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import privflow.model.AdequacyDecision;
import privflow.model.Catalogue;
import privflow.model.CountryEntry;
import privflow.model.KnownOrganisation;
import privflow.model.KnownService;
import privflow.model.PrivflowPackage;
import privflow.model.Scenario;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Catalogue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.CatalogueImpl#getAsOf <em>As Of</em>}</li>
 *   <li>{@link privflow.model.impl.CatalogueImpl#getNameFi <em>Name Fi</em>}</li>
 *   <li>{@link privflow.model.impl.CatalogueImpl#getDescriptionFi <em>Description Fi</em>}</li>
 *   <li>{@link privflow.model.impl.CatalogueImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link privflow.model.impl.CatalogueImpl#getSourcesFi <em>Sources Fi</em>}</li>
 *   <li>{@link privflow.model.impl.CatalogueImpl#getCountries <em>Countries</em>}</li>
 *   <li>{@link privflow.model.impl.CatalogueImpl#getAdequacyDecisions <em>Adequacy Decisions</em>}</li>
 *   <li>{@link privflow.model.impl.CatalogueImpl#getKnownOrganisations <em>Known Organisations</em>}</li>
 *   <li>{@link privflow.model.impl.CatalogueImpl#getKnownServices <em>Known Services</em>}</li>
 *   <li>{@link privflow.model.impl.CatalogueImpl#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CatalogueImpl extends NamedImpl implements Catalogue {
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
	 * The default value of the '{@link #getNameFi() <em>Name Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameFi()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameFi() <em>Name Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameFi()
	 * @generated
	 * @ordered
	 */
	protected String nameFi = NAME_FI_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionFi() <em>Description Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionFi()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_FI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionFi() <em>Description Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionFi()
	 * @generated
	 * @ordered
	 */
	protected String descriptionFi = DESCRIPTION_FI_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSources() <em>Sources</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSources()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sources;

	/**
	 * The cached value of the '{@link #getSourcesFi() <em>Sources Fi</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourcesFi()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sourcesFi;

	/**
	 * The cached value of the '{@link #getCountries() <em>Countries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountries()
	 * @generated
	 * @ordered
	 */
	protected EList<CountryEntry> countries;

	/**
	 * The cached value of the '{@link #getAdequacyDecisions() <em>Adequacy Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdequacyDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<AdequacyDecision> adequacyDecisions;

	/**
	 * The cached value of the '{@link #getKnownOrganisations() <em>Known Organisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnownOrganisations()
	 * @generated
	 * @ordered
	 */
	protected EList<KnownOrganisation> knownOrganisations;

	/**
	 * The cached value of the '{@link #getKnownServices() <em>Known Services</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKnownServices()
	 * @generated
	 * @ordered
	 */
	protected EList<KnownService> knownServices;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CatalogueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.CATALOGUE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.CATALOGUE__AS_OF, oldAsOf, asOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameFi() {
		return nameFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameFi(String newNameFi) {
		String oldNameFi = nameFi;
		nameFi = newNameFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.CATALOGUE__NAME_FI, oldNameFi, nameFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionFi() {
		return descriptionFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionFi(String newDescriptionFi) {
		String oldDescriptionFi = descriptionFi;
		descriptionFi = newDescriptionFi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.CATALOGUE__DESCRIPTION_FI, oldDescriptionFi, descriptionFi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSources() {
		if (sources == null) {
			sources = new EDataTypeUniqueEList<String>(String.class, this, PrivflowPackage.CATALOGUE__SOURCES);
		}
		return sources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSourcesFi() {
		if (sourcesFi == null) {
			sourcesFi = new EDataTypeUniqueEList<String>(String.class, this, PrivflowPackage.CATALOGUE__SOURCES_FI);
		}
		return sourcesFi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CountryEntry> getCountries() {
		if (countries == null) {
			countries = new EObjectContainmentEList<CountryEntry>(CountryEntry.class, this, PrivflowPackage.CATALOGUE__COUNTRIES);
		}
		return countries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdequacyDecision> getAdequacyDecisions() {
		if (adequacyDecisions == null) {
			adequacyDecisions = new EObjectContainmentEList<AdequacyDecision>(AdequacyDecision.class, this, PrivflowPackage.CATALOGUE__ADEQUACY_DECISIONS);
		}
		return adequacyDecisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KnownOrganisation> getKnownOrganisations() {
		if (knownOrganisations == null) {
			knownOrganisations = new EObjectContainmentEList<KnownOrganisation>(KnownOrganisation.class, this, PrivflowPackage.CATALOGUE__KNOWN_ORGANISATIONS);
		}
		return knownOrganisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KnownService> getKnownServices() {
		if (knownServices == null) {
			knownServices = new EObjectContainmentEList<KnownService>(KnownService.class, this, PrivflowPackage.CATALOGUE__KNOWN_SERVICES);
		}
		return knownServices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, PrivflowPackage.CATALOGUE__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PrivflowPackage.CATALOGUE__COUNTRIES:
				return ((InternalEList<?>)getCountries()).basicRemove(otherEnd, msgs);
			case PrivflowPackage.CATALOGUE__ADEQUACY_DECISIONS:
				return ((InternalEList<?>)getAdequacyDecisions()).basicRemove(otherEnd, msgs);
			case PrivflowPackage.CATALOGUE__KNOWN_ORGANISATIONS:
				return ((InternalEList<?>)getKnownOrganisations()).basicRemove(otherEnd, msgs);
			case PrivflowPackage.CATALOGUE__KNOWN_SERVICES:
				return ((InternalEList<?>)getKnownServices()).basicRemove(otherEnd, msgs);
			case PrivflowPackage.CATALOGUE__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
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
			case PrivflowPackage.CATALOGUE__AS_OF:
				return getAsOf();
			case PrivflowPackage.CATALOGUE__NAME_FI:
				return getNameFi();
			case PrivflowPackage.CATALOGUE__DESCRIPTION_FI:
				return getDescriptionFi();
			case PrivflowPackage.CATALOGUE__SOURCES:
				return getSources();
			case PrivflowPackage.CATALOGUE__SOURCES_FI:
				return getSourcesFi();
			case PrivflowPackage.CATALOGUE__COUNTRIES:
				return getCountries();
			case PrivflowPackage.CATALOGUE__ADEQUACY_DECISIONS:
				return getAdequacyDecisions();
			case PrivflowPackage.CATALOGUE__KNOWN_ORGANISATIONS:
				return getKnownOrganisations();
			case PrivflowPackage.CATALOGUE__KNOWN_SERVICES:
				return getKnownServices();
			case PrivflowPackage.CATALOGUE__SCENARIOS:
				return getScenarios();
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
			case PrivflowPackage.CATALOGUE__AS_OF:
				setAsOf((LocalDate)newValue);
				return;
			case PrivflowPackage.CATALOGUE__NAME_FI:
				setNameFi((String)newValue);
				return;
			case PrivflowPackage.CATALOGUE__DESCRIPTION_FI:
				setDescriptionFi((String)newValue);
				return;
			case PrivflowPackage.CATALOGUE__SOURCES:
				getSources().clear();
				getSources().addAll((Collection<? extends String>)newValue);
				return;
			case PrivflowPackage.CATALOGUE__SOURCES_FI:
				getSourcesFi().clear();
				getSourcesFi().addAll((Collection<? extends String>)newValue);
				return;
			case PrivflowPackage.CATALOGUE__COUNTRIES:
				getCountries().clear();
				getCountries().addAll((Collection<? extends CountryEntry>)newValue);
				return;
			case PrivflowPackage.CATALOGUE__ADEQUACY_DECISIONS:
				getAdequacyDecisions().clear();
				getAdequacyDecisions().addAll((Collection<? extends AdequacyDecision>)newValue);
				return;
			case PrivflowPackage.CATALOGUE__KNOWN_ORGANISATIONS:
				getKnownOrganisations().clear();
				getKnownOrganisations().addAll((Collection<? extends KnownOrganisation>)newValue);
				return;
			case PrivflowPackage.CATALOGUE__KNOWN_SERVICES:
				getKnownServices().clear();
				getKnownServices().addAll((Collection<? extends KnownService>)newValue);
				return;
			case PrivflowPackage.CATALOGUE__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
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
			case PrivflowPackage.CATALOGUE__AS_OF:
				setAsOf(AS_OF_EDEFAULT);
				return;
			case PrivflowPackage.CATALOGUE__NAME_FI:
				setNameFi(NAME_FI_EDEFAULT);
				return;
			case PrivflowPackage.CATALOGUE__DESCRIPTION_FI:
				setDescriptionFi(DESCRIPTION_FI_EDEFAULT);
				return;
			case PrivflowPackage.CATALOGUE__SOURCES:
				getSources().clear();
				return;
			case PrivflowPackage.CATALOGUE__SOURCES_FI:
				getSourcesFi().clear();
				return;
			case PrivflowPackage.CATALOGUE__COUNTRIES:
				getCountries().clear();
				return;
			case PrivflowPackage.CATALOGUE__ADEQUACY_DECISIONS:
				getAdequacyDecisions().clear();
				return;
			case PrivflowPackage.CATALOGUE__KNOWN_ORGANISATIONS:
				getKnownOrganisations().clear();
				return;
			case PrivflowPackage.CATALOGUE__KNOWN_SERVICES:
				getKnownServices().clear();
				return;
			case PrivflowPackage.CATALOGUE__SCENARIOS:
				getScenarios().clear();
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
			case PrivflowPackage.CATALOGUE__AS_OF:
				return AS_OF_EDEFAULT == null ? asOf != null : !AS_OF_EDEFAULT.equals(asOf);
			case PrivflowPackage.CATALOGUE__NAME_FI:
				return NAME_FI_EDEFAULT == null ? nameFi != null : !NAME_FI_EDEFAULT.equals(nameFi);
			case PrivflowPackage.CATALOGUE__DESCRIPTION_FI:
				return DESCRIPTION_FI_EDEFAULT == null ? descriptionFi != null : !DESCRIPTION_FI_EDEFAULT.equals(descriptionFi);
			case PrivflowPackage.CATALOGUE__SOURCES:
				return sources != null && !sources.isEmpty();
			case PrivflowPackage.CATALOGUE__SOURCES_FI:
				return sourcesFi != null && !sourcesFi.isEmpty();
			case PrivflowPackage.CATALOGUE__COUNTRIES:
				return countries != null && !countries.isEmpty();
			case PrivflowPackage.CATALOGUE__ADEQUACY_DECISIONS:
				return adequacyDecisions != null && !adequacyDecisions.isEmpty();
			case PrivflowPackage.CATALOGUE__KNOWN_ORGANISATIONS:
				return knownOrganisations != null && !knownOrganisations.isEmpty();
			case PrivflowPackage.CATALOGUE__KNOWN_SERVICES:
				return knownServices != null && !knownServices.isEmpty();
			case PrivflowPackage.CATALOGUE__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
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
		result.append(", nameFi: ");
		result.append(nameFi);
		result.append(", descriptionFi: ");
		result.append(descriptionFi);
		result.append(", sources: ");
		result.append(sources);
		result.append(", sourcesFi: ");
		result.append(sourcesFi);
		result.append(')');
		return result.toString();
	}

} //CatalogueImpl
