// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.preferences;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import privflow.core.Catalogues;
import privflow.core.LegalFacts;
import privflow.core.Severity;
import privflow.model.Scenario;
import privflow.ui.internal.Messages;
import privflow.ui.internal.PrivflowPreferences;
import privflow.ui.internal.editor.PrivflowEditor;

/**
 * Window > Preferences > privflow: report language, default reviewer, catalogue folder, as-of
 * date, what-if scenario and marker threshold. Applying re-analyses the open models.
 */
public final class PrivflowPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public PrivflowPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, PrivflowPreferences.NODE));
        setDescription(Messages.Preferences_Description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // nothing to prepare
    }

    @Override
    protected void createFieldEditors() {
        addField(new ComboFieldEditor(PrivflowPreferences.LANGUAGE, Messages.Preferences_Language,
                new String[][]{{Messages.Preferences_English, "en"}, {Messages.Preferences_Finnish, "fi"}}, //$NON-NLS-1$ //$NON-NLS-2$
                getFieldEditorParent()));
        addField(new StringFieldEditor(PrivflowPreferences.REVIEWER, Messages.Preferences_Reviewer, getFieldEditorParent()));
        DirectoryFieldEditor catalogues = new DirectoryFieldEditor(PrivflowPreferences.CATALOGUES, Messages.Preferences_Catalogues,
                getFieldEditorParent());
        catalogues.setEmptyStringAllowed(true);
        addField(catalogues);
        StringFieldEditor asOf = new StringFieldEditor(PrivflowPreferences.AS_OF, Messages.Preferences_AsOf, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String text = getStringValue().strip();
                try {
                    if (!text.isEmpty()) {
                        LocalDate.parse(text);
                    }
                    return true;
                } catch (DateTimeParseException e) {
                    setErrorMessage(NLS.bind(Messages.Preferences_BadDate, text));
                    return false;
                }
            }
        };
        asOf.setEmptyStringAllowed(true);
        addField(asOf);
        LegalFacts facts = LegalFacts.of(java.util.List.of(Catalogues.shipped()));
        String[][] scenarios = new String[facts.scenarios().size() + 1][];
        scenarios[0] = new String[]{Messages.Preferences_NoScenario, ""}; //$NON-NLS-1$
        int i = 1;
        for (Scenario s : facts.scenarios().values()) {
            boolean finnish = "fi".equals(java.util.Locale.getDefault().getLanguage()) && s.getNameFi() != null; //$NON-NLS-1$
            scenarios[i++] = new String[]{finnish ? s.getNameFi() : s.getName(), s.getKey()};
        }
        addField(new ComboFieldEditor(PrivflowPreferences.SCENARIO, Messages.Preferences_Scenario, scenarios, getFieldEditorParent()));
        String[][] severities = new String[Severity.values().length][];
        for (Severity s : Severity.values()) {
            severities[s.ordinal()] = new String[]{s.label(java.util.Locale.getDefault()), s.id()};
        }
        addField(new ComboFieldEditor(PrivflowPreferences.MARKER_THRESHOLD, Messages.Preferences_Threshold, severities,
                getFieldEditorParent()));
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        for (var window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (var page : window.getPages()) {
                for (var reference : page.getEditorReferences()) {
                    if (reference.getEditor(false) instanceof PrivflowEditor editor) {
                        editor.reanalyse();
                    }
                }
            }
        }
        return ok;
    }
}
