// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import privflow.core.AnalysisOptions;
import privflow.core.Finding;
import privflow.core.LegalFacts;
import privflow.core.Transfer;
import privflow.core.internal.rules.ActivityRule;
import privflow.core.internal.rules.FlowRule;
import privflow.core.internal.rules.OrganisationRule;
import privflow.core.internal.rules.ServiceRule;
import privflow.core.internal.rules.Rules;
import privflow.model.Accessor;
import privflow.model.AdequacyDecision;
import privflow.model.BindingCorporateRules;
import privflow.model.CodeOfConduct;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataKind;
import privflow.model.Derogation;
import privflow.model.Organisation;
import privflow.model.ProcessingActivity;
import privflow.model.Service;
import privflow.model.StandardContractualClauses;
import privflow.model.TransferSafeguard;

/**
 * Runs the rules on one unit at a time (a flow, a service, an activity), so that a change needs
 * only the affected units checked again.
 */
public final class Engine {

    private final LegalFacts facts;
    private final AnalysisOptions options;
    private final LocalDate asOf;
    private ModelIndex index;
    private final Destinations destinations;
    private volatile java.util.Map<String, List<Organisation>> organisationsByName;

    public Engine(ModelIndex index, LegalFacts facts, AnalysisOptions options, LocalDate asOf) {
        this.index = index;
        this.facts = facts;
        this.options = options;
        this.asOf = asOf;
        this.adequacy = new java.util.concurrent.ConcurrentHashMap<>();
        this.destinations = new Destinations(facts, this::adequacyInForce);
    }

    /** @return an engine for another thread that shares this one's caches of destinations and decisions */
    public Engine sibling() {
        return new Engine(this);
    }

    private Engine(Engine original) {
        this.index = original.index;
        this.facts = original.facts;
        this.options = original.options;
        this.asOf = original.asOf;
        this.destinations = original.destinations;
        this.adequacy = original.adequacy;
    }

    public LegalFacts facts() {
        return facts;
    }

