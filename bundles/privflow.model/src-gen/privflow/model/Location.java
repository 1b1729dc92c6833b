/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Location</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where a service stores or accesses data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link privflow.model.Location#getCountry <em>Country</em>}</li>
 *   <li>{@link privflow.model.Location#getRegion <em>Region</em>}</li>
 *   <li>{@link privflow.model.Location#getProvider <em>Provider</em>}</li>
 *   <li>{@link privflow.model.Location#isRemoteAccessOnly <em>Remote Access Only</em>}</li>
 *   <li>{@link privflow.model.Location#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link privflow.model.Location#getPurposeFi <em>Purpose Fi</em>}</li>
 *   <li>{@link privflow.model.Location#getAccessedBy <em>Accessed By</em>}</li>
 * </ul>
 *
 * @see privflow.model.PrivflowPackage#getLocation()
 * @model
 * @generated
 */
public interface Location extends EObject {
	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see privflow.model.PrivflowPackage#getLocation_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link privflow.model.Location#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see privflow.model.PrivflowPackage#getLocation_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link privflow.model.Location#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hosting provider, e.g. a cloud vendor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see privflow.model.PrivflowPackage#getLocation_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link privflow.model.Location#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Remote Access Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data is not stored there but is accessed from there (support, administration).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remote Access Only</em>' attribute.
	 * @see #setRemoteAccessOnly(boolean)
	 * @see privflow.model.PrivflowPackage#getLocation_RemoteAccessOnly()
	 * @model
	 * @generated
	 */
	boolean isRemoteAccessOnly();

	/**
	 * Sets the value of the '{@link privflow.model.Location#isRemoteAccessOnly <em>Remote Access Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Access Only</em>' attribute.
	 * @see #isRemoteAccessOnly()
	 * @generated
	 */
	void setRemoteAccessOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happens at this location, e.g. hosting, backup, support.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see privflow.model.PrivflowPackage#getLocation_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link privflow.model.Location#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Purpose Fi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The purpose in Finnish, for catalogue entries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purpose Fi</em>' attribute.
	 * @see #setPurposeFi(String)
	 * @see privflow.model.PrivflowPackage#getLocation_PurposeFi()
	 * @model
	 * @generated
	 */
	String getPurposeFi();

	/**
	 * Sets the value of the '{@link privflow.model.Location#getPurposeFi <em>Purpose Fi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose Fi</em>' attribute.
	 * @see #getPurposeFi()
	 * @generated
	 */
	void setPurposeFi(String value);

	/**
	 * Returns the value of the '<em><b>Accessed By</b></em>' attribute.
	 * The literals are from the enumeration {@link privflow.model.Accessor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whose staff accesses the data from there: the controller's own staff (not a transfer), the processor's staff, a sub-processor or the provider's parent or affiliate (EDPB Guidelines 05/2021).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accessed By</em>' attribute.
	 * @see privflow.model.Accessor
	 * @see #setAccessedBy(Accessor)
	 * @see privflow.model.PrivflowPackage#getLocation_AccessedBy()
	 * @model
	 * @generated
	 */
	Accessor getAccessedBy();

	/**
	 * Sets the value of the '{@link privflow.model.Location#getAccessedBy <em>Accessed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accessed By</em>' attribute.
	 * @see privflow.model.Accessor
	 * @see #getAccessedBy()
	 * @generated
	 */
	void setAccessedBy(Accessor value);

} // Location
