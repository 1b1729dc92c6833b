/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.impl;

import org.eclipse.emf.ecore.EClass;

import privflow.model.BindingCorporateRules;
import privflow.model.PrivflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Binding Corporate Rules</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class BindingCorporateRulesImpl extends TransferSafeguardImpl implements BindingCorporateRules {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BindingCorporateRulesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PrivflowPackage.Literals.BINDING_CORPORATE_RULES;
	}

} //BindingCorporateRulesImpl
