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

import privflow.model.Contact;
import privflow.model.Organisation;
import privflow.model.PrivflowPackage;
import privflow.model.TransferSafeguard;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.OrganisationImpl#getRegistrationId <em>Registration Id</em>}</li>
 *   <li>{@link privflow.model.impl.OrganisationImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link privflow.model.impl.OrganisationImpl#isDpfCertified <em>Dpf Certified</em>}</li>
 *   <li>{@link privflow.model.impl.OrganisationImpl#isDpfCoversHr <em>Dpf Covers Hr</em>}</li>
 *   <li>{@link privflow.model.impl.OrganisationImpl#getDpfCertifiedFrom <em>Dpf Certified From</em>}</li>
 *   <li>{@link privflow.model.impl.OrganisationImpl#getDpfCertifiedUntil <em>Dpf Certified Until</em>}</li>
 *   <li>{@link privflow.model.impl.OrganisationImpl#isPipedaSubject <em>Pipeda Subject</em>}</li>
 *   <li>{@link privflow.model.impl.OrganisationImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link privflow.model.impl.OrganisationImpl#getDpo <em>Dpo</em>}</li>
 *   <li>{@link privflow.model.impl.OrganisationImpl#getRepresentative <em>Representative</em>}</li>
 *   <li>{@link privflow.model.impl.OrganisationImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link privflow.model.impl.OrganisationImpl#getTransferTools <em>Transfer Tools</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationImpl extends FlowEndpointImpl implements Organisation {
	/**
	 * The default value of the '{@link #getRegistrationId() <em>Registration Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistrationId()
	 * @generated
	 * @ordered
	 */
	protected static final String REGISTRATION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegistrationId() <em>Registration Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistrationId()
	 * @generated
	 * @ordered
	 */
	protected String registrationId = REGISTRATION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #isDpfCertified() <em>Dpf Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDpfCertified()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DPF_CERTIFIED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDpfCertified() <em>Dpf Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDpfCertified()
	 * @generated
	 * @ordered
	 */
	protected boolean dpfCertified = DPF_CERTIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #isDpfCoversHr() <em>Dpf Covers Hr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDpfCoversHr()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DPF_COVERS_HR_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDpfCoversHr() <em>Dpf Covers Hr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDpfCoversHr()
	 * @generated
	 * @ordered
	 */
	protected boolean dpfCoversHr = DPF_COVERS_HR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDpfCertifiedFrom() <em>Dpf Certified From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpfCertifiedFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DPF_CERTIFIED_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDpfCertifiedFrom() <em>Dpf Certified From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpfCertifiedFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dpfCertifiedFrom = DPF_CERTIFIED_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDpfCertifiedUntil() <em>Dpf Certified Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpfCertifiedUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DPF_CERTIFIED_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDpfCertifiedUntil() <em>Dpf Certified Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpfCertifiedUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dpfCertifiedUntil = DPF_CERTIFIED_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #isPipedaSubject() <em>Pipeda Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPipedaSubject()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PIPEDA_SUBJECT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPipedaSubject() <em>Pipeda Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPipedaSubject()
	 * @generated
	 * @ordered
	 */
	protected boolean pipedaSubject = PIPEDA_SUBJECT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected Contact contact;

	/**
	 * The cached value of the '{@link #getDpo() <em>Dpo</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDpo()
	 * @generated
	 * @ordered
	 */
	protected Contact dpo;

	/**
	 * The cached value of the '{@link #getRepresentative() <em>Representative</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepresentative()
	 * @generated
	 * @ordered
	 */
	protected Contact representative;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Organisation parent;

	/**
	 * The cached value of the '{@link #getTransferTools() <em>Transfer Tools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransferTools()
	 * @generated
	 * @ordered
	 */
	protected EList<TransferSafeguard> transferTools;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.ORGANISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegistrationId() {
		return registrationId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistrationId(String newRegistrationId) {
		String oldRegistrationId = registrationId;
		registrationId = newRegistrationId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__REGISTRATION_ID, oldRegistrationId, registrationId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDpfCertified() {
		return dpfCertified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDpfCertified(boolean newDpfCertified) {
		boolean oldDpfCertified = dpfCertified;
		dpfCertified = newDpfCertified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__DPF_CERTIFIED, oldDpfCertified, dpfCertified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDpfCoversHr() {
		return dpfCoversHr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDpfCoversHr(boolean newDpfCoversHr) {
		boolean oldDpfCoversHr = dpfCoversHr;
		dpfCoversHr = newDpfCoversHr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__DPF_COVERS_HR, oldDpfCoversHr, dpfCoversHr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDpfCertifiedFrom() {
		return dpfCertifiedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDpfCertifiedFrom(LocalDate newDpfCertifiedFrom) {
		LocalDate oldDpfCertifiedFrom = dpfCertifiedFrom;
		dpfCertifiedFrom = newDpfCertifiedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__DPF_CERTIFIED_FROM, oldDpfCertifiedFrom, dpfCertifiedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDpfCertifiedUntil() {
		return dpfCertifiedUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDpfCertifiedUntil(LocalDate newDpfCertifiedUntil) {
		LocalDate oldDpfCertifiedUntil = dpfCertifiedUntil;
		dpfCertifiedUntil = newDpfCertifiedUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__DPF_CERTIFIED_UNTIL, oldDpfCertifiedUntil, dpfCertifiedUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPipedaSubject() {
		return pipedaSubject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPipedaSubject(boolean newPipedaSubject) {
		boolean oldPipedaSubject = pipedaSubject;
		pipedaSubject = newPipedaSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__PIPEDA_SUBJECT, oldPipedaSubject, pipedaSubject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContact(Contact newContact, NotificationChain msgs) {
		Contact oldContact = contact;
		contact = newContact;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__CONTACT, oldContact, newContact);
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
	public void setContact(Contact newContact) {
		if (newContact != contact) {
			NotificationChain msgs = null;
			if (contact != null)
				msgs = ((InternalEObject)contact).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PrivflowPackage.ORGANISATION__CONTACT, null, msgs);
			if (newContact != null)
				msgs = ((InternalEObject)newContact).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PrivflowPackage.ORGANISATION__CONTACT, null, msgs);
			msgs = basicSetContact(newContact, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__CONTACT, newContact, newContact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getDpo() {
		return dpo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDpo(Contact newDpo, NotificationChain msgs) {
		Contact oldDpo = dpo;
		dpo = newDpo;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__DPO, oldDpo, newDpo);
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
	public void setDpo(Contact newDpo) {
		if (newDpo != dpo) {
			NotificationChain msgs = null;
			if (dpo != null)
				msgs = ((InternalEObject)dpo).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PrivflowPackage.ORGANISATION__DPO, null, msgs);
			if (newDpo != null)
				msgs = ((InternalEObject)newDpo).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PrivflowPackage.ORGANISATION__DPO, null, msgs);
			msgs = basicSetDpo(newDpo, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__DPO, newDpo, newDpo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getRepresentative() {
		return representative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRepresentative(Contact newRepresentative, NotificationChain msgs) {
		Contact oldRepresentative = representative;
		representative = newRepresentative;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__REPRESENTATIVE, oldRepresentative, newRepresentative);
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
	public void setRepresentative(Contact newRepresentative) {
		if (newRepresentative != representative) {
			NotificationChain msgs = null;
			if (representative != null)
				msgs = ((InternalEObject)representative).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PrivflowPackage.ORGANISATION__REPRESENTATIVE, null, msgs);
			if (newRepresentative != null)
				msgs = ((InternalEObject)newRepresentative).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PrivflowPackage.ORGANISATION__REPRESENTATIVE, null, msgs);
			msgs = basicSetRepresentative(newRepresentative, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__REPRESENTATIVE, newRepresentative, newRepresentative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Organisation)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PrivflowPackage.ORGANISATION__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Organisation newParent) {
		Organisation oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.ORGANISATION__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TransferSafeguard> getTransferTools() {
		if (transferTools == null) {
			transferTools = new EObjectContainmentEList<TransferSafeguard>(TransferSafeguard.class, this, PrivflowPackage.ORGANISATION__TRANSFER_TOOLS);
		}
		return transferTools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PrivflowPackage.ORGANISATION__CONTACT:
				return basicSetContact(null, msgs);
			case PrivflowPackage.ORGANISATION__DPO:
				return basicSetDpo(null, msgs);
			case PrivflowPackage.ORGANISATION__REPRESENTATIVE:
				return basicSetRepresentative(null, msgs);
			case PrivflowPackage.ORGANISATION__TRANSFER_TOOLS:
				return ((InternalEList<?>)getTransferTools()).basicRemove(otherEnd, msgs);
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
			case PrivflowPackage.ORGANISATION__REGISTRATION_ID:
				return getRegistrationId();
			case PrivflowPackage.ORGANISATION__COUNTRY:
				return getCountry();
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED:
				return isDpfCertified();
			case PrivflowPackage.ORGANISATION__DPF_COVERS_HR:
				return isDpfCoversHr();
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED_FROM:
				return getDpfCertifiedFrom();
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED_UNTIL:
				return getDpfCertifiedUntil();
			case PrivflowPackage.ORGANISATION__PIPEDA_SUBJECT:
				return isPipedaSubject();
			case PrivflowPackage.ORGANISATION__CONTACT:
				return getContact();
			case PrivflowPackage.ORGANISATION__DPO:
				return getDpo();
			case PrivflowPackage.ORGANISATION__REPRESENTATIVE:
				return getRepresentative();
			case PrivflowPackage.ORGANISATION__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case PrivflowPackage.ORGANISATION__TRANSFER_TOOLS:
				return getTransferTools();
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
			case PrivflowPackage.ORGANISATION__REGISTRATION_ID:
				setRegistrationId((String)newValue);
				return;
			case PrivflowPackage.ORGANISATION__COUNTRY:
				setCountry((String)newValue);
				return;
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED:
				setDpfCertified((Boolean)newValue);
				return;
			case PrivflowPackage.ORGANISATION__DPF_COVERS_HR:
				setDpfCoversHr((Boolean)newValue);
				return;
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED_FROM:
				setDpfCertifiedFrom((LocalDate)newValue);
				return;
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED_UNTIL:
				setDpfCertifiedUntil((LocalDate)newValue);
				return;
			case PrivflowPackage.ORGANISATION__PIPEDA_SUBJECT:
				setPipedaSubject((Boolean)newValue);
				return;
			case PrivflowPackage.ORGANISATION__CONTACT:
				setContact((Contact)newValue);
				return;
			case PrivflowPackage.ORGANISATION__DPO:
				setDpo((Contact)newValue);
				return;
			case PrivflowPackage.ORGANISATION__REPRESENTATIVE:
				setRepresentative((Contact)newValue);
				return;
			case PrivflowPackage.ORGANISATION__PARENT:
				setParent((Organisation)newValue);
				return;
			case PrivflowPackage.ORGANISATION__TRANSFER_TOOLS:
				getTransferTools().clear();
				getTransferTools().addAll((Collection<? extends TransferSafeguard>)newValue);
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
			case PrivflowPackage.ORGANISATION__REGISTRATION_ID:
				setRegistrationId(REGISTRATION_ID_EDEFAULT);
				return;
			case PrivflowPackage.ORGANISATION__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED:
				setDpfCertified(DPF_CERTIFIED_EDEFAULT);
				return;
			case PrivflowPackage.ORGANISATION__DPF_COVERS_HR:
				setDpfCoversHr(DPF_COVERS_HR_EDEFAULT);
				return;
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED_FROM:
				setDpfCertifiedFrom(DPF_CERTIFIED_FROM_EDEFAULT);
				return;
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED_UNTIL:
				setDpfCertifiedUntil(DPF_CERTIFIED_UNTIL_EDEFAULT);
				return;
			case PrivflowPackage.ORGANISATION__PIPEDA_SUBJECT:
				setPipedaSubject(PIPEDA_SUBJECT_EDEFAULT);
				return;
			case PrivflowPackage.ORGANISATION__CONTACT:
				setContact((Contact)null);
				return;
			case PrivflowPackage.ORGANISATION__DPO:
				setDpo((Contact)null);
				return;
			case PrivflowPackage.ORGANISATION__REPRESENTATIVE:
				setRepresentative((Contact)null);
				return;
			case PrivflowPackage.ORGANISATION__PARENT:
				setParent((Organisation)null);
				return;
			case PrivflowPackage.ORGANISATION__TRANSFER_TOOLS:
				getTransferTools().clear();
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
			case PrivflowPackage.ORGANISATION__REGISTRATION_ID:
				return REGISTRATION_ID_EDEFAULT == null ? registrationId != null : !REGISTRATION_ID_EDEFAULT.equals(registrationId);
			case PrivflowPackage.ORGANISATION__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED:
				return dpfCertified != DPF_CERTIFIED_EDEFAULT;
			case PrivflowPackage.ORGANISATION__DPF_COVERS_HR:
				return dpfCoversHr != DPF_COVERS_HR_EDEFAULT;
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED_FROM:
				return DPF_CERTIFIED_FROM_EDEFAULT == null ? dpfCertifiedFrom != null : !DPF_CERTIFIED_FROM_EDEFAULT.equals(dpfCertifiedFrom);
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED_UNTIL:
				return DPF_CERTIFIED_UNTIL_EDEFAULT == null ? dpfCertifiedUntil != null : !DPF_CERTIFIED_UNTIL_EDEFAULT.equals(dpfCertifiedUntil);
			case PrivflowPackage.ORGANISATION__PIPEDA_SUBJECT:
				return pipedaSubject != PIPEDA_SUBJECT_EDEFAULT;
			case PrivflowPackage.ORGANISATION__CONTACT:
				return contact != null;
			case PrivflowPackage.ORGANISATION__DPO:
				return dpo != null;
			case PrivflowPackage.ORGANISATION__REPRESENTATIVE:
				return representative != null;
			case PrivflowPackage.ORGANISATION__PARENT:
				return parent != null;
			case PrivflowPackage.ORGANISATION__TRANSFER_TOOLS:
				return transferTools != null && !transferTools.isEmpty();
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
		result.append(" (registrationId: ");
		result.append(registrationId);
		result.append(", country: ");
		result.append(country);
		result.append(", dpfCertified: ");
		result.append(dpfCertified);
		result.append(", dpfCoversHr: ");
		result.append(dpfCoversHr);
		result.append(", dpfCertifiedFrom: ");
		result.append(dpfCertifiedFrom);
		result.append(", dpfCertifiedUntil: ");
		result.append(dpfCertifiedUntil);
		result.append(", pipedaSubject: ");
		result.append(pipedaSubject);
		result.append(')');
		return result.toString();
	}

} //OrganisationImpl