    public AnalysisOptions options() {
        return options;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public ModelIndex index() {
        return index;
    }

    /** Replaces the index and forgets cached destinations, after structural changes. */
    public void reindex(ModelIndex newIndex) {
        this.index = newIndex;
        destinations.clear();
        organisationsByName = null;
    }

    /** Works out the destinations of all of the model's services at once, before flows are analysed in parallel. */
    public void computeDestinations() {
        destinations.computeAll(index.model().getServices());
    }

    /** Forgets cached destinations, after a service, location or organisation changed. */
    public void forgetDestinations() {
        destinations.clear();
    }

    /**
     * @return the third-country transfers of {@code flow}; a flow that declares no data is assessed
     *         as personal data of unknown kind
     */
    public List<Transfer> transfers(DataFlow flow) {
        EObject target = flow.getTarget();
        List<Transfer> result = List.of();
        if (target instanceof Service service) {
            List<Destination> found = destinations.of(service);
            if (found.isEmpty()) {
                return result;
            }
            result = new ArrayList<>(found.size());
            for (Destination d : found) {
                result.add(assess(flow, d.service(), d.importer(), d.country(), d.kind(), new FlowPath(flow, d.chain()),
                        d.decision(), d.accessor()));
            }
        } else if (target instanceof Organisation organisation && organisation.getCountry() != null
                && !organisation.getCountry().isEmpty() && !facts.isEea(organisation.getCountry())) {
            result = List.of(assess(flow, null, organisation, organisation.getCountry(), Transfer.Kind.LEGAL_ENTITY,
                    List.of(flow), adequacyInForce(organisation.getCountry()), Accessor.UNSPECIFIED));
        }
        return result;
    }

    private Transfer assess(DataFlow flow, Service service, Organisation importer, String country, Transfer.Kind kind,
            List<EObject> path, AdequacyDecision decision, Accessor accessor) {
        EObject holder;
        TransferSafeguard tool;
        if (kind == Transfer.Kind.ONWARD) {
            DataFlow explicit = onwardFlow(path);
            holder = explicit != null ? explicit : contractHolder(service, null);
            tool = explicit != null ? explicit.getSafeguard() : contractTool(holder);
        } else if (flow.getSafeguard() != null) {
            holder = flow;
            tool = flow.getSafeguard();
        } else {
            holder = contractHolder(service, service == null ? importer : null);
            tool = contractTool(holder);
        }
        if (tool == null) {
            holder = null;
        }
        Transfer.Coverage coverage;
        if (decision != null && inScope(decision, importer, flow)) {
            coverage = Transfer.Coverage.ADEQUACY;
        } else if (tool instanceof StandardContractualClauses || tool instanceof BindingCorporateRules
                || tool instanceof CodeOfConduct) {
            coverage = Transfer.Coverage.SAFEGUARD;
        } else if (tool instanceof Derogation) {
            coverage = Transfer.Coverage.DEROGATION;
        } else if (decision != null) {
            coverage = Transfer.Coverage.OUT_OF_ADEQUACY_SCOPE;
        } else {
            coverage = Transfer.Coverage.NONE;
        }
        return new Transfer(flow, service, importer, country, kind, path, coverage, decision, tool, holder, accessor);
    }

    /**
     * @return whose contract carries the transfer tools for data sent to {@code service}: the
     *         service's own, else its provider's (or, without a service, {@code organisation}'s);
     *         {@code null} if none records any
     */
    private static EObject contractHolder(Service service, Organisation organisation) {
        if (service != null && !service.getTransferTools().isEmpty()) {
            return service;
        }
        Organisation party = service != null ? service.getProvider() : organisation;
        return party != null && !party.getTransferTools().isEmpty() ? party : null;
    }

    /**
     * @return the tool of a contract that applies to a transfer: an Art. 46 safeguard first (it
     *         covers the transfer whatever the importer's certification), then a derogation, then
     *         any other (e.g. reliance on the DPF, which the adequacy decision decides)
     */
    private static TransferSafeguard contractTool(EObject holder) {
        List<TransferSafeguard> tools = switch (holder) {
            case Service s -> s.getTransferTools();
            case Organisation o -> o.getTransferTools();
            case null, default -> List.of();
        };
        TransferSafeguard best = null;
        for (TransferSafeguard t : tools) {
            if (t instanceof StandardContractualClauses || t instanceof BindingCorporateRules || t instanceof CodeOfConduct) {
                return t;
            }
            if (best == null || t instanceof Derogation && !(best instanceof Derogation)) {
                best = t;
            }
        }
        return best;
    }

    private final java.util.Map<String, AdequacyDecision[]> adequacy;

    /** @return the decision in force for {@code country} on the as-of date, looked up once per country */
    public AdequacyDecision adequacyInForce(String country) {
        return decisions(country)[0];
    }

    /** @return the decision for {@code country} that had expired by the as-of date, if none is in force */
    public AdequacyDecision expiredAdequacy(String country) {
        return decisions(country)[1];
    }

    private AdequacyDecision[] decisions(String country) {
        AdequacyDecision[] known = adequacy.get(country);
        if (known == null) {
            known = new AdequacyDecision[]{facts.adequacyInForce(country, asOf), facts.expiredAdequacy(country, asOf)};
            adequacy.putIfAbsent(country, known);
        }
        return known;
    }

    /**
     * @return the flow from the previous service of the chain to the sub-processor that records a
     *         tool, if the model has one: its tool covers the onward transfer (else the tools in the
     *         sub-processor's contract do)
     */
    private DataFlow onwardFlow(List<EObject> path) {
        Service last = (Service) path.get(path.size() - 1);
        Service previous = path.size() > 2 ? (Service) path.get(path.size() - 2) : null;
        for (DataFlow explicit : index.safeguardedFlowsTo(last)) {
            if (explicit.getSource() == previous) {
                return explicit;
            }
        }
        return null;
    }

    /**
     * @return whether the decision's scope covers {@code importer} for what {@code flow} carries,
     *         on the analysis date (a DPF certification only within its dates)
     */
    public boolean inScope(AdequacyDecision decision, Organisation importer, DataFlow flow) {
        return switch (decision.getScope()) {
            case WHOLE, PRIVATE_SECTOR -> true;
            case DPF_CERTIFIED -> importer != null && facts.dpfCertified(importer, asOf)
                    && (importer.isDpfCoversHr() || !carries(flow, DataKind.EMPLOYMENT));
            case PIPEDA -> importer != null && importer.isPipedaSubject();
            case ENTITY -> false;
        };
    }

    static boolean carries(DataFlow flow, DataKind kind) {
        for (DataCategory c : flow.getDataCategories()) {
            if (c.getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code flow} carries special-category (Art. 9) or criminal (Art. 10) data */
    public static boolean carriesSpecial(DataFlow flow) {
        List<DataCategory> categories = flow.getDataCategories();
        for (int i = 0, n = categories.size(); i < n; i++) {
            DataCategory c = categories.get(i);
            if (c.isSpecialCategory() || c.isCriminal()) {
                return true;
            }
        }
        return false;
    }

    /** @return the findings about {@code flow}, given its transfers */
    public List<Finding> check(DataFlow flow, List<Transfer> transfers) {
        List<Finding> findings = new ArrayList<>(2);
        FlowContext context = new FlowContext(this, flow, transfers, carriesSpecial(flow));
        java.util.function.Consumer<Finding> unlessFound = f -> {
            for (Finding existing : findings) {
                if (existing.sameKey(f)) {
                    return;
                }
            }
            findings.add(f);
        };
        for (FlowRule rule : Rules.FLOW_RULES) {
            rule.check(context, unlessFound);
        }
        return findings;
    }

    /** @return the findings about {@code service} */
    public List<Finding> check(Service service) {
        List<Finding> findings = new ArrayList<>(0);
        if (!index.receivesData(service)) {
            return findings;
        }
        for (ServiceRule rule : Rules.SERVICE_RULES) {
            rule.check(this, service, findings::add);
        }
        return findings;
    }

    /** @return the findings about {@code organisation} */
    public List<Finding> check(Organisation organisation) {
        List<Finding> findings = new ArrayList<>(0);
        for (OrganisationRule rule : Rules.ORGANISATION_RULES) {
            rule.check(this, organisation, findings::add);
        }
        return findings;
    }

    /**
     * @return the model's organisations named {@code name} (ignoring case and spacing), in model
     *         order; looked up in a table built once per index
     */
    public List<Organisation> organisationsNamed(String name) {
        java.util.Map<String, List<Organisation>> byName = organisationsByName;
        if (byName == null) {
            byName = new java.util.HashMap<>();
            for (Organisation o : index.model().getOrganisations()) {
                if (o.getName() != null && !o.getName().isBlank()) {
                    byName.computeIfAbsent(LegalFacts.normalisedName(o.getName()), n -> new ArrayList<>(1)).add(o);
                }
            }
            organisationsByName = byName;
        }
        return byName.getOrDefault(LegalFacts.normalisedName(name), List.of());
    }

    /** Forgets which organisations share a name, after organisations were added, removed or renamed. */
    public void forgetOrganisationNames() {
        organisationsByName = null;
    }

    /** @return the findings about {@code activity} */
    public List<Finding> check(ProcessingActivity activity) {
        List<Finding> findings = new ArrayList<>(0);
        for (ActivityRule rule : Rules.ACTIVITY_RULES) {
            rule.check(this, activity, findings::add);
        }
        return findings;
    }
}
