// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.editor;

import java.util.Locale;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import privflow.ui.internal.Messages;

/**
 * A country (ISO 3166-1 alpha-2): typed as a code or a name, checked as it is typed, or picked from
 * a searchable list of every country named in the UI's language. The code is stored.
 */
public final class CountryEditor extends DialogCellEditor {

    private final Locale locale = Locale.getDefault();
    private Text text;
    private Object value;

    CountryEditor(Composite parent) {
        super(parent);
    }

    @Override
    protected Control createContents(Composite cell) {
        text = new Text(cell, SWT.NONE);
        text.setFont(cell.getFont());
        text.addListener(SWT.Modify, e -> typed());
        text.addListener(SWT.DefaultSelection, e -> {
            if (isValueValid()) {
                fireApplyEditorValue();
                deactivate();
            }
        });
        text.addListener(SWT.FocusOut, e -> text.getDisplay().asyncExec(() -> {
            // leaving the cell applies, as in the other fields; moving to its ... button does not
            Control focus = cell.isDisposed() ? null : cell.getDisplay().getFocusControl();
            if (!cell.isDisposed() && (focus == null || focus.getParent() != cell) && isValueValid()) {
                focusLost();
            }
        }));
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                fireCancelEditor();
            }
        });
        return text;
    }

    /** Types {@code typed} into the field, as a user does. */
    public void type(String typed) {
        text.setText(typed);
    }

    private void typed() {
        String typed = text.getText();
        String code = Countries.parse(typed, locale);
        setErrorMessage(code == null ? NLS.bind(Messages.Properties_NoCountry, typed) : null);
        if (code != null) {
            markDirty();
            value = code.isEmpty() ? null : code;
        }
        valueChanged(true, code != null);
    }

    @Override
    protected Object doGetValue() {
        return value;
    }

    @Override
    protected void doSetValue(Object newValue) {
        value = newValue;
        updateContents(newValue);
    }

    @Override
    protected void updateContents(Object code) {
        if (text != null && !text.isDisposed()) {
            String shown = Countries.label((String) code, locale);
            if (!shown.equals(text.getText())) {
                text.setText(shown);
            }
        }
    }

    @Override
    protected void doSetFocus() {
        text.setFocus();
        text.selectAll();
    }

    @Override
    protected Object openDialogBox(Control window) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                return Countries.label((String) element, locale);
            }
        });
        dialog.setTitle(Messages.Properties_CountryTitle);
        dialog.setMessage(Messages.Properties_CountryMessage);
        dialog.setElements(Countries.codes(locale).toArray());
        dialog.setIgnoreCase(true);
        dialog.setMatchEmptyString(true);
        dialog.setMultipleSelection(false);
        if (value != null) {
            dialog.setInitialSelections(value);
        }
        return dialog.open() == Window.OK ? dialog.getFirstResult() : null;
    }
}
