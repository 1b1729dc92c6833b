// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import privflow.edit.Labels;
import privflow.model.Accessor;
import privflow.model.AdequacyDecision;
import privflow.model.BindingCorporateRules;
import privflow.model.CodeOfConduct;
import privflow.model.DataFlow;
import privflow.model.Derogation;
import privflow.model.DerogationPoint;
import privflow.model.FlowEndpoint;
import privflow.model.Organisation;
import privflow.model.SccModule;
import privflow.model.Service;
import privflow.model.StandardContractualClauses;
import privflow.model.TransferSafeguard;

/**
 * Personal data reaching a third country through one flow: where, to whom, along which path, and
 * what covers it under chapter V.
 *
 * @param flow the flow that carries the data
 * @param service the service at the end of the path, or {@code null} if the flow goes to an organisation
 * @param importer the organisation in the third country, or {@code null} if none is identified
 * @param country the third country, ISO 3166-1 alpha-2
 * @param kind how the data gets there
 * @param path the flow, then the services from the flow's target to {@code service}
 * @param coverage what covers the transfer
 * @param decision the adequacy decision that applies to the country, or {@code null}
 * @param tool the transfer tool that applies, or {@code null}
 * @param toolHolder where {@code tool} is recorded: the flow, or the service or organisation whose
 *        contract carries it (e.g. SCCs in a provider's data processing agreement); {@code null}
 *        without a tool
 * @param accessor whose staff accesses the data from the country, for {@link Kind#REMOTE_ACCESS}
 */
public record Transfer(DataFlow flow, Service service, Organisation importer, String country, Kind kind,
        List<EObject> path, Coverage coverage, AdequacyDecision decision, TransferSafeguard tool, EObject toolHolder,
        Accessor accessor) {

    /** @return whether the tool comes from a contract (a service's or organisation's), not from the flow */
    public boolean isToolInherited() {
        return tool != null && toolHolder != null && toolHolder != flow;
    }

    /**
     * @return who receives the data in the third country: the service at the end of the path, else
     *         the importer; {@code null} if neither is known
     */
    public FlowEndpoint recipient() {
        return service != null ? service : importer;
    }

    /** @return what a reader tells this transfer apart by: the flow, the recipient and the country */
    public Destination destination() {
        return new Destination(flow, recipient(), country);
    }

    /**
     * Where a flow's data ends up in a third country. A recipient reaching the country in more than
     * one way (its legal entity is there and it stores the data there) is one destination: the
     * register and the Transfer Review show it once.
     *
     * @param flow the flow
     * @param recipient the service or organisation receiving the data, or {@code null}
     * @param country the third country, ISO 3166-1 alpha-2
     */
    public record Destination(DataFlow flow, FlowEndpoint recipient, String country) {
    }

    /**
     * @return the module of the 2021 standard contractual clauses that fits the roles of exporter
     *         and importer (controller or processor) in this transfer
     */
    public SccModule fittingSccModule() {
        return SccModules.expected(this);
    }

    /** @return {@link #fittingSccModule()} as a text, worked out only when rendered */
    public Finding.Localizable fittingSccModuleText() {
        return locale -> Labels.of(fittingSccModule(), locale);
    }

    /**
     * @return what covers the transfer, as the register and the review show it (e.g. "standard
     *         contractual clauses, module 2 (controller to processor)" or "none")
     */
    public Finding.Localizable toolText() {
        return this::renderTool;
    }

    private String renderTool(Locale locale) {
        String text = renderCoverage(locale);
        if ((coverage == Coverage.SAFEGUARD || coverage == Coverage.DEROGATION) && isToolInherited()) {
            return Messages.format(locale, "Tool_Inherited", text, Labels.of(toolHolder, locale)); //$NON-NLS-1$
        }
        return text;
    }

    private String renderCoverage(Locale locale) {
        return switch (coverage) {
            case ADEQUACY -> Messages.format(locale, "Tool_ADEQUACY", AdequacyDecisions.name(decision).render(locale)); //$NON-NLS-1$
            case OUT_OF_ADEQUACY_SCOPE -> Messages.format(locale, "Tool_OUT_OF_ADEQUACY_SCOPE", //$NON-NLS-1$
                    AdequacyDecisions.name(decision).render(locale));
            case NONE -> Messages.get(locale, "Tool_NONE"); //$NON-NLS-1$
            case SAFEGUARD -> switch (tool) {
                case StandardContractualClauses scc -> Messages.format(locale, "Tool_StandardContractualClauses", //$NON-NLS-1$
                        Labels.of(scc.getModule(), locale));
                case BindingCorporateRules bcr -> Messages.get(locale, "Tool_BindingCorporateRules"); //$NON-NLS-1$
                case CodeOfConduct code -> Messages.get(locale, "Tool_CodeOfConduct"); //$NON-NLS-1$
                default -> Messages.get(locale, "Tool_NONE"); //$NON-NLS-1$
            };
            case DEROGATION -> {
                Derogation d = (Derogation) tool;
                String point = Labels.of(d.getPoint(), locale);
                String documentation = d.getDocumentation() == null || d.getDocumentation().isBlank()
                        ? Messages.get(locale, "Tool_NotRecorded") //$NON-NLS-1$
                        : d.getDocumentation();
                yield d.getPoint() == DerogationPoint.COMPELLING_LEGITIMATE_INTERESTS
                        ? Messages.format(locale, "Tool_DerogationDocumented", point, documentation) //$NON-NLS-1$
                        : Messages.format(locale, "Tool_Derogation", point); //$NON-NLS-1$
            }
        };
    }

    /** How the data reaches the third country. */
    public enum Kind {
        /** The recipient's legal entity is established there. */
        LEGAL_ENTITY,
        /** The service stores or processes the data there. */
        STORAGE,
        /** Support or administrators access the data from there. */
        REMOTE_ACCESS,
        /** A (transitive) sub-processor of the service is there. */
        ONWARD;

        private final Finding.Text text = Finding.Text.of("TransferKind_" + name()); //$NON-NLS-1$

        /** @return how this kind reads in a message */
        public Finding.Text text() {
            return text;
        }
    }

    /** What covers the transfer under chapter V. */
    public enum Coverage {
        /** An adequacy decision whose scope includes the importer (Art. 45). */
        ADEQUACY,
        /** An Art. 46 safeguard: SCCs, BCRs, a code of conduct or certification. */
        SAFEGUARD,
        /** An Art. 49 derogation. */
        DEROGATION,
        /** An adequacy decision exists but does not cover this importer. */
        OUT_OF_ADEQUACY_SCOPE,
        /** Nothing. */
        NONE;

        /** @return whether the transfer has a legal ground under chapter V */
        public boolean isCovered() {
            return this == ADEQUACY || this == SAFEGUARD || this == DEROGATION;
        }
    }
}
