// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import privflow.ui.internal.Messages;

/**
 * The Properties view for model elements, from the EMF.Edit property descriptors. Every change
 * goes through the descriptor, so it runs as a command on the editor's command stack (undoable).
 * Texts and dates are typed in (and checked), enumerations, booleans and single references chosen
 * from a list, multi-valued references picked in a dialog, lists of texts edited a line each.
 */
public final class ModelPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    public ModelPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (!(object instanceof EObject eObject)) {
            return null;
        }
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(eObject, IItemPropertySource.class);
        return source == null ? null : new Source(eObject, source);
    }

    private static final class Source implements IPropertySource {
        private final EObject object;
        private final IItemPropertySource source;

        Source(EObject object, IItemPropertySource source) {
            this.object = object;
            this.source = source;
        }

        @Override
        public Object getEditableValue() {
            return object;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IPropertyDescriptor> result = new ArrayList<>();
            for (IItemPropertyDescriptor d : source.getPropertyDescriptors(object)) {
                result.add(new Descriptor(object, d));
            }
            return result.toArray(new IPropertyDescriptor[0]);
        }

        @Override
        public Object getPropertyValue(Object id) {
            return value(object, descriptor(id));
        }

        @Override
        public boolean isPropertySet(Object id) {
            return descriptor(id).isPropertySet(object);
        }

        @Override
        public void resetPropertyValue(Object id) {
            descriptor(id).resetPropertyValue(object);
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            IItemPropertyDescriptor d = descriptor(id);
            if (!java.util.Objects.equals(value, value(object, d))) {
                d.setPropertyValue(object, value);
            }
        }

        private IItemPropertyDescriptor descriptor(Object id) {
            return source.getPropertyDescriptor(object, id);
        }
    }

    /** @return the raw value of the property (not EMF's label wrapper) */
    static Object value(EObject object, IItemPropertyDescriptor d) {
        return d.getFeature(object) instanceof EStructuralFeature feature ? object.eGet(feature) : null;
    }

    private static final class Descriptor extends PropertyDescriptor {
        private final EObject object;
        private final IItemPropertyDescriptor item;

        Descriptor(EObject object, IItemPropertyDescriptor item) {
            super(item.getId(object), item.getDisplayName(object));
            this.object = object;
            this.item = item;
            setDescription(item.getDescription(object));
            setCategory(item.getCategory(object));
            IItemLabelProvider labels = item.getLabelProvider(object);
            boolean country = isCountry(item.getFeature(object));
            setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return country && element instanceof String code
                            ? Countries.label(code, java.util.Locale.getDefault())
                            : text(labels, element);
                }
            });
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!item.canSetProperty(object) || !(item.getFeature(object) instanceof EStructuralFeature feature)) {
                return null;
            }
            IItemLabelProvider labels = item.getLabelProvider(object);
            Collection<?> choices = item.getChoiceOfValues(object);
            if (feature.isMany()) {
                return feature instanceof EAttribute attribute
                        ? new LinesEditor(parent, getDisplayName(), attribute)
                        : new PickEditor(parent, getDisplayName(), choices, labels);
            }
            if (choices != null || feature.getEType().getInstanceClass() == boolean.class
                    || feature.getEType().getInstanceClass() == Boolean.class) {
                return new ChoiceEditor(parent, choices != null ? choices : Arrays.asList(Boolean.TRUE, Boolean.FALSE), labels);
            }
            if (isCountry(feature)) {
                return new CountryEditor(parent);
            }
            if (feature.getEType() instanceof EDataType type) {
                return new ValueEditor(parent, type);
            }
            return null;
        }
    }

    /** @return whether {@code feature} holds an ISO 3166-1 country code */
    static boolean isCountry(Object feature) {
        return feature == privflow.model.PrivflowPackage.Literals.ORGANISATION__COUNTRY
                || feature == privflow.model.PrivflowPackage.Literals.LOCATION__COUNTRY;
    }

    /** @return how a person reads {@code value}: its label, Yes or No for a boolean, nothing for none */
    static String text(IItemLabelProvider labels, Object value) {
        if (value instanceof Boolean b) {
            return b ? Messages.Properties_Yes : Messages.Properties_No;
        }
        return value == null ? "" : labels.getText(value); //$NON-NLS-1$
    }

    /**
     * One value picked from a list (an enumeration, yes or no, an element); "none" stands for no
     * value where the property may have none, as viewers take no {@code null} element.
     */
    private static final class ChoiceEditor extends ComboBoxViewerCellEditor {
        private static final Object NONE = new Object();

        ChoiceEditor(Composite parent, Collection<?> choices, IItemLabelProvider labels) {
            super(parent, SWT.READ_ONLY);
            setContentProvider(ArrayContentProvider.getInstance());
            setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return element == NONE ? Messages.Properties_None : text(labels, element);
                }
            });
            List<Object> values = new ArrayList<>();
            for (Object choice : choices) {
                values.add(choice == null ? NONE : choice);
            }
            setInput(values);
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value == null ? NONE : value);
        }

        @Override
        protected Object doGetValue() {
            Object value = super.doGetValue();
            return value == NONE ? null : value;
        }
    }

    /** A text field for a value of a data type (text, number, date), checked as it is typed. */
    private static final class ValueEditor extends TextCellEditor {
        private final EDataType type;

        ValueEditor(Composite parent, EDataType type) {
            super(parent);
            this.type = type;
            setValidator(value -> {
                // the editor checks both the value it is given and the text typed in
                String text = value instanceof String typed ? typed : value == null ? "" : EcoreUtil.convertToString(type, value); //$NON-NLS-1$
                if (text.isEmpty() || type.getInstanceClass() == String.class) {
                    return null;
                }
                try {
                    EcoreUtil.createFromString(type, text);
                    return null;
                } catch (RuntimeException e) {
                    return NLS.bind(Messages.Properties_InvalidValue, text, type.getName());
                }
            });
        }

        @Override
        protected void doSetValue(Object value) {
            super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value)); //$NON-NLS-1$
        }

        @Override
        protected Object doGetValue() {
            String text = (String) super.doGetValue();
            if (text.isEmpty() && type.getInstanceClass() != String.class) {
                return null;
            }
            return EcoreUtil.createFromString(type, text);
        }
    }

    /** A list of texts, edited a line each in a dialog. */
    private static final class LinesEditor extends DialogCellEditor {
        private final String title;
        private final EAttribute attribute;

        LinesEditor(Composite parent, String title, EAttribute attribute) {
            super(parent);
            this.title = title;
            this.attribute = attribute;
        }

        @Override
        protected Object openDialogBox(Control window) {
            List<?> current = (List<?>) getValue();
            StringBuilder text = new StringBuilder();
            for (Object v : current == null ? List.of() : current) {
                text.append(EcoreUtil.convertToString((EDataType) attribute.getEType(), v)).append('\n');
            }
            InputDialog dialog = new InputDialog(window.getShell(), title, Messages.Properties_OnePerLine, text.toString().strip(),
                    null) {
                @Override
                protected int getInputTextStyle() {
                    return SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP;
                }

                @Override
                protected org.eclipse.swt.widgets.Control createDialogArea(Composite area) {
                    org.eclipse.swt.widgets.Control control = super.createDialogArea(area);
                    ((org.eclipse.swt.layout.GridData) getText().getLayoutData()).heightHint = 120;
                    return control;
                }
            };
            if (dialog.open() != Window.OK) {
                return null;
            }
            List<Object> values = new ArrayList<>();
            for (String line : dialog.getValue().split("\\R")) { //$NON-NLS-1$
                if (!line.isBlank()) {
                    values.add(EcoreUtil.createFromString((EDataType) attribute.getEType(), line.strip()));
                }
            }
            return values;
        }
    }

    /** Several model elements, picked from the choices in a dialog. */
    private static final class PickEditor extends DialogCellEditor {
        private final String title;
        private final Collection<?> choices;
        private final IItemLabelProvider labels;

        PickEditor(Composite parent, String title, Collection<?> choices, IItemLabelProvider labels) {
            super(parent);
            this.title = title;
            this.choices = choices == null ? List.of() : choices;
            this.labels = labels;
        }

        @Override
        protected Object openDialogBox(Control window) {
            List<Object> candidates = new ArrayList<>(choices);
            candidates.remove(null);
            ListSelectionDialog dialog = ListSelectionDialog.of(candidates).title(title).message(Messages.Properties_Pick)
                    .labelProvider(new LabelProvider() {
                        @Override
                        public String getText(Object element) {
                            return labels.getText(element);
                        }
                    }).preselect(((List<?>) getValue()).toArray()).create(window.getShell());
            if (dialog.open() != Window.OK) {
                return null;
            }
            return new ArrayList<>(Arrays.asList(dialog.getResult()));
        }
    }
}
