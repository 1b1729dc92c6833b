/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import privflow.model.Channel;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.FlowEndpoint;
import privflow.model.Frequency;
import privflow.model.PrivflowPackage;
import privflow.model.ProcessingActivity;
import privflow.model.TransferSafeguard;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Flow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.impl.DataFlowImpl#getSource <em>Source</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowImpl#getDataCategories <em>Data Categories</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowImpl#getActivity <em>Activity</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link privflow.model.impl.DataFlowImpl#getSafeguard <em>Safeguard</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataFlowImpl extends NamedImpl implements DataFlow {
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected FlowEndpoint source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected FlowEndpoint target;

	/**
	 * The cached value of the '{@link #getDataCategories() <em>Data Categories</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<DataCategory> dataCategories;

	/**
	 * The cached value of the '{@link #getActivity() <em>Activity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected ProcessingActivity activity;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final Channel CHANNEL_EDEFAULT = Channel.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final Frequency FREQUENCY_EDEFAULT = Frequency.REGULAR;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected Frequency frequency = FREQUENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSafeguard() <em>Safeguard</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSafeguard()
	 * @generated
	 * @ordered
	 */
	protected TransferSafeguard safeguard;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataFlowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.DATA_FLOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowEndpoint getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (FlowEndpoint)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PrivflowPackage.DATA_FLOW__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowEndpoint basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(FlowEndpoint newSource) {
		FlowEndpoint oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_FLOW__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowEndpoint getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (FlowEndpoint)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PrivflowPackage.DATA_FLOW__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowEndpoint basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(FlowEndpoint newTarget) {
		FlowEndpoint oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_FLOW__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataCategory> getDataCategories() {
		if (dataCategories == null) {
			dataCategories = new EObjectResolvingEList<DataCategory>(DataCategory.class, this, PrivflowPackage.DATA_FLOW__DATA_CATEGORIES);
		}
		return dataCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessingActivity getActivity() {
		if (activity != null && activity.eIsProxy()) {
			InternalEObject oldActivity = (InternalEObject)activity;
			activity = (ProcessingActivity)eResolveProxy(oldActivity);
			if (activity != oldActivity) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PrivflowPackage.DATA_FLOW__ACTIVITY, oldActivity, activity));
			}
		}
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcessingActivity basicGetActivity() {
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivity(ProcessingActivity newActivity) {
		ProcessingActivity oldActivity = activity;
		activity = newActivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_FLOW__ACTIVITY, oldActivity, activity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_FLOW__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Frequency getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(Frequency newFrequency) {
		Frequency oldFrequency = frequency;
		frequency = newFrequency == null ? FREQUENCY_EDEFAULT : newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_FLOW__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TransferSafeguard getSafeguard() {
		return safeguard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSafeguard(TransferSafeguard newSafeguard, NotificationChain msgs) {
		TransferSafeguard oldSafeguard = safeguard;
		safeguard = newSafeguard;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_FLOW__SAFEGUARD, oldSafeguard, newSafeguard);
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
	public void setSafeguard(TransferSafeguard newSafeguard) {
		if (newSafeguard != safeguard) {
			NotificationChain msgs = null;
			if (safeguard != null)
				msgs = ((InternalEObject)safeguard).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PrivflowPackage.DATA_FLOW__SAFEGUARD, null, msgs);
			if (newSafeguard != null)
				msgs = ((InternalEObject)newSafeguard).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PrivflowPackage.DATA_FLOW__SAFEGUARD, null, msgs);
			msgs = basicSetSafeguard(newSafeguard, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PrivflowPackage.DATA_FLOW__SAFEGUARD, newSafeguard, newSafeguard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PrivflowPackage.DATA_FLOW__SAFEGUARD:
				return basicSetSafeguard(null, msgs);
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
			case PrivflowPackage.DATA_FLOW__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case PrivflowPackage.DATA_FLOW__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case PrivflowPackage.DATA_FLOW__DATA_CATEGORIES:
				return getDataCategories();
			case PrivflowPackage.DATA_FLOW__ACTIVITY:
				if (resolve) return getActivity();
				return basicGetActivity();
			case PrivflowPackage.DATA_FLOW__CHANNEL:
				return getChannel();
			case PrivflowPackage.DATA_FLOW__FREQUENCY:
				return getFrequency();
			case PrivflowPackage.DATA_FLOW__SAFEGUARD:
				return getSafeguard();
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
			case PrivflowPackage.DATA_FLOW__SOURCE:
				setSource((FlowEndpoint)newValue);
				return;
			case PrivflowPackage.DATA_FLOW__TARGET:
				setTarget((FlowEndpoint)newValue);
				return;
			case PrivflowPackage.DATA_FLOW__DATA_CATEGORIES:
				getDataCategories().clear();
				getDataCategories().addAll((Collection<? extends DataCategory>)newValue);
				return;
			case PrivflowPackage.DATA_FLOW__ACTIVITY:
				setActivity((ProcessingActivity)newValue);
				return;
			case PrivflowPackage.DATA_FLOW__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case PrivflowPackage.DATA_FLOW__FREQUENCY:
				setFrequency((Frequency)newValue);
				return;
			case PrivflowPackage.DATA_FLOW__SAFEGUARD:
				setSafeguard((TransferSafeguard)newValue);
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
			case PrivflowPackage.DATA_FLOW__SOURCE:
				setSource((FlowEndpoint)null);
				return;
			case PrivflowPackage.DATA_FLOW__TARGET:
				setTarget((FlowEndpoint)null);
				return;
			case PrivflowPackage.DATA_FLOW__DATA_CATEGORIES:
				getDataCategories().clear();
				return;
			case PrivflowPackage.DATA_FLOW__ACTIVITY:
				setActivity((ProcessingActivity)null);
				return;
			case PrivflowPackage.DATA_FLOW__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case PrivflowPackage.DATA_FLOW__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case PrivflowPackage.DATA_FLOW__SAFEGUARD:
				setSafeguard((TransferSafeguard)null);
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
			case PrivflowPackage.DATA_FLOW__SOURCE:
				return source != null;
			case PrivflowPackage.DATA_FLOW__TARGET:
				return target != null;
			case PrivflowPackage.DATA_FLOW__DATA_CATEGORIES:
				return dataCategories != null && !dataCategories.isEmpty();
			case PrivflowPackage.DATA_FLOW__ACTIVITY:
				return activity != null;
			case PrivflowPackage.DATA_FLOW__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case PrivflowPackage.DATA_FLOW__FREQUENCY:
				return frequency != FREQUENCY_EDEFAULT;
			case PrivflowPackage.DATA_FLOW__SAFEGUARD:
				return safeguard != null;
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
		result.append(" (channel: ");
		result.append(channel);
		result.append(", frequency: ");
		result.append(frequency);
		result.append(')');
		return result.toString();
	}

} //DataFlowImpl
