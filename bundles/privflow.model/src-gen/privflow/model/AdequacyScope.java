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
 * A representation of the literals of the enumeration '<em><b>Adequacy Scope</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whom an adequacy decision covers.
 * <!-- end-model-doc -->
 * @see privflow.model.PrivflowPackage#getAdequacyScope()
 * @model
 * @generated
 */
public enum AdequacyScope implements Enumerator {
	/**
	 * The '<em><b>WHOLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHOLE_VALUE
	 * @generated
	 * @ordered
	 */
	WHOLE(0, "WHOLE", "WHOLE"),

	/**
	 * The '<em><b>DPF CERTIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DPF_CERTIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	DPF_CERTIFIED(1, "DPF_CERTIFIED", "DPF_CERTIFIED"),

	/**
	 * The '<em><b>PIPEDA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIPEDA_VALUE
	 * @generated
	 * @ordered
	 */
	PIPEDA(2, "PIPEDA", "PIPEDA"),

	/**
	 * The '<em><b>PRIVATE SECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_SECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVATE_SECTOR(3, "PRIVATE_SECTOR", "PRIVATE_SECTOR"),

	/**
	 * The '<em><b>ENTITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTITY_VALUE
	 * @generated
	 * @ordered
	 */
	ENTITY(4, "ENTITY", "ENTITY");

	/**
	 * The '<em><b>WHOLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHOLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WHOLE_VALUE = 0;

	/**
	 * The '<em><b>DPF CERTIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DPF_CERTIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DPF_CERTIFIED_VALUE = 1;

	/**
	 * The '<em><b>PIPEDA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIPEDA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PIPEDA_VALUE = 2;

	/**
	 * The '<em><b>PRIVATE SECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_SECTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIVATE_SECTOR_VALUE = 3;

	/**
	 * The '<em><b>ENTITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENTITY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Adequacy Scope</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AdequacyScope[] VALUES_ARRAY =
		new AdequacyScope[] {
			WHOLE,
			DPF_CERTIFIED,
			PIPEDA,
			PRIVATE_SECTOR,
			ENTITY,
		};

	/**
	 * A public read-only list of all the '<em><b>Adequacy Scope</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AdequacyScope> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Adequacy Scope</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdequacyScope get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdequacyScope result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Adequacy Scope</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdequacyScope getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdequacyScope result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Adequacy Scope</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdequacyScope get(int value) {
		switch (value) {
			case WHOLE_VALUE: return WHOLE;
			case DPF_CERTIFIED_VALUE: return DPF_CERTIFIED;
			case PIPEDA_VALUE: return PIPEDA;
			case PRIVATE_SECTOR_VALUE: return PRIVATE_SECTOR;
			case ENTITY_VALUE: return ENTITY;
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
	private AdequacyScope(int value, String name, String literal) {
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
	
} //AdequacyScope
