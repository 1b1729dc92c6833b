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

import privflow.model.PrivflowFactory;
import privflow.model.PrivflowPackage;
import privflow.model.Service;

/**
 * This is the item provider adapter for a {@link privflow.model.Service} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ServiceItemProvider extends FlowEndpointItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceItemProvider(AdapterFactory adapterFactory) {
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

			addKindPropertyDescriptor(object);
			addProviderPropertyDescriptor(object);
			addContractPropertyDescriptor(object);
			addContractReferencePropertyDescriptor(object);
			addEncryptedInTransitPropertyDescriptor(object);
			addEncryptedAtRestPropertyDescriptor(object);
			addEndToEndEncryptedPropertyDescriptor(object);
			addSubProcessorsPropertyDescriptor(object);
			addCatalogueEntryPropertyDescriptor(object);
			addDevicesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_kind_feature", "_UI_Service_type"),
				 PrivflowPackage.Literals.SERVICE__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Provider feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProviderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_provider_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_provider_feature", "_UI_Service_type"),
				 PrivflowPackage.Literals.SERVICE__PROVIDER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Contract feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContractPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_contract_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_contract_feature", "_UI_Service_type"),
				 PrivflowPackage.Literals.SERVICE__CONTRACT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Contract Reference feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addContractReferencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_contractReference_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_contractReference_feature", "_UI_Service_type"),
				 PrivflowPackage.Literals.SERVICE__CONTRACT_REFERENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Encrypted In Transit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEncryptedInTransitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_encryptedInTransit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_encryptedInTransit_feature", "_UI_Service_type"),
				 PrivflowPackage.Literals.SERVICE__ENCRYPTED_IN_TRANSIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Encrypted At Rest feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEncryptedAtRestPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_encryptedAtRest_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_encryptedAtRest_feature", "_UI_Service_type"),
				 PrivflowPackage.Literals.SERVICE__ENCRYPTED_AT_REST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End To End Encrypted feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndToEndEncryptedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_endToEndEncrypted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_endToEndEncrypted_feature", "_UI_Service_type"),
				 PrivflowPackage.Literals.SERVICE__END_TO_END_ENCRYPTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sub Processors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubProcessorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_subProcessors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_subProcessors_feature", "_UI_Service_type"),
				 PrivflowPackage.Literals.SERVICE__SUB_PROCESSORS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Catalogue Entry feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCatalogueEntryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_catalogueEntry_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_catalogueEntry_feature", "_UI_Service_type"),
				 PrivflowPackage.Literals.SERVICE__CATALOGUE_ENTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Devices feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDevicesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Service_devices_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Service_devices_feature", "_UI_Service_type"),
				 PrivflowPackage.Literals.SERVICE__DEVICES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(PrivflowPackage.Literals.SERVICE__LOCATIONS);
			childrenFeatures.add(PrivflowPackage.Literals.SERVICE__TRANSFER_TOOLS);
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
	 * This returns Service.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Service"));
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
		String label = ((Service)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Service_type") :
			getString("_UI_Service_type") + " " + label;
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

		switch (notification.getFeatureID(Service.class)) {
			case PrivflowPackage.SERVICE__KIND:
			case PrivflowPackage.SERVICE__CONTRACT:
			case PrivflowPackage.SERVICE__CONTRACT_REFERENCE:
			case PrivflowPackage.SERVICE__ENCRYPTED_IN_TRANSIT:
			case PrivflowPackage.SERVICE__ENCRYPTED_AT_REST:
			case PrivflowPackage.SERVICE__END_TO_END_ENCRYPTED:
			case PrivflowPackage.SERVICE__CATALOGUE_ENTRY:
			case PrivflowPackage.SERVICE__DEVICES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PrivflowPackage.SERVICE__LOCATIONS:
			case PrivflowPackage.SERVICE__TRANSFER_TOOLS:
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
				(PrivflowPackage.Literals.SERVICE__LOCATIONS,
				 PrivflowFactory.eINSTANCE.createLocation()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.SERVICE__TRANSFER_TOOLS,
				 PrivflowFactory.eINSTANCE.createAdequacyDecisionReference()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.SERVICE__TRANSFER_TOOLS,
				 PrivflowFactory.eINSTANCE.createDpfCertification()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.SERVICE__TRANSFER_TOOLS,
				 PrivflowFactory.eINSTANCE.createStandardContractualClauses()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.SERVICE__TRANSFER_TOOLS,
				 PrivflowFactory.eINSTANCE.createBindingCorporateRules()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.SERVICE__TRANSFER_TOOLS,
				 PrivflowFactory.eINSTANCE.createCodeOfConduct()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.SERVICE__TRANSFER_TOOLS,
				 PrivflowFactory.eINSTANCE.createDerogation()));
	}

}
