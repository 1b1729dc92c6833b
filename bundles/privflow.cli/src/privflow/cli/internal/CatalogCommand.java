// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;
import privflow.core.Catalogues;
import privflow.core.Finding;
import privflow.core.LegalFacts;
import privflow.model.AdequacyDecision;
import privflow.model.Catalogue;
import privflow.model.CountryEntry;
import privflow.model.KnownOrganisation;
import privflow.model.KnownService;
import privflow.model.Location;
import privflow.model.Scenario;
import privflow.model.io.ModelLoadException;
import privflow.edit.Labels;

/** {@code privflow catalog [COUNTRY|SERVICE]}: what the catalogues say, and as of when. */
@Command(name = "catalog", aliases = "catalogue", mixinStandardHelpOptions = true, sortOptions = false)
final class CatalogCommand extends ModelCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "COUNTRY|SERVICE", descriptionKey = "catalog.query")
    String query;

    private Locale locale;
    private LocalDate date;

    @Override
    public Integer call() {
        locale = locale();
        date = options.asOf != null ? options.asOf : LocalDate.now();
        LegalFacts facts;
        try {
            facts = Catalogues.facts(options.catalogue, null);
        } catch (ModelLoadException e) {
            throw new InputException(e.getMessage(), e);
        }
        PrintWriter out = out();
        if (query == null) {
            overview(out, facts);
        } else if (!country(out, facts) && !services(out, facts)) {
            throw new InputException(Messages.format(locale, "Error_CatalogNoMatch", query, //$NON-NLS-1$
                    String.join(", ", facts.knownServices().keySet()))); //$NON-NLS-1$
        }
        out.flush();
        return Main.OK;
    }

    private void overview(PrintWriter out, LegalFacts facts) {
        out.println(Messages.get(locale, "Catalog_Catalogues")); //$NON-NLS-1$
        for (Catalogue c : facts.catalogues()) {
            out.println("  - " + Messages.format(locale, "Explain_CatalogueEntry", Catalogues.name(c, locale), c.getAsOf(), //$NON-NLS-1$ //$NON-NLS-2$
                    String.join("; ", Catalogues.sources(c, locale)))); //$NON-NLS-1$
        }
        long eea = facts.catalogues().stream().flatMap(c -> c.getCountries().stream()).map(CountryEntry::getCode)
                .distinct().filter(facts::isEea).count();
        out.println();
        out.println(Messages.format(locale, "Catalog_Counts", eea, facts.adequacyDecisions().size(), //$NON-NLS-1$
                facts.knownServices().size(), facts.scenarios().size()));
        out.println();
        out.println(Messages.format(locale, "Catalog_InForce", date)); //$NON-NLS-1$
        List<String> inForce = new ArrayList<>();
        for (AdequacyDecision d : facts.adequacyDecisions().values()) {
            if (facts.adequacyInForce(d.getCountry(), date) == d) {
                inForce.add(d.getKey().equals(d.getCountry()) ? d.getKey() : d.getCountry() + " (" + d.getKey() + ')'); //$NON-NLS-1$
            }
        }
        out.println("  " + String.join(", ", inForce)); //$NON-NLS-1$ //$NON-NLS-2$
        out.println();
        out.println(Messages.get(locale, "Catalog_Services")); //$NON-NLS-1$
        for (KnownService s : facts.knownServices().values()) {
            out.println("  " + s.getKey() + " \u2014 " + s.getName()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.println();
        out.println(Messages.get(locale, "Catalog_Scenarios")); //$NON-NLS-1$
        for (Scenario s : facts.scenarios().values()) {
            String name = new Finding.Translated(s.getName(), s.getNameFi()).render(locale);
            out.println("  " + s.getKey() + " \u2014 " + name); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private boolean country(PrintWriter out, LegalFacts facts) {
        String code = query.toUpperCase(Locale.ROOT);
        boolean known = code.length() == 2 && (facts.catalogues().stream().flatMap(c -> c.getCountries().stream())
                .anyMatch(c -> c.getCode().equals(code))
                || facts.adequacyDecisions().values().stream().anyMatch(d -> code.equals(d.getCountry()))
                || java.util.Arrays.asList(Locale.getISOCountries()).contains(code));
        if (!known) {
            return false;
        }
        out.println(Messages.format(locale, facts.isEea(code) ? "Catalog_CountryEea" : "Catalog_CountryThird", //$NON-NLS-1$ //$NON-NLS-2$
                new Finding.Country(code).render(locale)));
        AdequacyDecision inForce = facts.adequacyInForce(code, date);
        List<String> decisions = facts.adequacyDecisions().values().stream().filter(d -> code.equals(d.getCountry()))
                .map(d -> decision(d, d == inForce, locale)).toList();
        if (!facts.isEea(code)) {
            out.println(Messages.format(locale, decisions.isEmpty() ? "Catalog_NoDecisions" : "Catalog_Decisions", date)); //$NON-NLS-1$ //$NON-NLS-2$
            decisions.forEach(d -> out.println("  - " + d)); //$NON-NLS-1$
        }
        List<KnownService> services = facts.knownServices().values().stream()
                .filter(s -> code.equals(s.getProviderCountry()) || code.equals(s.getParentCountry())
                        || s.getLocations().stream().anyMatch(l -> code.equals(l.getCountry())))
                .toList();
        if (!services.isEmpty()) {
            out.println(Messages.get(locale, "Catalog_ServicesThere")); //$NON-NLS-1$
            services.forEach(s -> out.println("  - " + s.getKey() + " \u2014 " + s.getName())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return true;
    }

    private boolean services(PrintWriter out, LegalFacts facts) {
        String q = query.toLowerCase(Locale.ROOT);
        KnownService exact = facts.knownServices().get(q);
        List<KnownService> matches = exact != null
                ? List.of(exact)
                : facts.knownServices().values().stream()
                        .filter(s -> s.getKey().contains(q) || (s.getName() != null && s.getName().toLowerCase(Locale.ROOT).contains(q)))
                        .toList();
        for (KnownService s : matches) {
            service(out, facts, s);
        }
        return !matches.isEmpty();
    }

    private void service(PrintWriter out, LegalFacts facts, KnownService s) {
        out.println(s.getKey() + " \u2014 " + s.getName()); //$NON-NLS-1$
        List<KnownOrganisation> chain = facts.providerChain(s);
        KnownOrganisation provider = chain.isEmpty() ? null : chain.get(0);
        String parents = chain.size() < 2
                ? "-" //$NON-NLS-1$
                : chain.subList(1, chain.size()).stream().map(o -> o.getName() + " (" + o.getCountry() + ')') //$NON-NLS-1$
                        .collect(Collectors.joining(", ")); //$NON-NLS-1$
        out.println("  " + Messages.format(locale, "Catalog_ServiceProvider", Labels.of(s.getKind(), locale), //$NON-NLS-1$ //$NON-NLS-2$
                provider == null ? "-" : provider.getName(), provider == null ? "-" : provider.getCountry(), parents)); //$NON-NLS-1$ //$NON-NLS-2$
        out.println("  " + Messages.format(locale, "Catalog_ServiceTerms", yes(facts.dpfCertified(s, date)), yes(s.isBusinessDpa()), //$NON-NLS-1$ //$NON-NLS-2$
                Labels.of(s.getContract(), locale), yes(s.isEndToEndEncrypted())));
        String locations = s.getLocations().stream().map(this::location).collect(Collectors.joining("; ")); //$NON-NLS-1$
        out.println("  " + Messages.format(locale, "Catalog_ServiceLocations", locations)); //$NON-NLS-1$ //$NON-NLS-2$
        out.println("  " + Messages.format(locale, "Catalog_ServiceSource", //$NON-NLS-1$
                new Finding.Translated(String.valueOf(s.getSource()), s.getSourceFi()).render(locale),
                s.getChecked() == null ? "-" : s.getChecked())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String location(Location l) {
        String purpose = new Finding.Translated(l.getPurpose(), l.getPurposeFi()).render(locale);
        String text = l.getCountry() + (purpose.isEmpty() ? "" : " (" + purpose + ')'); //$NON-NLS-1$ //$NON-NLS-2$
        return l.isRemoteAccessOnly() ? Messages.format(locale, "Catalog_RemoteOnly", text) : text; //$NON-NLS-1$
    }

    private String yes(boolean value) {
        return Messages.get(locale, value ? "Value_Yes" : "Value_No"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return one line about an adequacy decision: key, scope, dates, source, whether in force */
    static String decision(AdequacyDecision d, boolean inForce, Locale locale) {
        return Messages.format(locale, "Catalog_Decision", d.getKey(), Labels.of(d.getScope(), locale), //$NON-NLS-1$
                d.getDecisionId() == null || d.getDecisionId().isBlank() ? Messages.get(locale, "Catalog_NoNumber") : d.getDecisionId(), //$NON-NLS-1$
                d.getAdopted() == null ? "-" : d.getAdopted(), //$NON-NLS-1$
                d.getValidUntil() == null
                        ? Messages.get(locale, "Catalog_NoEnd") //$NON-NLS-1$
                        : Messages.format(locale, "Catalog_ValidUntil", d.getValidUntil()), //$NON-NLS-1$
                new Finding.Translated(String.valueOf(d.getSource()), d.getSourceFi()).render(locale),
                Messages.get(locale, inForce ? "Catalog_InForceYes" : "Catalog_InForceNo")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
