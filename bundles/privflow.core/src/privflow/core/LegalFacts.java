// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import privflow.core.internal.CountryNames;
import privflow.model.AdequacyDecision;
import privflow.model.AdequacyScope;
import privflow.model.Catalogue;
import privflow.model.CountryEntry;
import privflow.model.KnownOrganisation;
import privflow.model.KnownService;
import privflow.model.Organisation;
import privflow.model.Scenario;

/**
 * The legal and vendor facts the analysis applies: EEA membership, adequacy decisions, known
 * services and scenarios, merged from catalogues (later ones add to and override earlier ones by
 * key), optionally with a scenario's withdrawn decisions taken out.
 */
public final class LegalFacts {

    private final List<Catalogue> catalogues;
    private final Set<String> eea = new HashSet<>();
    private final Map<String, List<AdequacyDecision>> decisionsByCountry = new HashMap<>();
    private final Map<String, AdequacyDecision> decisionsByKey = new LinkedHashMap<>();
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+"); //$NON-NLS-1$

    private final Map<String, KnownService> services = new LinkedHashMap<>();
    private final Map<String, KnownOrganisation> organisations = new LinkedHashMap<>();
    private final Map<String, KnownOrganisation> organisationsByName = new HashMap<>();
    private final Map<String, List<KnownOrganisation>> providerChains = new HashMap<>();
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final Scenario scenario;
    private final LocalDate dpfStart;

    private LegalFacts(List<Catalogue> catalogues, Scenario scenario) {
        this.catalogues = List.copyOf(catalogues);
        this.scenario = scenario;
        for (Catalogue catalogue : catalogues) {
            for (CountryEntry country : catalogue.getCountries()) {
                CountryNames.register(country);
                if (country.isEea()) {
                    eea.add(country.getCode());
                } else {
                    eea.remove(country.getCode());
                }
            }
            for (AdequacyDecision decision : catalogue.getAdequacyDecisions()) {
                decisionsByKey.put(decision.getKey(), decision);
            }
            for (KnownOrganisation organisation : catalogue.getKnownOrganisations()) {
                organisations.put(organisation.getKey(), organisation);
            }
            for (KnownService service : catalogue.getKnownServices()) {
                services.put(service.getKey(), service);
            }
            for (Scenario s : catalogue.getScenarios()) {
                scenarios.put(s.getKey(), s);
            }
        }
        for (KnownOrganisation organisation : organisations.values()) {
            if (organisation.getName() != null) {
                organisationsByName.put(normalisedName(organisation.getName()), organisation);
            }
        }
        for (KnownService service : services.values()) {
            providerChains.put(service.getKey(), chainOf(service));
        }
        LocalDate start = null;
        for (AdequacyDecision decision : decisionsByKey.values()) {
            if (decision.getScope() == AdequacyScope.DPF_CERTIFIED && decision.getAdopted() != null
                    && (start == null || decision.getAdopted().isBefore(start))) {
                start = decision.getAdopted();
            }
        }
        this.dpfStart = start;
        Set<String> withdrawn = scenario == null ? Set.of() : new HashSet<>(scenario.getWithdrawnDecisions());
        for (AdequacyDecision decision : decisionsByKey.values()) {
            if (!withdrawn.contains(decision.getKey())) {
                decisionsByCountry.computeIfAbsent(decision.getCountry(), c -> new ArrayList<>()).add(decision);
            }
        }
    }

    /** @return facts merged from {@code catalogues}, in order (later entries win) */
    public static LegalFacts of(List<Catalogue> catalogues) {
        return new LegalFacts(catalogues, null);
    }

    /**
     * @return these facts as they would be under the scenario {@code key}
     * @throws IllegalArgumentException if no catalogue defines the scenario
     */
    public LegalFacts withScenario(String key) {
        Scenario s = scenarios.get(key);
        if (s == null) {
            throw new IllegalArgumentException(key);
        }
        return new LegalFacts(catalogues, s);
    }

    /** @return these facts with one more catalogue on top, e.g. a model's own entries */
    public LegalFacts with(Catalogue catalogue) {
        if (catalogue == null) {
            return this;
        }
        List<Catalogue> all = new ArrayList<>(catalogues);
        all.add(catalogue);
        return new LegalFacts(all, scenario);
    }

