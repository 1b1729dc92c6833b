/**
 * SPDX-License-Identifier: EPL-2.0
 */
package privflow.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import privflow.model.KnownOrganisation;
import privflow.model.PrivflowPackage;

/**
 * This is the item provider adapter for a {@link privflow.model.KnownOrganisation} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class KnownOrganisationItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KnownOrganisationItemProvider(AdapterFactory adapterFactory) {
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

			addKeyPropertyDescriptor(object);
			addNamePropertyDescriptor(object);
			addCountryPropertyDescriptor(object);
			addParentPropertyDescriptor(object);
			addDpfCertifiedPropertyDescriptor(object);
			addDpfCoversHrPropertyDescriptor(object);
			addDpfCertifiedFromPropertyDescriptor(object);
			addDpfCertifiedUntilPropertyDescriptor(object);
			addSourcePropertyDescriptor(object);
			addSourceFiPropertyDescriptor(object);
			addCheckedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Key feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKeyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KnownOrganisation_key_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnownOrganisation_key_feature", "_UI_KnownOrganisation_type"),
				 PrivflowPackage.Literals.KNOWN_ORGANISATION__KEY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KnownOrganisation_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnownOrganisation_name_feature", "_UI_KnownOrganisation_type"),
				 PrivflowPackage.Literals.KNOWN_ORGANISATION__NAME,
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
				 getString("_UI_KnownOrganisation_country_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnownOrganisation_country_feature", "_UI_KnownOrganisation_type"),
				 PrivflowPackage.Literals.KNOWN_ORGANISATION__COUNTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
				 getString("_UI_KnownOrganisation_parent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnownOrganisation_parent_feature", "_UI_KnownOrganisation_type"),
				 PrivflowPackage.Literals.KNOWN_ORGANISATION__PARENT,
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
				 getString("_UI_KnownOrganisation_dpfCertified_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnownOrganisation_dpfCertified_feature", "_UI_KnownOrganisation_type"),
				 PrivflowPackage.Literals.KNOWN_ORGANISATION__DPF_CERTIFIED,
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
				 getString("_UI_KnownOrganisation_dpfCoversHr_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnownOrganisation_dpfCoversHr_feature", "_UI_KnownOrganisation_type"),
				 PrivflowPackage.Literals.KNOWN_ORGANISATION__DPF_COVERS_HR,
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
				 getString("_UI_KnownOrganisation_dpfCertifiedFrom_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnownOrganisation_dpfCertifiedFrom_feature", "_UI_KnownOrganisation_type"),
				 PrivflowPackage.Literals.KNOWN_ORGANISATION__DPF_CERTIFIED_FROM,
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
				 getString("_UI_KnownOrganisation_dpfCertifiedUntil_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnownOrganisation_dpfCertifiedUntil_feature", "_UI_KnownOrganisation_type"),
				 PrivflowPackage.Literals.KNOWN_ORGANISATION__DPF_CERTIFIED_UNTIL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KnownOrganisation_source_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnownOrganisation_source_feature", "_UI_KnownOrganisation_type"),
				 PrivflowPackage.Literals.KNOWN_ORGANISATION__SOURCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source Fi feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourceFiPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KnownOrganisation_sourceFi_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnownOrganisation_sourceFi_feature", "_UI_KnownOrganisation_type"),
				 PrivflowPackage.Literals.KNOWN_ORGANISATION__SOURCE_FI,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Checked feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCheckedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_KnownOrganisation_checked_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_KnownOrganisation_checked_feature", "_UI_KnownOrganisation_type"),
				 PrivflowPackage.Literals.KNOWN_ORGANISATION__CHECKED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns KnownOrganisation.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/KnownOrganisation"));
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
		String label = ((KnownOrganisation)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_KnownOrganisation_type") :
			getString("_UI_KnownOrganisation_type") + " " + label;
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

		switch (notification.getFeatureID(KnownOrganisation.class)) {
			case PrivflowPackage.KNOWN_ORGANISATION__KEY:
			case PrivflowPackage.KNOWN_ORGANISATION__NAME:
			case PrivflowPackage.KNOWN_ORGANISATION__COUNTRY:
			case PrivflowPackage.KNOWN_ORGANISATION__PARENT:
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED:
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_COVERS_HR:
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED_FROM:
			case PrivflowPackage.KNOWN_ORGANISATION__DPF_CERTIFIED_UNTIL:
			case PrivflowPackage.KNOWN_ORGANISATION__SOURCE:
			case PrivflowPackage.KNOWN_ORGANISATION__SOURCE_FI:
			case PrivflowPackage.KNOWN_ORGANISATION__CHECKED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return PrivflowEditPlugin.INSTANCE;
	}

}
