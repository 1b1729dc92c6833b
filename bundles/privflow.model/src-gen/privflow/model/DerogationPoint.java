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
 * A representation of the literals of the enumeration '<em><b>Derogation Point</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Art. 49(1)(a)-(g) and the second subparagraph.
 * <!-- end-model-doc -->
 * @see privflow.model.PrivflowPackage#getDerogationPoint()
 * @model
 * @generated
 */
public enum DerogationPoint implements Enumerator {
	/**
	 * The '<em><b>EXPLICIT CONSENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPLICIT_CONSENT_VALUE
	 * @generated
	 * @ordered
	 */
	EXPLICIT_CONSENT(0, "EXPLICIT_CONSENT", "EXPLICIT_CONSENT"),

	/**
	 * The '<em><b>CONTRACT WITH SUBJECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRACT_WITH_SUBJECT_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRACT_WITH_SUBJECT(1, "CONTRACT_WITH_SUBJECT", "CONTRACT_WITH_SUBJECT"),

	/**
	 * The '<em><b>CONTRACT IN SUBJECT INTEREST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRACT_IN_SUBJECT_INTEREST_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRACT_IN_SUBJECT_INTEREST(2, "CONTRACT_IN_SUBJECT_INTEREST", "CONTRACT_IN_SUBJECT_INTEREST"),

	/**
	 * The '<em><b>PUBLIC INTEREST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_INTEREST_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_INTEREST(3, "PUBLIC_INTEREST", "PUBLIC_INTEREST"),

	/**
	 * The '<em><b>LEGAL CLAIMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_CLAIMS_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL_CLAIMS(4, "LEGAL_CLAIMS", "LEGAL_CLAIMS"),

	/**
	 * The '<em><b>VITAL INTERESTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VITAL_INTERESTS_VALUE
	 * @generated
	 * @ordered
	 */
	VITAL_INTERESTS(5, "VITAL_INTERESTS", "VITAL_INTERESTS"),

	/**
	 * The '<em><b>PUBLIC REGISTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_REGISTER_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_REGISTER(6, "PUBLIC_REGISTER", "PUBLIC_REGISTER"),

	/**
	 * The '<em><b>COMPELLING LEGITIMATE INTERESTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPELLING_LEGITIMATE_INTERESTS_VALUE
	 * @generated
	 * @ordered
	 */
	COMPELLING_LEGITIMATE_INTERESTS(7, "COMPELLING_LEGITIMATE_INTERESTS", "COMPELLING_LEGITIMATE_INTERESTS");

	/**
	 * The '<em><b>EXPLICIT CONSENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPLICIT_CONSENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPLICIT_CONSENT_VALUE = 0;

	/**
	 * The '<em><b>CONTRACT WITH SUBJECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRACT_WITH_SUBJECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTRACT_WITH_SUBJECT_VALUE = 1;

	/**
	 * The '<em><b>CONTRACT IN SUBJECT INTEREST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRACT_IN_SUBJECT_INTEREST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTRACT_IN_SUBJECT_INTEREST_VALUE = 2;

	/**
	 * The '<em><b>PUBLIC INTEREST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_INTEREST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_INTEREST_VALUE = 3;

	/**
	 * The '<em><b>LEGAL CLAIMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_CLAIMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_CLAIMS_VALUE = 4;

	/**
	 * The '<em><b>VITAL INTERESTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VITAL_INTERESTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VITAL_INTERESTS_VALUE = 5;

	/**
	 * The '<em><b>PUBLIC REGISTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_REGISTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_REGISTER_VALUE = 6;

	/**
	 * The '<em><b>COMPELLING LEGITIMATE INTERESTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPELLING_LEGITIMATE_INTERESTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPELLING_LEGITIMATE_INTERESTS_VALUE = 7;

	/**
	 * An array of all the '<em><b>Derogation Point</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DerogationPoint[] VALUES_ARRAY =
		new DerogationPoint[] {
			EXPLICIT_CONSENT,
			CONTRACT_WITH_SUBJECT,
			CONTRACT_IN_SUBJECT_INTEREST,
			PUBLIC_INTEREST,
			LEGAL_CLAIMS,
			VITAL_INTERESTS,
			PUBLIC_REGISTER,
			COMPELLING_LEGITIMATE_INTERESTS,
		};

	/**
	 * A public read-only list of all the '<em><b>Derogation Point</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DerogationPoint> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Derogation Point</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DerogationPoint get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DerogationPoint result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Derogation Point</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DerogationPoint getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DerogationPoint result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Derogation Point</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DerogationPoint get(int value) {
		switch (value) {
			case EXPLICIT_CONSENT_VALUE: return EXPLICIT_CONSENT;
			case CONTRACT_WITH_SUBJECT_VALUE: return CONTRACT_WITH_SUBJECT;
			case CONTRACT_IN_SUBJECT_INTEREST_VALUE: return CONTRACT_IN_SUBJECT_INTEREST;
			case PUBLIC_INTEREST_VALUE: return PUBLIC_INTEREST;
			case LEGAL_CLAIMS_VALUE: return LEGAL_CLAIMS;
			case VITAL_INTERESTS_VALUE: return VITAL_INTERESTS;
			case PUBLIC_REGISTER_VALUE: return PUBLIC_REGISTER;
			case COMPELLING_LEGITIMATE_INTERESTS_VALUE: return COMPELLING_LEGITIMATE_INTERESTS;
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
	private DerogationPoint(int value, String name, String literal) {
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
	
} //DerogationPoint
