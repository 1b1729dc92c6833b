/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Service Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see privflow.model.PrivflowPackage#getServiceKind()
 * @model
 * @generated
 */
public enum ServiceKind implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>SAAS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAAS_VALUE
	 * @generated
	 * @ordered
	 */
	SAAS(1, "SAAS", "SAAS"),

	/**
	 * The '<em><b>CHAT APP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAT_APP_VALUE
	 * @generated
	 * @ordered
	 */
	CHAT_APP(2, "CHAT_APP", "CHAT_APP"),

	/**
	 * The '<em><b>EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL(3, "EMAIL", "EMAIL"),

	/**
	 * The '<em><b>SECURE EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	SECURE_EMAIL(4, "SECURE_EMAIL", "SECURE_EMAIL"),

	/**
	 * The '<em><b>CRM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRM_VALUE
	 * @generated
	 * @ordered
	 */
	CRM(5, "CRM", "CRM"),

	/**
	 * The '<em><b>ON PREMISE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_PREMISE_VALUE
	 * @generated
	 * @ordered
	 */
	ON_PREMISE(6, "ON_PREMISE", "ON_PREMISE"),

	/**
	 * The '<em><b>FILE SHARING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_SHARING_VALUE
	 * @generated
	 * @ordered
	 */
	FILE_SHARING(7, "FILE_SHARING", "FILE_SHARING"),

	/**
	 * The '<em><b>VIDEO CONFERENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIDEO_CONFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	VIDEO_CONFERENCE(8, "VIDEO_CONFERENCE", "VIDEO_CONFERENCE"),

	/**
	 * The '<em><b>PAYROLL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAYROLL_VALUE
	 * @generated
	 * @ordered
	 */
	PAYROLL(9, "PAYROLL", "PAYROLL"),

	/**
	 * The '<em><b>HOSTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSTING_VALUE
	 * @generated
	 * @ordered
	 */
	HOSTING(10, "HOSTING", "HOSTING"),

	/**
	 * The '<em><b>DATA STORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_STORE_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_STORE(11, "DATA_STORE", "DATA_STORE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(12, "OTHER", "OTHER");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>SAAS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAAS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAAS_VALUE = 1;

	/**
	 * The '<em><b>CHAT APP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAT_APP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHAT_APP_VALUE = 2;

	/**
	 * The '<em><b>EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_VALUE = 3;

	/**
	 * The '<em><b>SECURE EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_EMAIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURE_EMAIL_VALUE = 4;

	/**
	 * The '<em><b>CRM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRM_VALUE = 5;

	/**
	 * The '<em><b>ON PREMISE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ON_PREMISE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ON_PREMISE_VALUE = 6;

	/**
	 * The '<em><b>FILE SHARING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_SHARING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FILE_SHARING_VALUE = 7;

	/**
	 * The '<em><b>VIDEO CONFERENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIDEO_CONFERENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIDEO_CONFERENCE_VALUE = 8;

	/**
	 * The '<em><b>PAYROLL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAYROLL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAYROLL_VALUE = 9;

	/**
	 * The '<em><b>HOSTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOSTING_VALUE = 10;

	/**
	 * The '<em><b>DATA STORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_STORE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DATA_STORE_VALUE = 11;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 12;

	/**
	 * An array of all the '<em><b>Service Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ServiceKind[] VALUES_ARRAY =
		new ServiceKind[] {
			UNSPECIFIED,
			SAAS,
			CHAT_APP,
			EMAIL,
			SECURE_EMAIL,
			CRM,
			ON_PREMISE,
			FILE_SHARING,
			VIDEO_CONFERENCE,
			PAYROLL,
			HOSTING,
			DATA_STORE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Service Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ServiceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Service Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ServiceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Service Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ServiceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Service Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceKind get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case SAAS_VALUE: return SAAS;
			case CHAT_APP_VALUE: return CHAT_APP;
			case EMAIL_VALUE: return EMAIL;
			case SECURE_EMAIL_VALUE: return SECURE_EMAIL;
			case CRM_VALUE: return CRM;
			case ON_PREMISE_VALUE: return ON_PREMISE;
			case FILE_SHARING_VALUE: return FILE_SHARING;
			case VIDEO_CONFERENCE_VALUE: return VIDEO_CONFERENCE;
			case PAYROLL_VALUE: return PAYROLL;
			case HOSTING_VALUE: return HOSTING;
			case DATA_STORE_VALUE: return DATA_STORE;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ServiceKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ServiceKind
