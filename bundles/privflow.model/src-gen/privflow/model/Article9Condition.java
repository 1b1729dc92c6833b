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
 * A representation of the literals of the enumeration '<em><b>Article9 Condition</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Art. 9(2)(a)-(j).
 * <!-- end-model-doc -->
 * @see privflow.model.PrivflowPackage#getArticle9Condition()
 * @model
 * @generated
 */
public enum Article9Condition implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "NONE"),

	/**
	 * The '<em><b>EXPLICIT CONSENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPLICIT_CONSENT_VALUE
	 * @generated
	 * @ordered
	 */
	EXPLICIT_CONSENT(1, "EXPLICIT_CONSENT", "EXPLICIT_CONSENT"),

	/**
	 * The '<em><b>EMPLOYMENT SOCIAL SECURITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT_SOCIAL_SECURITY_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYMENT_SOCIAL_SECURITY(2, "EMPLOYMENT_SOCIAL_SECURITY", "EMPLOYMENT_SOCIAL_SECURITY"),

	/**
	 * The '<em><b>VITAL INTERESTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VITAL_INTERESTS_VALUE
	 * @generated
	 * @ordered
	 */
	VITAL_INTERESTS(3, "VITAL_INTERESTS", "VITAL_INTERESTS"),

	/**
	 * The '<em><b>NOT FOR PROFIT BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_FOR_PROFIT_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_FOR_PROFIT_BODY(4, "NOT_FOR_PROFIT_BODY", "NOT_FOR_PROFIT_BODY"),

	/**
	 * The '<em><b>MADE PUBLIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MADE_PUBLIC_VALUE
	 * @generated
	 * @ordered
	 */
	MADE_PUBLIC(5, "MADE_PUBLIC", "MADE_PUBLIC"),

	/**
	 * The '<em><b>LEGAL CLAIMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_CLAIMS_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL_CLAIMS(6, "LEGAL_CLAIMS", "LEGAL_CLAIMS"),

	/**
	 * The '<em><b>SUBSTANTIAL PUBLIC INTEREST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSTANTIAL_PUBLIC_INTEREST_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSTANTIAL_PUBLIC_INTEREST(7, "SUBSTANTIAL_PUBLIC_INTEREST", "SUBSTANTIAL_PUBLIC_INTEREST"),

	/**
	 * The '<em><b>HEALTH CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTH_CARE(8, "HEALTH_CARE", "HEALTH_CARE"),

	/**
	 * The '<em><b>PUBLIC HEALTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_HEALTH_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_HEALTH(9, "PUBLIC_HEALTH", "PUBLIC_HEALTH"),

	/**
	 * The '<em><b>ARCHIVING RESEARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARCHIVING_RESEARCH_VALUE
	 * @generated
	 * @ordered
	 */
	ARCHIVING_RESEARCH(10, "ARCHIVING_RESEARCH", "ARCHIVING_RESEARCH");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>EXPLICIT CONSENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPLICIT_CONSENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPLICIT_CONSENT_VALUE = 1;

	/**
	 * The '<em><b>EMPLOYMENT SOCIAL SECURITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPLOYMENT_SOCIAL_SECURITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYMENT_SOCIAL_SECURITY_VALUE = 2;

	/**
	 * The '<em><b>VITAL INTERESTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VITAL_INTERESTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VITAL_INTERESTS_VALUE = 3;

	/**
	 * The '<em><b>NOT FOR PROFIT BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_FOR_PROFIT_BODY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_FOR_PROFIT_BODY_VALUE = 4;

	/**
	 * The '<em><b>MADE PUBLIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MADE_PUBLIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MADE_PUBLIC_VALUE = 5;

	/**
	 * The '<em><b>LEGAL CLAIMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_CLAIMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_CLAIMS_VALUE = 6;

	/**
	 * The '<em><b>SUBSTANTIAL PUBLIC INTEREST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSTANTIAL_PUBLIC_INTEREST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBSTANTIAL_PUBLIC_INTEREST_VALUE = 7;

	/**
	 * The '<em><b>HEALTH CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_CARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEALTH_CARE_VALUE = 8;

	/**
	 * The '<em><b>PUBLIC HEALTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_HEALTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_HEALTH_VALUE = 9;

	/**
	 * The '<em><b>ARCHIVING RESEARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARCHIVING_RESEARCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARCHIVING_RESEARCH_VALUE = 10;

	/**
	 * An array of all the '<em><b>Article9 Condition</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Article9Condition[] VALUES_ARRAY =
		new Article9Condition[] {
			NONE,
			EXPLICIT_CONSENT,
			EMPLOYMENT_SOCIAL_SECURITY,
			VITAL_INTERESTS,
			NOT_FOR_PROFIT_BODY,
			MADE_PUBLIC,
			LEGAL_CLAIMS,
			SUBSTANTIAL_PUBLIC_INTEREST,
			HEALTH_CARE,
			PUBLIC_HEALTH,
			ARCHIVING_RESEARCH,
		};

	/**
	 * A public read-only list of all the '<em><b>Article9 Condition</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Article9Condition> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Article9 Condition</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Article9Condition get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Article9Condition result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Article9 Condition</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Article9Condition getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Article9Condition result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Article9 Condition</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Article9Condition get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case EXPLICIT_CONSENT_VALUE: return EXPLICIT_CONSENT;
			case EMPLOYMENT_SOCIAL_SECURITY_VALUE: return EMPLOYMENT_SOCIAL_SECURITY;
			case VITAL_INTERESTS_VALUE: return VITAL_INTERESTS;
			case NOT_FOR_PROFIT_BODY_VALUE: return NOT_FOR_PROFIT_BODY;
			case MADE_PUBLIC_VALUE: return MADE_PUBLIC;
			case LEGAL_CLAIMS_VALUE: return LEGAL_CLAIMS;
			case SUBSTANTIAL_PUBLIC_INTEREST_VALUE: return SUBSTANTIAL_PUBLIC_INTEREST;
			case HEALTH_CARE_VALUE: return HEALTH_CARE;
			case PUBLIC_HEALTH_VALUE: return PUBLIC_HEALTH;
			case ARCHIVING_RESEARCH_VALUE: return ARCHIVING_RESEARCH;
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
	private Article9Condition(int value, String name, String literal) {
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
	
} //Article9Condition
