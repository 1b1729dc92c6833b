// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.internal.Engine;
import privflow.model.KnownOrganisation;
import privflow.model.Organisation;

/**
 * Rule 17 (Art. 5(1)(d), 5(2)): one organisation, one set of facts. The model describes an
 * organisation more than once with different country or DPF facts, or says otherwise than the
 * catalogue's entry for it. Raised once, on the first of the model's entries of that name.
 */
final class ConflictingFacts implements OrganisationRule {

    @Override
    public void check(Engine engine, Organisation organisation, Consumer<Finding> findings) {
        if (organisation.getName() == null || organisation.getName().isBlank()) {
            return;
        }
        List<Organisation> twins = engine.organisationsNamed(organisation.getName());
        if (twins.size() > 1 && twins.get(0) == organisation) {
            List<Finding.Text> differences = new ArrayList<>();
            for (Organisation other : twins.subList(1, twins.size())) {
                differences.addAll(differences(organisation, other.getCountry(), other.isDpfCertified(),
                        Boolean.valueOf(other.isDpfCoversHr())));
            }
            if (!differences.isEmpty()) {
                findings.accept(Finding.builder(Rule.CONFLICTING_FACTS).element(organisation)
                        .message("ConflictingFacts_Message_Model", organisation, twins.size(), list(differences)) //$NON-NLS-1$
                        .remedy("Remedy_MergeOrganisations", organisation) //$NON-NLS-1$
                        .fingerprint(twins.toArray()).build());
            }
        }
        KnownOrganisation known = engine.facts().knownOrganisationNamed(organisation.getName());
        if (known == null) {
            return;
        }
        // A catalogue entry that does not say its certification covers HR data may simply not know.
        List<Finding.Text> differences = differences(organisation, known.getCountry(), known.isDpfCertified(),
                known.isDpfCoversHr() ? Boolean.TRUE : null);
        if (!differences.isEmpty()) {
            findings.accept(Finding.builder(Rule.CONFLICTING_FACTS).element(organisation).keyPart("catalogue") //$NON-NLS-1$
                    .message("ConflictingFacts_Message_Catalogue", organisation, list(differences), //$NON-NLS-1$
                            known.getChecked() == null ? "-" : known.getChecked(), //$NON-NLS-1$
                            new Finding.Translated(Objects.toString(known.getSource(), "-"), known.getSourceFi())) //$NON-NLS-1$
                    .remedy("Remedy_CheckAgainstCatalogue", organisation) //$NON-NLS-1$
                    .fingerprint(organisation.getCountry(), organisation.isDpfCertified(), organisation.isDpfCoversHr(),
                            known.getCountry(), known.isDpfCertified(), known.isDpfCoversHr())
                    .build());
        }
    }

    /** @param hr whether the other source says the DPF certification covers HR data, {@code null} if it does not say */
    private static List<Finding.Text> differences(Organisation o, String country, boolean dpf, Boolean hr) {
        List<Finding.Text> found = new ArrayList<>(2);
        if (country != null && !country.isEmpty() && o.getCountry() != null && !o.getCountry().isEmpty()
                && !country.equals(o.getCountry())) {
            found.add(new Finding.Text("ConflictingFacts_Country", Finding.Country.of(o.getCountry()), //$NON-NLS-1$
                    Finding.Country.of(country)));
        }
        if (dpf != o.isDpfCertified()) {
            found.add(new Finding.Text("ConflictingFacts_Dpf", o.isDpfCertified() ? 1 : 0, dpf ? 1 : 0)); //$NON-NLS-1$
        } else if (dpf && hr != null && hr.booleanValue() != o.isDpfCoversHr()) {
            found.add(new Finding.Text("ConflictingFacts_DpfHr", o.isDpfCoversHr() ? 1 : 0, hr ? 1 : 0)); //$NON-NLS-1$
        }
        return found;
    }

    private static Finding.Localizable list(List<Finding.Text> items) {
        return locale -> {
            StringBuilder text = new StringBuilder();
            for (Finding.Text t : items) {
                text.append(text.isEmpty() ? "" : "; ").append(t.render(locale)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return text.toString();
        };
    }
}
