// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.core.LegalFacts;
import privflow.model.DataFlowModel;
import privflow.model.io.ElementPositions;
import privflow.model.io.ModelLoadException;
import privflow.model.io.ModelStore;

/** A model file as the user named it, loaded and analysed. */
final class CheckedModel {

    private final String name;
    private final Path file;
    private final DataFlowModel model;
    private final LegalFacts facts;
    private AnalysisResult result;
    private ElementPositions locator;

    private CheckedModel(String name, Path file, DataFlowModel model, LegalFacts facts) {
        this.name = name;
        this.file = file;
        this.model = model;
        this.facts = facts;
    }

    /**
     * Loads {@code name} with the catalogues of {@code options}, under {@code scenario} if not {@code null}.
     *
     * @throws InputException if the file, a catalogue or the scenario is wrong, with what and where
     */
    static CheckedModel load(String name, ModelOptions options, String scenario) {
        Locale locale = options.locale();
        Path file = Path.of(name);
        if (Files.isDirectory(file)) {
            throw new InputException(Messages.format(locale, "Error_IsFolder", name)); //$NON-NLS-1$
        }
        if (!Files.exists(file)) {
            throw new InputException(Messages.format(locale, "Error_NoSuchFile", name)); //$NON-NLS-1$
        }
        try {
            DataFlowModel model = ModelStore.load(file);
            LegalFacts facts = Catalogues.facts(options.catalogue, null);
            if (scenario != null) {
                facts = withScenario(facts.with(model.getCatalogue()), scenario, locale);
            }
            return new CheckedModel(name, file, model, facts);
        } catch (ModelLoadException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    /** @return {@code facts} under the scenario {@code key} */
    static LegalFacts withScenario(LegalFacts facts, String key, Locale locale) {
        if (!facts.scenarios().containsKey(key)) {
            throw new InputException(Messages.format(locale, "Error_UnknownScenario", key, //$NON-NLS-1$
                    facts.scenarios().keySet().stream().collect(Collectors.joining(", ")))); //$NON-NLS-1$
        }
        return facts.withScenario(key);
    }

    /** @return the analysis on the date of {@code options} (else the model's), computed once */
    AnalysisResult analyse(ModelOptions options) {
        if (result == null) {
            result = Analysis.run(model, facts, AnalysisOptions.DEFAULT.withAsOf(options.asOf));
        }
        return result;
    }

    /** @return the file as the user named it */
    String name() {
        return name;
    }

    Path file() {
        return file;
    }

    DataFlowModel model() {
        return model;
    }

    /** @return the shipped and user catalogues (the model's own entries are added by the analysis) */
    LegalFacts facts() {
        return facts;
    }

    /** @return where the elements are in the file (read on first use) */
    ElementPositions locator() {
        if (locator == null) {
            locator = ElementPositions.of(file);
        }
        return locator;
    }
}
