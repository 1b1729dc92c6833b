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
 * A representation of the literals of the enumeration '<em><b>Channel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see privflow.model.PrivflowPackage#getChannel()
 * @model
 * @generated
 */
public enum Channel implements Enumerator {
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
	 * The '<em><b>CHAT MESSAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAT_MESSAGE_VALUE
	 * @generated
	 * @ordered
	 */
	CHAT_MESSAGE(1, "CHAT_MESSAGE", "CHAT_MESSAGE"),

	/**
	 * The '<em><b>E2E CHAT MESSAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #E2E_CHAT_MESSAGE_VALUE
	 * @generated
	 * @ordered
	 */
	E2E_CHAT_MESSAGE(2, "E2E_CHAT_MESSAGE", "E2E_CHAT_MESSAGE"),

	/**
	 * The '<em><b>API</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #API_VALUE
	 * @generated
	 * @ordered
	 */
	API(3, "API", "API"),

	/**
	 * The '<em><b>EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL(4, "EMAIL", "EMAIL"),

	/**
	 * The '<em><b>SECURE EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	SECURE_EMAIL(5, "SECURE_EMAIL", "SECURE_EMAIL"),

	/**
	 * The '<em><b>FILE UPLOAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_UPLOAD_VALUE
	 * @generated
	 * @ordered
	 */
	FILE_UPLOAD(6, "FILE_UPLOAD", "FILE_UPLOAD"),

	/**
	 * The '<em><b>WEB FORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEB_FORM_VALUE
	 * @generated
	 * @ordered
	 */
	WEB_FORM(7, "WEB_FORM", "WEB_FORM"),

	/**
	 * The '<em><b>PHONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHONE_VALUE
	 * @generated
	 * @ordered
	 */
	PHONE(8, "PHONE", "PHONE"),

	/**
	 * The '<em><b>PAPER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAPER_VALUE
	 * @generated
	 * @ordered
	 */
	PAPER(9, "PAPER", "PAPER"),

	/**
	 * The '<em><b>REPLICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLICATION_VALUE
	 * @generated
	 * @ordered
	 */
	REPLICATION(10, "REPLICATION", "REPLICATION"),

	/**
	 * The '<em><b>REMOTE ACCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_ACCESS_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_ACCESS(11, "REMOTE_ACCESS", "REMOTE_ACCESS"),

	/**
	 * The '<em><b>SMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMS_VALUE
	 * @generated
	 * @ordered
	 */
	SMS(12, "SMS", "SMS");

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
	 * The '<em><b>CHAT MESSAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAT_MESSAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHAT_MESSAGE_VALUE = 1;

	/**
	 * The '<em><b>E2E CHAT MESSAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #E2E_CHAT_MESSAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int E2E_CHAT_MESSAGE_VALUE = 2;

	/**
	 * The '<em><b>API</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #API
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int API_VALUE = 3;

	/**
	 * The '<em><b>EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_VALUE = 4;

	/**
	 * The '<em><b>SECURE EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_EMAIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURE_EMAIL_VALUE = 5;

	/**
	 * The '<em><b>FILE UPLOAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_UPLOAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FILE_UPLOAD_VALUE = 6;

	/**
	 * The '<em><b>WEB FORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEB_FORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEB_FORM_VALUE = 7;

	/**
	 * The '<em><b>PHONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHONE_VALUE = 8;

	/**
	 * The '<em><b>PAPER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAPER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAPER_VALUE = 9;

	/**
	 * The '<em><b>REPLICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPLICATION_VALUE = 10;

	/**
	 * The '<em><b>REMOTE ACCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_ACCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_ACCESS_VALUE = 11;

	/**
	 * The '<em><b>SMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SMS_VALUE = 12;

	/**
	 * An array of all the '<em><b>Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Channel[] VALUES_ARRAY =
		new Channel[] {
			UNSPECIFIED,
			CHAT_MESSAGE,
			E2E_CHAT_MESSAGE,
			API,
			EMAIL,
			SECURE_EMAIL,
			FILE_UPLOAD,
			WEB_FORM,
			PHONE,
			PAPER,
			REPLICATION,
			REMOTE_ACCESS,
			SMS,
		};

	/**
	 * A public read-only list of all the '<em><b>Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Channel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Channel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Channel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Channel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Channel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Channel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Channel get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case CHAT_MESSAGE_VALUE: return CHAT_MESSAGE;
			case E2E_CHAT_MESSAGE_VALUE: return E2E_CHAT_MESSAGE;
			case API_VALUE: return API;
			case EMAIL_VALUE: return EMAIL;
			case SECURE_EMAIL_VALUE: return SECURE_EMAIL;
			case FILE_UPLOAD_VALUE: return FILE_UPLOAD;
			case WEB_FORM_VALUE: return WEB_FORM;
			case PHONE_VALUE: return PHONE;
			case PAPER_VALUE: return PAPER;
			case REPLICATION_VALUE: return REPLICATION;
			case REMOTE_ACCESS_VALUE: return REMOTE_ACCESS;
			case SMS_VALUE: return SMS;
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
	private Channel(int value, String name, String literal) {
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
	
} //Channel
