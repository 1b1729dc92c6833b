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
import privflow.model.ProcessingActivity;

/**
 * This is the item provider adapter for a {@link privflow.model.ProcessingActivity} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProcessingActivityItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProcessingActivityItemProvider(AdapterFactory adapterFactory) {
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

			addPurposesPropertyDescriptor(object);
			addLegalBasisPropertyDescriptor(object);
			addArticle9ConditionPropertyDescriptor(object);
			addDataSubjectsPropertyDescriptor(object);
			addDataCategoriesPropertyDescriptor(object);
			addRecipientCategoriesPropertyDescriptor(object);
			addRetentionPropertyDescriptor(object);
			addSecurityMeasuresPropertyDescriptor(object);
			addDataSubjectsInformedPropertyDescriptor(object);
			addPrivacyNoticeReferencePropertyDescriptor(object);
			addDpiaReferencePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Purposes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPurposesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessingActivity_purposes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessingActivity_purposes_feature", "_UI_ProcessingActivity_type"),
				 PrivflowPackage.Literals.PROCESSING_ACTIVITY__PURPOSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Legal Basis feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLegalBasisPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessingActivity_legalBasis_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessingActivity_legalBasis_feature", "_UI_ProcessingActivity_type"),
				 PrivflowPackage.Literals.PROCESSING_ACTIVITY__LEGAL_BASIS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Article9 Condition feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addArticle9ConditionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessingActivity_article9Condition_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessingActivity_article9Condition_feature", "_UI_ProcessingActivity_type"),
				 PrivflowPackage.Literals.PROCESSING_ACTIVITY__ARTICLE9_CONDITION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Data Subjects feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDataSubjectsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessingActivity_dataSubjects_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessingActivity_dataSubjects_feature", "_UI_ProcessingActivity_type"),
				 PrivflowPackage.Literals.PROCESSING_ACTIVITY__DATA_SUBJECTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Data Categories feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDataCategoriesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessingActivity_dataCategories_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessingActivity_dataCategories_feature", "_UI_ProcessingActivity_type"),
				 PrivflowPackage.Literals.PROCESSING_ACTIVITY__DATA_CATEGORIES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recipient Categories feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecipientCategoriesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessingActivity_recipientCategories_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessingActivity_recipientCategories_feature", "_UI_ProcessingActivity_type"),
				 PrivflowPackage.Literals.PROCESSING_ACTIVITY__RECIPIENT_CATEGORIES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Retention feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRetentionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessingActivity_retention_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessingActivity_retention_feature", "_UI_ProcessingActivity_type"),
				 PrivflowPackage.Literals.PROCESSING_ACTIVITY__RETENTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Security Measures feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSecurityMeasuresPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessingActivity_securityMeasures_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessingActivity_securityMeasures_feature", "_UI_ProcessingActivity_type"),
				 PrivflowPackage.Literals.PROCESSING_ACTIVITY__SECURITY_MEASURES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Data Subjects Informed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDataSubjectsInformedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessingActivity_dataSubjectsInformed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessingActivity_dataSubjectsInformed_feature", "_UI_ProcessingActivity_type"),
				 PrivflowPackage.Literals.PROCESSING_ACTIVITY__DATA_SUBJECTS_INFORMED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Privacy Notice Reference feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrivacyNoticeReferencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessingActivity_privacyNoticeReference_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessingActivity_privacyNoticeReference_feature", "_UI_ProcessingActivity_type"),
				 PrivflowPackage.Literals.PROCESSING_ACTIVITY__PRIVACY_NOTICE_REFERENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dpia Reference feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDpiaReferencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ProcessingActivity_dpiaReference_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ProcessingActivity_dpiaReference_feature", "_UI_ProcessingActivity_type"),
				 PrivflowPackage.Literals.PROCESSING_ACTIVITY__DPIA_REFERENCE,
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
			childrenFeatures.add(PrivflowPackage.Literals.PROCESSING_ACTIVITY__ROLES);
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
	 * This returns ProcessingActivity.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ProcessingActivity"));
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
		String label = ((ProcessingActivity)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ProcessingActivity_type") :
			getString("_UI_ProcessingActivity_type") + " " + label;
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

		switch (notification.getFeatureID(ProcessingActivity.class)) {
			case PrivflowPackage.PROCESSING_ACTIVITY__PURPOSES:
			case PrivflowPackage.PROCESSING_ACTIVITY__LEGAL_BASIS:
			case PrivflowPackage.PROCESSING_ACTIVITY__ARTICLE9_CONDITION:
			case PrivflowPackage.PROCESSING_ACTIVITY__RECIPIENT_CATEGORIES:
			case PrivflowPackage.PROCESSING_ACTIVITY__RETENTION:
			case PrivflowPackage.PROCESSING_ACTIVITY__SECURITY_MEASURES:
			case PrivflowPackage.PROCESSING_ACTIVITY__DATA_SUBJECTS_INFORMED:
			case PrivflowPackage.PROCESSING_ACTIVITY__PRIVACY_NOTICE_REFERENCE:
			case PrivflowPackage.PROCESSING_ACTIVITY__DPIA_REFERENCE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PrivflowPackage.PROCESSING_ACTIVITY__ROLES:
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
				(PrivflowPackage.Literals.PROCESSING_ACTIVITY__ROLES,
				 PrivflowFactory.eINSTANCE.createActivityRole()));
	}

}
