/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import privflow.model.Organisation;
import privflow.model.PrivflowFactory;
import privflow.model.PrivflowPackage;

/**
 * This is the item provider adapter for a {@link privflow.model.Organisation} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class OrganisationItemProvider extends FlowEndpointItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addRegistrationIdPropertyDescriptor(object);
			addCountryPropertyDescriptor(object);
			addDpfCertifiedPropertyDescriptor(object);
			addDpfCoversHrPropertyDescriptor(object);
			addDpfCertifiedFromPropertyDescriptor(object);
			addDpfCertifiedUntilPropertyDescriptor(object);
			addPipedaSubjectPropertyDescriptor(object);
			addParentPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Registration Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegistrationIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Organisation_registrationId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Organisation_registrationId_feature", "_UI_Organisation_type"),
				 PrivflowPackage.Literals.ORGANISATION__REGISTRATION_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Country feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCountryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Organisation_country_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Organisation_country_feature", "_UI_Organisation_type"),
				 PrivflowPackage.Literals.ORGANISATION__COUNTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dpf Certified feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDpfCertifiedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Organisation_dpfCertified_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Organisation_dpfCertified_feature", "_UI_Organisation_type"),
				 PrivflowPackage.Literals.ORGANISATION__DPF_CERTIFIED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dpf Covers Hr feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDpfCoversHrPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Organisation_dpfCoversHr_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Organisation_dpfCoversHr_feature", "_UI_Organisation_type"),
				 PrivflowPackage.Literals.ORGANISATION__DPF_COVERS_HR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dpf Certified From feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDpfCertifiedFromPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Organisation_dpfCertifiedFrom_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Organisation_dpfCertifiedFrom_feature", "_UI_Organisation_type"),
				 PrivflowPackage.Literals.ORGANISATION__DPF_CERTIFIED_FROM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dpf Certified Until feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDpfCertifiedUntilPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Organisation_dpfCertifiedUntil_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Organisation_dpfCertifiedUntil_feature", "_UI_Organisation_type"),
				 PrivflowPackage.Literals.ORGANISATION__DPF_CERTIFIED_UNTIL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pipeda Subject feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPipedaSubjectPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Organisation_pipedaSubject_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Organisation_pipedaSubject_feature", "_UI_Organisation_type"),
				 PrivflowPackage.Literals.ORGANISATION__PIPEDA_SUBJECT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Parent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Organisation_parent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Organisation_parent_feature", "_UI_Organisation_type"),
				 PrivflowPackage.Literals.ORGANISATION__PARENT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(PrivflowPackage.Literals.ORGANISATION__CONTACT);
			childrenFeatures.add(PrivflowPackage.Literals.ORGANISATION__DPO);
			childrenFeatures.add(PrivflowPackage.Literals.ORGANISATION__REPRESENTATIVE);
			childrenFeatures.add(PrivflowPackage.Literals.ORGANISATION__TRANSFER_TOOLS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Organisation.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Organisation"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Organisation)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Organisation_type") :
			getString("_UI_Organisation_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Organisation.class)) {
			case PrivflowPackage.ORGANISATION__REGISTRATION_ID:
			case PrivflowPackage.ORGANISATION__COUNTRY:
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED:
			case PrivflowPackage.ORGANISATION__DPF_COVERS_HR:
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED_FROM:
			case PrivflowPackage.ORGANISATION__DPF_CERTIFIED_UNTIL:
			case PrivflowPackage.ORGANISATION__PIPEDA_SUBJECT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PrivflowPackage.ORGANISATION__CONTACT:
			case PrivflowPackage.ORGANISATION__DPO:
			case PrivflowPackage.ORGANISATION__REPRESENTATIVE:
			case PrivflowPackage.ORGANISATION__TRANSFER_TOOLS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.ORGANISATION__CONTACT,
				 PrivflowFactory.eINSTANCE.createContact()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.ORGANISATION__DPO,
				 PrivflowFactory.eINSTANCE.createContact()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.ORGANISATION__REPRESENTATIVE,
				 PrivflowFactory.eINSTANCE.createContact()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.ORGANISATION__TRANSFER_TOOLS,
				 PrivflowFactory.eINSTANCE.createAdequacyDecisionReference()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.ORGANISATION__TRANSFER_TOOLS,
				 PrivflowFactory.eINSTANCE.createDpfCertification()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.ORGANISATION__TRANSFER_TOOLS,
				 PrivflowFactory.eINSTANCE.createStandardContractualClauses()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.ORGANISATION__TRANSFER_TOOLS,
				 PrivflowFactory.eINSTANCE.createBindingCorporateRules()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.ORGANISATION__TRANSFER_TOOLS,
				 PrivflowFactory.eINSTANCE.createCodeOfConduct()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.ORGANISATION__TRANSFER_TOOLS,
				 PrivflowFactory.eINSTANCE.createDerogation()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == PrivflowPackage.Literals.ORGANISATION__CONTACT ||
			childFeature == PrivflowPackage.Literals.ORGANISATION__DPO ||
			childFeature == PrivflowPackage.Literals.ORGANISATION__REPRESENTATIVE;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
