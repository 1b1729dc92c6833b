// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import privflow.model.PrivflowPackage;
import privflow.model.provider.PrivflowItemProviderAdapterFactory;
import privflow.ui.internal.editor.ModelPropertySourceProvider;
import privflow.ui.internal.editor.PrivflowEditor;

/**
 * Every property the Properties view shows, of every kind of element: its cell editor opens, takes
 * a valid value, the change is one command on the editor's stack and undo brings the old value
 * back. No exception, and the workspace log stays empty.
 */
class PropertiesSweepTest {

    private final WorkspaceLog log = new WorkspaceLog();
    private PrivflowEditor editor;
    private ComposedAdapterFactory adapterFactory;
    private Shell shell;

    @BeforeEach
    void open() throws Exception {
        log.start();
        IFile file = Workbench.exampleInNewProject("sweep", "midsize-company");
        editor = (PrivflowEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.waitForJobs();
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new PrivflowItemProviderAdapterFactory());
        shell = new Shell();
    }

    @AfterEach
    void close() {
        shell.dispose();
        adapterFactory.dispose();
        Workbench.page().closeAllEditors(false);
        Workbench.waitForJobs();
        log.assertEmpty();
    }

    @Test
    void everyPropertyOfEveryElementCanBeEditedAndUndone() {
        ModelPropertySourceProvider provider = new ModelPropertySourceProvider(adapterFactory);
        CommandStack stack = editor.getEditingDomain().getCommandStack();
        int edited = 0;
        List<String> classes = new ArrayList<>();
        for (EClassifier classifier : PrivflowPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass type) || type.isAbstract() || type.isInterface()) {
                continue;
            }
            EObject element = type == PrivflowPackage.Literals.DATA_FLOW_MODEL ? editor.model() : place(type, stack);
            if (element == null) {
                continue; // a kind only catalogues hold
            }
            classes.add(type.getName());
            IPropertySource source = provider.getPropertySource(element);
            assertNotNull(source, type.getName());
            for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
                String where = type.getName() + "." + descriptor.getDisplayName();
                assertFalse(descriptor.getDisplayName().matches(".*\\b(Dpf|Dpa|Dpia|Dpo|Tia|Eea|Hr|Id|Fi)\\b.*"),
                        where + ": an abbreviation written as a word");
                CellEditor cellEditor = descriptor.createPropertyEditor(shell);
                if (cellEditor == null) {
                    continue; // read-only
                }
                Object before = source.getPropertyValue(descriptor.getId());
                cellEditor.setValue(before);
                Object value = otherValue(cellEditor, before, where);
                if (value == null) {
                    cellEditor.dispose();
                    continue;
                }
                Object lastCommand = stack.getUndoCommand();
                source.setPropertyValue(descriptor.getId(), value);
                assertNotSame(lastCommand, stack.getUndoCommand(), where + ": the change is a command on the editor's stack");
                assertTrue(valueEquals(value, source.getPropertyValue(descriptor.getId())), where + ": the value was set to " + value);
                stack.undo();
                assertTrue(valueEquals(before, source.getPropertyValue(descriptor.getId())), where + ": undo restores " + before);
                cellEditor.dispose();
                edited++;
            }
        }
        assertTrue(classes.contains("DataFlow") && classes.contains("Service") && classes.contains("Organisation"), classes.toString());
        assertTrue(edited > 40, edited + " properties edited");
    }

    @Test
    void aCountryIsTypedAsACodeOrANameCheckedAsTypedAndShownByName() {
        privflow.model.Organisation organisation = editor.model().getOrganisations().get(0);
        IPropertySource source = new ModelPropertySourceProvider(adapterFactory).getPropertySource(organisation);
        IPropertyDescriptor country = java.util.Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Country")).findFirst().orElseThrow();
        assertEquals("FI", source.getPropertyValue(country.getId()));
        assertEquals("Finland (FI)", country.getLabelProvider().getText("FI"), "the Properties view names the country");
        privflow.ui.internal.editor.CountryEditor cellEditor = (privflow.ui.internal.editor.CountryEditor) country
                .createPropertyEditor(shell);
        cellEditor.setValue("FI");
        cellEditor.type("Sweden");
        assertTrue(cellEditor.isValueValid());
        assertEquals("SE", cellEditor.getValue(), "a name gives its code");
        cellEditor.type("de");
        assertEquals("DE", cellEditor.getValue(), "a code in any case");
        cellEditor.type("Finlandia");
        assertFalse(cellEditor.isValueValid(), "checked as typed");
        assertTrue(cellEditor.getErrorMessage().contains("\"Finlandia\" is not a country"), cellEditor.getErrorMessage());
        cellEditor.type("Norway (NO)");
        assertEquals("NO", cellEditor.getValue(), "the label it shows reads back");
        cellEditor.type("");
        assertEquals(null, cellEditor.getValue(), "empty is no country");
        cellEditor.dispose();
    }

    private static boolean valueEquals(Object a, Object b) {
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return x.equals(y);
        }
        return Objects.equals(a, b);
    }

    /** @return a valid value other than {@code current}, as the cell editor gives it, or null if it offers none */
    private static Object otherValue(CellEditor cellEditor, Object current, String where) {
        if (cellEditor instanceof ComboBoxViewerCellEditor combo) {
            Object[] choices = ((IStructuredContentProvider) combo.getViewer().getContentProvider())
                    .getElements(combo.getViewer().getInput());
            ILabelProvider labels = (ILabelProvider) combo.getViewer().getLabelProvider();
            for (Object choice : choices) {
                String text = labels.getText(choice);
                assertTrue(text != null && !text.matches("[A-Z0-9]+(_[A-Z0-9]+)+|[A-Z]{5,}|true|false"),
                        where + ": a human label, not '" + text + "'");
            }
            for (Object choice : choices) {
                combo.setValue(choice);
                Object value = combo.getValue();
                if (!Objects.equals(value, current)) {
                    return value;
                }
            }
            return null;
        }
        if (cellEditor instanceof privflow.ui.internal.editor.CountryEditor country) {
            country.type("Sweden");
            return country.getValue();
        }
        if (cellEditor instanceof DialogCellEditor) {
            return current instanceof List<?> list && !list.isEmpty() ? List.of() : null;
        }
        Object typed = null;
        for (String text : List.of("2026-01-31", "7", "Sample text")) {
            if (cellEditor.getValidator() == null || cellEditor.getValidator().isValid(text) == null) {
                ((Text) cellEditor.getControl()).setText(text); // as the user types it
                typed = cellEditor.getValue();
                if (typed != null && !Objects.equals(typed, current)) {
                    return typed;
                }
            }
        }
        fail(where + ": no typed value was accepted");
        return null;
    }

    /** Adds a new {@code type} to the first element in the model that can contain one, as a command. */
    private EObject place(EClass type, CommandStack stack) {
        List<EObject> containers = new ArrayList<>();
        containers.add(editor.model());
        editor.model().eAllContents().forEachRemaining(containers::add);
        for (EObject container : containers) {
            for (EReference reference : container.eClass().getEAllContainments()) {
                if (reference.isMany() && reference.getEReferenceType().isSuperTypeOf(type) && reference.isChangeable()) {
                    EObject element = EcoreUtil.create(type);
                    EStructuralFeature id = type.getEStructuralFeature("id");
                    if (id != null) {
                        element.eSet(id, EcoreUtil.generateUUID());
                    }
                    stack.execute(AddCommand.create(editor.getEditingDomain(), container, reference, element));
                    return element;
                }
            }
        }
        return null;
    }
}
