// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Transfer;
import privflow.core.internal.FlowContext;
import privflow.model.DataCategory;
import privflow.model.Organisation;

/** What the transfer rules share: the key, the severity raise for special data, the common facts. */
final class TransferFindings {

    private TransferFindings() {
    }

    /** @return a builder keyed by flow, recipient and country, with the path and the common facts */
    static Finding.Builder start(Rule rule, FlowContext context, Transfer transfer) {
        Finding.Builder builder = Finding.builder(rule).element(context.flow());
        if (transfer.recipient() != null) {
            builder.element(transfer.recipient());
        }
        builder.keyPart(transfer.country()).transfer(transfer);
        if (context.special()) {
            builder.severity(rule.defaultSeverity().raised());
        }
        builder.lazyFacts(() -> facts(context, transfer));
        builder.lazyFingerprint(() -> fingerprint(context, transfer));
        return builder;
    }

    private static List<Finding.Text> facts(FlowContext context, Transfer transfer) {
        List<Finding.Text> facts = new ArrayList<>(5);
        if (context.special()) {
            facts.add(new Finding.Text("Fact_SpecialCategories")); //$NON-NLS-1$
        }
        facts.add(new Finding.Text("Fact_Destination", Finding.Country.of(transfer.country()), //$NON-NLS-1$
                transfer.kind().text())); //$NON-NLS-1$
        Organisation importer = transfer.importer();
        if (importer != null) {
            facts.add(new Finding.Text("Fact_Importer", importer, Finding.Country.of(importer.getCountry()), //$NON-NLS-1$
                    importer.isDpfCertified() ? 1 : 0));
        } else {
            facts.add(new Finding.Text("Fact_NoImporter", Finding.Country.of(transfer.country()))); //$NON-NLS-1$
        }
        if (transfer.decision() != null) {
            facts.add(new Finding.Text("Fact_Adequacy", transfer.decision().getDecisionId(), transfer.decision().getAdopted(), //$NON-NLS-1$
                    transfer.decision().getScopeNote() == null ? "" : transfer.decision().getScopeNote(), //$NON-NLS-1$
                    transfer.decision().getSource()));
        } else {
            facts.add(new Finding.Text("Fact_NoAdequacy", Finding.Country.of(transfer.country()), context.engine().asOf())); //$NON-NLS-1$
        }
        if (context.engine().facts().scenario() != null) {
            facts.add(new Finding.Text("Fact_Scenario", context.engine().facts().scenario().getName())); //$NON-NLS-1$
        }
        return facts;
    }

    /** @return what a decision on a transfer finding rests on */
    static Object[] fingerprint(FlowContext context, Transfer transfer) {
        List<Object> facts = new ArrayList<>();
        facts.add(transfer.country());
        facts.add(transfer.kind());
        facts.add(transfer.coverage());
        facts.add(transfer.importer());
        facts.add(transfer.importer() != null && transfer.importer().isDpfCertified());
        facts.add(transfer.decision() == null ? "" : transfer.decision().getKey()); //$NON-NLS-1$
        facts.add(transfer.tool() == null ? "" : transfer.tool().eClass().getName()); //$NON-NLS-1$
        for (DataCategory c : context.flow().getDataCategories()) {
            facts.add(c);
        }
        for (EObject step : transfer.path()) {
            facts.add(step);
        }
        return facts.toArray();
    }
}
