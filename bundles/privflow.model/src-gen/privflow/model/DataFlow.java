/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Personal data moving from a source to a target for an activity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.DataFlow#getSource <em>Source</em>}</li>
 *   <li>{@link privflow.model.DataFlow#getTarget <em>Target</em>}</li>
 *   <li>{@link privflow.model.DataFlow#getDataCategories <em>Data Categories</em>}</li>
 *   <li>{@link privflow.model.DataFlow#getActivity <em>Activity</em>}</li>
 *   <li>{@link privflow.model.DataFlow#getChannel <em>Channel</em>}</li>
 *   <li>{@link privflow.model.DataFlow#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link privflow.model.DataFlow#getSafeguard <em>Safeguard</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getDataFlow()
 * @model
 * @generated
 */
public interface DataFlow extends Named {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(FlowEndpoint)
	 * @see privflow.model.PrivflowPackage#getDataFlow_Source()
	 * @model
	 * @generated
	 */
	FlowEndpoint getSource();

	/**
	 * Sets the value of the '{@link privflow.model.DataFlow#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(FlowEndpoint value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(FlowEndpoint)
	 * @see privflow.model.PrivflowPackage#getDataFlow_Target()
	 * @model
	 * @generated
	 */
	FlowEndpoint getTarget();

	/**
	 * Sets the value of the '{@link privflow.model.DataFlow#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(FlowEndpoint value);

	/**
	 * Returns the value of the '<em><b>Data Categories</b></em>' reference list.
	 * The list contents are of type {@link privflow.model.DataCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Categories</em>' reference list.
	 * @see privflow.model.PrivflowPackage#getDataFlow_DataCategories()
	 * @model
	 * @generated
	 */
	EList<DataCategory> getDataCategories();

	/**
	 * Returns the value of the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activity</em>' reference.
	 * @see #setActivity(ProcessingActivity)
	 * @see privflow.model.PrivflowPackage#getDataFlow_Activity()
	 * @model
	 * @generated
	 */
	ProcessingActivity getActivity();

	/**
	 * Sets the value of the '{@link privflow.model.DataFlow#getActivity <em>Activity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity</em>' reference.
	 * @see #getActivity()
	 * @generated
	 */
	void setActivity(ProcessingActivity value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see privflow.model.Channel
	 * @see #setChannel(Channel)
	 * @see privflow.model.PrivflowPackage#getDataFlow_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link privflow.model.DataFlow#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see privflow.model.Channel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.Frequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see privflow.model.Frequency
	 * @see #setFrequency(Frequency)
	 * @see privflow.model.PrivflowPackage#getDataFlow_Frequency()
	 * @model
	 * @generated
	 */
	Frequency getFrequency();

	/**
	 * Sets the value of the '{@link privflow.model.DataFlow#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see privflow.model.Frequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(Frequency value);

	/**
	 * Returns the value of the '<em><b>Safeguard</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The transfer tool recorded for this flow, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Safeguard</em>' containment reference.
	 * @see #setSafeguard(TransferSafeguard)
	 * @see privflow.model.PrivflowPackage#getDataFlow_Safeguard()
	 * @model containment="true"
	 * @generated
	 */
	TransferSafeguard getSafeguard();

	/**
	 * Sets the value of the '{@link privflow.model.DataFlow#getSafeguard <em>Safeguard</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Safeguard</em>' containment reference.
	 * @see #getSafeguard()
	 * @generated
	 */
	void setSafeguard(TransferSafeguard value);

} // DataFlow
