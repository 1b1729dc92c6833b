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

import privflow.model.DataFlowModel;
import privflow.model.PrivflowFactory;
import privflow.model.PrivflowPackage;

/**
 * This is the item provider adapter for a {@link privflow.model.DataFlowModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class DataFlowModelItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataFlowModelItemProvider(AdapterFactory adapterFactory) {
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
			addRecordKeeperPropertyDescriptor(object);
			addLanguagePropertyDescriptor(object);
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
				 getString("_UI_DataFlowModel_asOf_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DataFlowModel_asOf_feature", "_UI_DataFlowModel_type"),
				 PrivflowPackage.Literals.DATA_FLOW_MODEL__AS_OF,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Record Keeper feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecordKeeperPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DataFlowModel_recordKeeper_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DataFlowModel_recordKeeper_feature", "_UI_DataFlowModel_type"),
				 PrivflowPackage.Literals.DATA_FLOW_MODEL__RECORD_KEEPER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Language feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLanguagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DataFlowModel_language_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DataFlowModel_language_feature", "_UI_DataFlowModel_type"),
				 PrivflowPackage.Literals.DATA_FLOW_MODEL__LANGUAGE,
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
			childrenFeatures.add(PrivflowPackage.Literals.DATA_FLOW_MODEL__ORGANISATIONS);
			childrenFeatures.add(PrivflowPackage.Literals.DATA_FLOW_MODEL__SERVICES);
			childrenFeatures.add(PrivflowPackage.Literals.DATA_FLOW_MODEL__DATA_CATEGORIES);
			childrenFeatures.add(PrivflowPackage.Literals.DATA_FLOW_MODEL__DATA_SUBJECT_CATEGORIES);
			childrenFeatures.add(PrivflowPackage.Literals.DATA_FLOW_MODEL__ACTIVITIES);
			childrenFeatures.add(PrivflowPackage.Literals.DATA_FLOW_MODEL__FLOWS);
			childrenFeatures.add(PrivflowPackage.Literals.DATA_FLOW_MODEL__REVIEWS);
			childrenFeatures.add(PrivflowPackage.Literals.DATA_FLOW_MODEL__CATALOGUE);
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
	 * This returns DataFlowModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/DataFlowModel"));
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
		String label = ((DataFlowModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_DataFlowModel_type") :
			getString("_UI_DataFlowModel_type") + " " + label;
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

		switch (notification.getFeatureID(DataFlowModel.class)) {
			case PrivflowPackage.DATA_FLOW_MODEL__AS_OF:
			case PrivflowPackage.DATA_FLOW_MODEL__LANGUAGE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PrivflowPackage.DATA_FLOW_MODEL__ORGANISATIONS:
			case PrivflowPackage.DATA_FLOW_MODEL__SERVICES:
			case PrivflowPackage.DATA_FLOW_MODEL__DATA_CATEGORIES:
			case PrivflowPackage.DATA_FLOW_MODEL__DATA_SUBJECT_CATEGORIES:
			case PrivflowPackage.DATA_FLOW_MODEL__ACTIVITIES:
			case PrivflowPackage.DATA_FLOW_MODEL__FLOWS:
			case PrivflowPackage.DATA_FLOW_MODEL__REVIEWS:
			case PrivflowPackage.DATA_FLOW_MODEL__CATALOGUE:
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
				(PrivflowPackage.Literals.DATA_FLOW_MODEL__ORGANISATIONS,
				 PrivflowFactory.eINSTANCE.createOrganisation()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.DATA_FLOW_MODEL__SERVICES,
				 PrivflowFactory.eINSTANCE.createService()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.DATA_FLOW_MODEL__DATA_CATEGORIES,
				 PrivflowFactory.eINSTANCE.createDataCategory()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.DATA_FLOW_MODEL__DATA_SUBJECT_CATEGORIES,
				 PrivflowFactory.eINSTANCE.createDataSubjectCategory()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.DATA_FLOW_MODEL__ACTIVITIES,
				 PrivflowFactory.eINSTANCE.createProcessingActivity()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.DATA_FLOW_MODEL__FLOWS,
				 PrivflowFactory.eINSTANCE.createDataFlow()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.DATA_FLOW_MODEL__REVIEWS,
				 PrivflowFactory.eINSTANCE.createReviewDecision()));

		newChildDescriptors.add
			(createChildParameter
				(PrivflowPackage.Literals.DATA_FLOW_MODEL__CATALOGUE,
				 PrivflowFactory.eINSTANCE.createCatalogue()));
	}

}
