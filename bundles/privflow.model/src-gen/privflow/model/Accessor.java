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
 * A representation of the literals of the enumeration '<em><b>Accessor</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whose staff accesses data remotely from a location.
 * <!-- end-model-doc -->
 * @see privflow.model.PrivflowPackage#getAccessor()
 * @model
 * @generated
 */
public enum Accessor implements Enumerator {
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
	 * The '<em><b>CONTROLLER STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROLLER_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	CONTROLLER_STAFF(1, "CONTROLLER_STAFF", "CONTROLLER_STAFF"),

	/**
	 * The '<em><b>PROCESSOR STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESSOR_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	PROCESSOR_STAFF(2, "PROCESSOR_STAFF", "PROCESSOR_STAFF"),

	/**
	 * The '<em><b>SUB PROCESSOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUB_PROCESSOR_VALUE
	 * @generated
	 * @ordered
	 */
	SUB_PROCESSOR(3, "SUB_PROCESSOR", "SUB_PROCESSOR"),

	/**
	 * The '<em><b>PROVIDER AFFILIATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVIDER_AFFILIATE_VALUE
	 * @generated
	 * @ordered
	 */
	PROVIDER_AFFILIATE(4, "PROVIDER_AFFILIATE", "PROVIDER_AFFILIATE");

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
	 * The '<em><b>CONTROLLER STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTROLLER_STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTROLLER_STAFF_VALUE = 1;

	/**
	 * The '<em><b>PROCESSOR STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESSOR_STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROCESSOR_STAFF_VALUE = 2;

	/**
	 * The '<em><b>SUB PROCESSOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUB_PROCESSOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUB_PROCESSOR_VALUE = 3;

	/**
	 * The '<em><b>PROVIDER AFFILIATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVIDER_AFFILIATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVIDER_AFFILIATE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Accessor</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Accessor[] VALUES_ARRAY =
		new Accessor[] {
			UNSPECIFIED,
			CONTROLLER_STAFF,
			PROCESSOR_STAFF,
			SUB_PROCESSOR,
			PROVIDER_AFFILIATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Accessor</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Accessor> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Accessor</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Accessor get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Accessor result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Accessor</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Accessor getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Accessor result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Accessor</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Accessor get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case CONTROLLER_STAFF_VALUE: return CONTROLLER_STAFF;
			case PROCESSOR_STAFF_VALUE: return PROCESSOR_STAFF;
			case SUB_PROCESSOR_VALUE: return SUB_PROCESSOR;
			case PROVIDER_AFFILIATE_VALUE: return PROVIDER_AFFILIATE;
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
	private Accessor(int value, String name, String literal) {
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
	
} //Accessor