    /** @return the scenario applied, or {@code null} for the baseline */
    public Scenario scenario() {
        return scenario;
    }

    /** @return the catalogues merged, in order */
    public List<Catalogue> catalogues() {
        return catalogues;
    }

    /** @return the scenarios the catalogues define, by key */
    public Map<String, Scenario> scenarios() {
        return Collections.unmodifiableMap(scenarios);
    }

    /** @return the known services, by key */
    public Map<String, KnownService> knownServices() {
        return Collections.unmodifiableMap(services);
    }

    /** @return the known organisations, by key */
    public Map<String, KnownOrganisation> knownOrganisations() {
        return Collections.unmodifiableMap(organisations);
    }

    /** @return the known organisation of that name (compared ignoring case and spacing), or {@code null} */
    public KnownOrganisation knownOrganisationNamed(String name) {
        return name == null ? null : organisationsByName.get(normalisedName(name));
    }

    /**
     * @return the organisations behind {@code service}: its provider first, then the provider's
     *         parents; from the known organisations it refers to, or, in a catalogue without them,
     *         from the service's own provider and parent fields (the DPF flag then belongs to the
     *         parent if there is one)
     */
    public List<KnownOrganisation> providerChain(KnownService service) {
        List<KnownOrganisation> chain = providerChains.get(service.getKey());
        return chain != null && services.get(service.getKey()) == service ? chain : chainOf(service);
    }

    private List<KnownOrganisation> chainOf(KnownService service) {
        List<KnownOrganisation> chain = new ArrayList<>(2);
        if (service.getProvider() != null && !service.getProvider().isBlank()) {
            Set<String> seen = new HashSet<>();
            for (KnownOrganisation o = organisations.get(service.getProvider()); o != null
                    && seen.add(o.getKey()); o = o.getParent() == null ? null : organisations.get(o.getParent())) {
                chain.add(o);
            }
            return List.copyOf(chain);
        }
        if (service.getProviderName() == null) {
            return List.of();
        }
        boolean parent = service.getParentName() != null;
        chain.add(legacy(service.getProviderName(), service.getProviderCountry(), !parent && service.isDpfCertified()));
        if (parent) {
            chain.add(legacy(service.getParentName(), service.getParentCountry(), service.isDpfCertified()));
        }
        return List.copyOf(chain);
    }

    private static KnownOrganisation legacy(String name, String country, boolean dpf) {
        KnownOrganisation o = privflow.model.PrivflowFactory.eINSTANCE.createKnownOrganisation();
        o.setName(name);
        o.setCountry(country);
        o.setDpfCertified(dpf);
        return o;
    }

    /** @return whether any organisation behind {@code service} is on the DPF list, whatever its dates */
    public boolean dpfCertified(KnownService service) {
        return dpfCertified(service, null);
    }

