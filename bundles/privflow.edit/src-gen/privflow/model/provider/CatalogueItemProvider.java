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

import privflow.model.Catalogue;
import privflow.model.PrivflowFactory;
import privflow.model.PrivflowPackage;

/**
 * This is the item provider adapter for a {@link privflow.model.Catalogue} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CatalogueItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CatalogueItemProvider(AdapterFactory adapterFactory) {
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

			addAsOfPropertyDescriptor(object);
			addNameFiPropertyDescriptor(object);
			addDescriptionFiPropertyDescriptor(object);
			addSourcesPropertyDescriptor(object);
			addSourcesFiPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the As Of feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAsOfPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalogue_asOf_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalogue_asOf_feature", "_UI_Catalogue_type"),
				 PrivflowPackage.Literals.CATALOGUE__AS_OF,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name Fi feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNameFiPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalogue_nameFi_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalogue_nameFi_feature", "_UI_Catalogue_type"),
				 PrivflowPackage.Literals.CATALOGUE__NAME_FI,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description Fi feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionFiPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalogue_descriptionFi_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalogue_descriptionFi_feature", "_UI_Catalogue_type"),
				 PrivflowPackage.Literals.CATALOGUE__DESCRIPTION_FI,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sources feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalogue_sources_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalogue_sources_feature", "_UI_Catalogue_type"),
				 PrivflowPackage.Literals.CATALOGUE__SOURCES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sources Fi feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcesFiPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Catalogue_sourcesFi_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Catalogue_sourcesFi_feature", "_UI_Catalogue_type"),
				 PrivflowPackage.Literals.CATALOGUE__SOURCES_FI,
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
			childrenFeatures.add(PrivflowPackage.Literals.CATALOGUE__COUNTRIES);
			childrenFeatures.add(PrivflowPackage.Literals.CATALOGUE__ADEQUACY_DECISIONS);
			childrenFeatures.add(PrivflowPackage.Literals.CATALOGUE__KNOWN_ORGANISATIONS);
			childrenFeatures.add(PrivflowPackage.Literals.CATALOGUE__KNOWN_SERVICES);
			childrenFeatures.add(PrivflowPackage.Literals.CATALOGUE__SCENARIOS);
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
	 * This returns Catalogue.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Catalogue"));
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
		String label = ((Catalogue)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Catalogue_type") :
			getString("_UI_Catalogue_type") + " " + label;
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

		switch (notification.getFeatureID(Catalogue.class)) {
			case PrivflowPackage.CATALOGUE__AS_OF:
			case PrivflowPackage.CATALOGUE__NAME_FI:
			case PrivflowPackage.CATALOGUE__DESCRIPTION_FI:
			case PrivflowPackage.CATALOGUE__SOURCES:
			case PrivflowPackage.CATALOGUE__SOURCES_FI:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PrivflowPackage.CATALOGUE__COUNTRIES:
			case PrivflowPackage.CATALOGUE__ADEQUACY_DECISIONS:
			case PrivflowPackage.CATALOGUE__KNOWN_ORGANISATIONS:
			case PrivflowPackage.CATALOGUE__KNOWN_SERVICES:
			case PrivflowPackage.CATALOGUE__SCENARIOS:
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
				(PrivflowPackage.Literals.CATALOGUE__COUNTRIES,
				 PrivflowFactory.eINSTANCE.createCountryEntry()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.CATALOGUE__ADEQUACY_DECISIONS,
				 PrivflowFactory.eINSTANCE.createAdequacyDecision()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.CATALOGUE__KNOWN_ORGANISATIONS,
				 PrivflowFactory.eINSTANCE.createKnownOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.CATALOGUE__KNOWN_SERVICES,
				 PrivflowFactory.eINSTANCE.createKnownService()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.CATALOGUE__SCENARIOS,
				 PrivflowFactory.eINSTANCE.createScenario()));
	}

}
