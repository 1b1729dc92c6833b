// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import privflow.core.LegalFacts;
import privflow.core.Transfer;
import privflow.model.Accessor;
import privflow.model.AdequacyDecision;
import privflow.model.Location;
import privflow.model.Organisation;
import privflow.model.Service;

/**
 * The third-country destinations of each service, its sub-processor chain included, computed once
 * per service and cached (safely shared by threads analysing flows at once). Cycles in the chain
 * are cut; the shortest path to each service is kept.
 */
public final class Destinations {

    private final LegalFacts facts;
    private final java.util.function.Function<String, AdequacyDecision> adequacy;
    private final Map<Service, List<Destination>> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param adequacy the decision in force for a country on the analysis' date */
    public Destinations(LegalFacts facts, java.util.function.Function<String, AdequacyDecision> adequacy) {
        this.facts = facts;
        this.adequacy = adequacy;
    }

    /** Destinations of every service worked out in advance, read without locking; {@code null} if none were. */
    private volatile Map<Service, List<Destination>> known;

    /** Forgets what is cached, e.g. after {@code service} or its chain changed. */
    public void clear() {
        cache.clear();
        known = null;
    }

    /**
     * Works out the destinations of {@code services} at once, in parallel, so that threads analysing
     * flows then only read them (much faster than all of them filling one shared cache).
     */
    public void computeAll(List<Service> services) {
        List<List<Destination>> all = services.parallelStream().map(this::compute).toList();
        Map<Service, List<Destination>> map = java.util.HashMap.newHashMap(services.size());
        for (int i = 0; i < services.size(); i++) {
            map.put(services.get(i), all.get(i));
        }
        known = map;
    }

    /** @return where data sent to {@code service} ends up outside the EEA */
    public List<Destination> of(Service service) {
        Map<Service, List<Destination>> ready = known;
        if (ready != null) {
            List<Destination> found = ready.get(service);
            if (found != null) {
                return found;
            }
        }
        List<Destination> result = cache.get(service);
        if (result == null) {
            result = compute(service);
            cache.put(service, result);
        }
        return result;
    }

    private List<Destination> compute(Service root) {
        Map<Key, Destination> found = new LinkedHashMap<>();
        Map<Service, List<Service>> chains = new LinkedHashMap<>();
        ArrayDeque<Service> queue = new ArrayDeque<>();
        Set<Service> seen = new HashSet<>();
        chains.put(root, List.of(root));
        queue.add(root);
        seen.add(root);
        while (!queue.isEmpty()) {
            Service service = queue.poll();
            List<Service> chain = chains.get(service);
            boolean onward = service != root;
            for (Location location : service.getLocations()) {
                String country = location.getCountry();
                if (country == null || country.isEmpty() || facts.isEea(country)) {
                    continue;
                }
                if (location.isRemoteAccessOnly() && location.getAccessedBy() == Accessor.CONTROLLER_STAFF) {
                    // The controller's own staff abroad are the controller: no transfer (EDPB Guidelines 05/2021).
                    continue;
                }
                Transfer.Kind kind = onward
                        ? Transfer.Kind.ONWARD
                        : location.isRemoteAccessOnly() ? Transfer.Kind.REMOTE_ACCESS : Transfer.Kind.STORAGE;
                put(found, new Destination(service, country, kind, importerIn(service, country), chain,
                        adequacy.apply(country), location.isRemoteAccessOnly() ? location.getAccessedBy() : Accessor.UNSPECIFIED));
            }
            Organisation provider = service.getProvider();
            if (provider != null && provider.getCountry() != null && !provider.getCountry().isEmpty()
                    && !facts.isEea(provider.getCountry())) {
                Transfer.Kind kind = onward ? Transfer.Kind.ONWARD : Transfer.Kind.LEGAL_ENTITY;
                put(found, new Destination(service, provider.getCountry(), kind, provider, chain,
                        adequacy.apply(provider.getCountry()), Accessor.UNSPECIFIED));
            }
            for (Service sub : service.getSubProcessors()) {
                if (seen.add(sub)) {
                    List<Service> subChain = new ArrayList<>(chain.size() + 1);
                    subChain.addAll(chain);
                    subChain.add(sub);
                    chains.put(sub, List.copyOf(subChain));
                    queue.add(sub);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private record Key(Service service, String country, Transfer.Kind kind) {
    }

    private static void put(Map<Key, Destination> found, Destination d) {
        found.putIfAbsent(new Key(d.service(), d.country(), d.kind()), d);
    }

    /** @return the provider or the first of its parents established in {@code country}, or {@code null} */
    static Organisation importerIn(Service service, String country) {
        Set<Organisation> seen = new HashSet<>();
        for (Organisation o = service.getProvider(); o != null && seen.add(o); o = o.getParent()) {
            if (country.equals(o.getCountry())) {
                return o;
            }
        }
        return null;
    }
}
