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
 * A representation of the literals of the enumeration '<em><b>Legal Basis</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Art. 6(1)(a)-(f).
 * <!-- end-model-doc -->
 * @see privflow.model.PrivflowPackage#getLegalBasis()
 * @model
 * @generated
 */
public enum LegalBasis implements Enumerator {
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
	 * The '<em><b>CONSENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSENT_VALUE
	 * @generated
	 * @ordered
	 */
	CONSENT(1, "CONSENT", "CONSENT"),

	/**
	 * The '<em><b>CONTRACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRACT_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRACT(2, "CONTRACT", "CONTRACT"),

	/**
	 * The '<em><b>LEGAL OBLIGATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_OBLIGATION_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL_OBLIGATION(3, "LEGAL_OBLIGATION", "LEGAL_OBLIGATION"),

	/**
	 * The '<em><b>VITAL INTERESTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VITAL_INTERESTS_VALUE
	 * @generated
	 * @ordered
	 */
	VITAL_INTERESTS(4, "VITAL_INTERESTS", "VITAL_INTERESTS"),

	/**
	 * The '<em><b>PUBLIC TASK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_TASK_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_TASK(5, "PUBLIC_TASK", "PUBLIC_TASK"),

	/**
	 * The '<em><b>LEGITIMATE INTERESTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGITIMATE_INTERESTS_VALUE
	 * @generated
	 * @ordered
	 */
	LEGITIMATE_INTERESTS(6, "LEGITIMATE_INTERESTS", "LEGITIMATE_INTERESTS");

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
	 * The '<em><b>CONSENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSENT_VALUE = 1;

	/**
	 * The '<em><b>CONTRACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRACT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTRACT_VALUE = 2;

	/**
	 * The '<em><b>LEGAL OBLIGATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_OBLIGATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_OBLIGATION_VALUE = 3;

	/**
	 * The '<em><b>VITAL INTERESTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VITAL_INTERESTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VITAL_INTERESTS_VALUE = 4;

	/**
	 * The '<em><b>PUBLIC TASK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_TASK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_TASK_VALUE = 5;

	/**
	 * The '<em><b>LEGITIMATE INTERESTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGITIMATE_INTERESTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEGITIMATE_INTERESTS_VALUE = 6;

	/**
	 * An array of all the '<em><b>Legal Basis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LegalBasis[] VALUES_ARRAY =
		new LegalBasis[] {
			UNSPECIFIED,
			CONSENT,
			CONTRACT,
			LEGAL_OBLIGATION,
			VITAL_INTERESTS,
			PUBLIC_TASK,
			LEGITIMATE_INTERESTS,
		};

	/**
	 * A public read-only list of all the '<em><b>Legal Basis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LegalBasis> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Legal Basis</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LegalBasis get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LegalBasis result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Legal Basis</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LegalBasis getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LegalBasis result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Legal Basis</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LegalBasis get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case CONSENT_VALUE: return CONSENT;
			case CONTRACT_VALUE: return CONTRACT;
			case LEGAL_OBLIGATION_VALUE: return LEGAL_OBLIGATION;
			case VITAL_INTERESTS_VALUE: return VITAL_INTERESTS;
			case PUBLIC_TASK_VALUE: return PUBLIC_TASK;
			case LEGITIMATE_INTERESTS_VALUE: return LEGITIMATE_INTERESTS;
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
	private LegalBasis(int value, String name, String literal) {
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
	
} //LegalBasis
