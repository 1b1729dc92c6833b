// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import privflow.core.AnalysisOptions;
import privflow.core.Catalogues;
import privflow.core.LegalFacts;
import privflow.core.Severity;
import privflow.model.io.ModelLoadException;

/**
 * privflow's preferences: report language, default reviewer, catalogue folder, as-of date, what-if
 * scenario and the least severity that becomes a marker. Stored in the instance scope of
 * {@code privflow.ui}.
 */
public final class PrivflowPreferences extends AbstractPreferenceInitializer {

    /** The preference node. */
    public static final String NODE = "privflow.ui"; //$NON-NLS-1$
    public static final String LANGUAGE = "reportLanguage"; //$NON-NLS-1$
    public static final String REVIEWER = "reviewer"; //$NON-NLS-1$
    public static final String CATALOGUES = "catalogueLocation"; //$NON-NLS-1$
    public static final String AS_OF = "asOf"; //$NON-NLS-1$
    public static final String SCENARIO = "scenario"; //$NON-NLS-1$
    public static final String MARKER_THRESHOLD = "markerThreshold"; //$NON-NLS-1$

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
        defaults.put(LANGUAGE, "fi".equals(Locale.getDefault().getLanguage()) ? "fi" : "en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        defaults.put(REVIEWER, System.getProperty("user.name", "")); //$NON-NLS-1$ //$NON-NLS-2$
        defaults.put(CATALOGUES, ""); //$NON-NLS-1$
        defaults.put(AS_OF, ""); //$NON-NLS-1$
        defaults.put(SCENARIO, ""); //$NON-NLS-1$
        defaults.put(MARKER_THRESHOLD, Severity.LOW.id());
    }

    /** @return the value of {@code key}, the default if unset */
    public static String get(String key) {
        String value = InstanceScope.INSTANCE.getNode(NODE).get(key, null);
        return value != null ? value : DefaultScope.INSTANCE.getNode(NODE).get(key, ""); //$NON-NLS-1$
    }

    /** Sets {@code key} in the instance scope. */
    public static void set(String key, String value) {
        InstanceScope.INSTANCE.getNode(NODE).put(key, value);
    }

    /** @return the language registers are written in by default */
    public static Locale reportLanguage() {
        return Locale.of(get(LANGUAGE).isEmpty() ? "en" : get(LANGUAGE)); //$NON-NLS-1$
    }

    /** @return the legal facts: shipped catalogue, the user's folder (if set and readable), the scenario (if set and known) */
    public static LegalFacts facts() {
        String folder = get(CATALOGUES);
        LegalFacts facts;
        try {
            facts = Catalogues.facts(folder.isBlank() ? null : Path.of(folder), null);
        } catch (ModelLoadException e) {
            ILog.get().warn(e.getMessage(), e);
            facts = LegalFacts.of(java.util.List.of(Catalogues.shipped()));
        }
        String scenario = get(SCENARIO);
        return !scenario.isBlank() && facts.scenarios().containsKey(scenario) ? facts.withScenario(scenario) : facts;
    }

    /** @return the analysis options: the as-of date if one is set */
    public static AnalysisOptions options() {
        return AnalysisOptions.DEFAULT.withAsOf(asOf());
    }

    /** @return the as-of date set in the preferences, or {@code null} for the model's own */
    public static LocalDate asOf() {
        String text = get(AS_OF);
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** @return the least severity that becomes a marker */
    public static Severity markerThreshold() {
        for (Severity s : Severity.values()) {
            if (s.id().equals(get(MARKER_THRESHOLD))) {
                return s;
            }
        }
        return Severity.LOW;
    }
}