    /**
     * @return whether any organisation behind {@code service} was certified under the DPF on
     *         {@code date} ({@code null}: on any date)
     */
    public boolean dpfCertified(KnownService service, LocalDate date) {
        for (KnownOrganisation o : providerChain(service)) {
            if (dpfCertified(o, date)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code o} was certified under the DPF on {@code date}, within its dates */
    public boolean dpfCertified(KnownOrganisation o, LocalDate date) {
        return o.isDpfCertified() && withinDpf(date, o.getDpfCertifiedFrom(), o.getDpfCertifiedUntil());
    }

    /**
     * @return whether {@code o} was certified under the DPF on {@code date}: recorded as certified,
     *         on or after the first day of its certification (the model's date, else the
     *         catalogue's for an organisation of the same name) and of the framework itself, and
     *         not after the certification's last day
     */
    public boolean dpfCertified(Organisation o, LocalDate date) {
        if (!o.isDpfCertified()) {
            return false;
        }
        DpfPeriod period = dpfPeriod(o);
        return withinDpf(date, period.from(), period.until());
    }

    /**
     * When a DPF certification applies: from its first day (never before the framework's) to its
     * last, {@code until} being {@code null} while it runs.
     */
    public record DpfPeriod(LocalDate from, LocalDate until) {
    }

    /**
     * @return when {@code o}'s DPF certification applies: its dates in the model, else the
     *         catalogue's for an organisation of the same name, starting no earlier than the
     *         framework
     */
    public DpfPeriod dpfPeriod(Organisation o) {
        LocalDate from = o.getDpfCertifiedFrom();
        LocalDate until = o.getDpfCertifiedUntil();
        KnownOrganisation known = knownOrganisationNamed(o.getName());
        if (known != null) {
            from = from != null ? from : known.getDpfCertifiedFrom();
            until = until != null ? until : known.getDpfCertifiedUntil();
        }
        if (from == null || dpfStart != null && from.isBefore(dpfStart)) {
            from = dpfStart;
        }
        return new DpfPeriod(from, until);
    }

    /**
     * @return the day the framework began: the adoption of the adequacy decision for
     *         DPF-certified organisations, or {@code null} if no catalogue has it
     */
    public LocalDate dpfStart() {
        return dpfStart;
    }

    private boolean withinDpf(LocalDate date, LocalDate from, LocalDate until) {
        if (date == null) {
            return true;
        }
        return (dpfStart == null || !date.isBefore(dpfStart)) && (from == null || !date.isBefore(from))
                && (until == null || !date.isAfter(until));
    }

    /** @return {@code name} as organisations are matched: lower case, runs of spaces as one, no trailing dot */
    public static String normalisedName(String name) {
        String stripped = name.strip();
        String n = (singleSpaced(stripped) ? stripped : SPACES.matcher(stripped).replaceAll(" ")).toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n; //$NON-NLS-1$
    }

    /** @return whether {@code text} has no white space but single blanks (most names), so that no pattern need run */
    private static boolean singleSpaced(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i + 1 < n && text.charAt(i + 1) == ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** @return every adequacy decision, by key (including ones a scenario withdraws) */
    public Map<String, AdequacyDecision> adequacyDecisions() {
        return Collections.unmodifiableMap(decisionsByKey);
    }

    /** @return whether {@code country} (ISO 3166-1 alpha-2) is in the EEA */
    public boolean isEea(String country) {
        return eea.contains(country);
    }

    /**
     * @return the adequacy decision in force for {@code country} on {@code date} (adopted on or
     *         before it and not expired), or {@code null}
     */
    public AdequacyDecision adequacyInForce(String country, LocalDate date) {
        List<AdequacyDecision> decisions = decisionsByCountry.get(country);
        if (decisions == null) {
            return null;
        }
        AdequacyDecision best = null;
        for (AdequacyDecision d : decisions) {
            boolean adopted = d.getAdopted() == null || !d.getAdopted().isAfter(date);
            boolean valid = d.getValidUntil() == null || !d.getValidUntil().isBefore(date);
            if (adopted && valid && (best == null || later(d, best))) {
                best = d;
            }
        }
        return best;
    }

    /**
     * @return the most recent decision for {@code country} that had expired by {@code date}, if no
     *         decision is in force then; otherwise {@code null}
     */
    public AdequacyDecision expiredAdequacy(String country, LocalDate date) {
        if (adequacyInForce(country, date) != null) {
            return null;
        }
        AdequacyDecision best = null;
        for (AdequacyDecision d : decisionsByCountry.getOrDefault(country, List.of())) {
            if (d.getValidUntil() != null && d.getValidUntil().isBefore(date) && (best == null || later(d, best))) {
                best = d;
            }
        }
        return best;
    }

    private static boolean later(AdequacyDecision a, AdequacyDecision b) {
        return a.getAdopted() != null && (b.getAdopted() == null || a.getAdopted().isAfter(b.getAdopted()));
    }

    /** @return the as-of date of the newest catalogue, or {@code null} */
    public LocalDate asOf() {
        LocalDate newest = null;
        for (Catalogue c : catalogues) {
            if (c.getAsOf() != null && (newest == null || c.getAsOf().isAfter(newest))) {
                newest = c.getAsOf();
            }
        }
        return newest;
    }
}
