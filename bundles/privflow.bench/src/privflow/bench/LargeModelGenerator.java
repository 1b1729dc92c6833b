// SPDX-License-Identifier: EPL-2.0
package privflow.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import privflow.model.ActivityRole;
import privflow.model.Channel;
import privflow.model.ContractType;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.DataKind;
import privflow.model.DataSubjectCategory;
import privflow.model.FlowEndpoint;
import privflow.model.Frequency;
import privflow.model.Identified;
import privflow.model.LegalBasis;
import privflow.model.Location;
import privflow.model.Organisation;
import privflow.model.PrivflowFactory;
import privflow.model.ProcessingActivity;
import privflow.model.Role;
import privflow.model.SccModule;
import privflow.model.Service;
import privflow.model.ServiceKind;
import privflow.model.StandardContractualClauses;
import privflow.model.io.ModelStore;

/**
 * Generates large, realistic-looking models for benchmarks and property tests: the same seed and
 * sizes always give the same model (ids included), so the generated file is reproducible and
 * need not be committed.
 */
public final class LargeModelGenerator {

    private static final PrivflowFactory F = PrivflowFactory.eINSTANCE;

    /** Countries drawn for locations, weighted towards the EEA as in a European organisation. */
    private static final String[] COUNTRIES = {"FI", "FI", "FI", "SE", "DE", "DE", "IE", "IE", "NL", "FR", "EE", "NO",
            "US", "US", "US", "GB", "CH", "IN", "JP", "CA", "BR", "CN", "SG", "AU"};

    private final Random random;

    /** @param seed the seed; the same seed gives the same model */
    public LargeModelGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param services number of services (organisations are a fifth of that)
     * @param flows number of data flows
     * @param activities number of processing activities
     * @return a new model, not attached to a resource
     */
    public DataFlowModel generate(int services, int flows, int activities) {
        DataFlowModel model = F.createDataFlowModel();
        id(model);
        model.setName("Generated model: " + services + " services, " + flows + " flows");
        model.setAsOf(LocalDate.of(2026, 11, 24));

        List<Organisation> organisations = new ArrayList<>();
        for (int i = 0; i < Math.max(2, services / 5); i++) {
            Organisation o = F.createOrganisation();
            id(o);
            o.setName("Organisation " + i);
            o.setCountry(pick(COUNTRIES));
            o.setDpfCertified("US".equals(o.getCountry()) && random.nextInt(3) > 0);
            organisations.add(o);
        }
        model.getOrganisations().addAll(organisations);

        List<DataCategory> categories = new ArrayList<>();
        DataKind[] kinds = DataKind.values();
        for (int i = 0; i < 40; i++) {
            DataCategory c = F.createDataCategory();
            id(c);
            c.setName("Data category " + i);
            c.setKind(kinds[i % kinds.length]);
            c.setSpecialCategory(c.getKind() == DataKind.HEALTH);
            categories.add(c);
        }
        model.getDataCategories().addAll(categories);

        List<DataSubjectCategory> subjects = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            DataSubjectCategory s = F.createDataSubjectCategory();
            id(s);
            s.setName("Data subjects " + i);
            subjects.add(s);
        }
        model.getDataSubjectCategories().addAll(subjects);

        List<Service> serviceList = new ArrayList<>();
        ServiceKind[] serviceKinds = ServiceKind.values();
        ContractType[] contracts = ContractType.values();
        for (int i = 0; i < services; i++) {
            Service s = F.createService();
            id(s);
            s.setName("Service " + i);
            s.setKind(serviceKinds[1 + random.nextInt(serviceKinds.length - 1)]);
            s.setProvider(pick(organisations));
            s.setContract(random.nextInt(10) < 8 ? ContractType.BUSINESS_DPA : contracts[random.nextInt(contracts.length)]);
            s.setEncryptedInTransit(random.nextInt(10) > 0);
            s.setEncryptedAtRest(random.nextBoolean());
            int locations = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(3);
            for (int l = 0; l < locations; l++) {
                Location location = F.createLocation();
                location.setCountry(pick(COUNTRIES));
                location.setRemoteAccessOnly(l > 0 && random.nextBoolean());
                location.setPurpose(l == 0 ? "hosting" : "support");
                s.getLocations().add(location);
            }
            if (i > 0 && random.nextInt(4) == 0) {
                s.getSubProcessors().add(serviceList.get(random.nextInt(i)));
            }
            serviceList.add(s);
        }
        for (int i = 0; i < services / 200; i++) {
            // A few cycles, as bad input has them.
            Service a = pick(serviceList);
            Service b = pick(serviceList);
            a.getSubProcessors().add(b);
            b.getSubProcessors().add(a);
        }
        model.getServices().addAll(serviceList);

        List<ProcessingActivity> activityList = new ArrayList<>();
        LegalBasis[] bases = LegalBasis.values();
        for (int i = 0; i < activities; i++) {
            ProcessingActivity a = F.createProcessingActivity();
            id(a);
            a.setName("Processing activity " + i);
            a.getPurposes().add("Purpose of activity " + i);
            a.setLegalBasis(bases[random.nextInt(bases.length)]);
            a.getDataSubjects().add(pick(subjects));
            a.getDataCategories().add(pick(categories));
            a.getDataCategories().add(pick(categories));
            if (random.nextInt(5) > 0) {
                a.setRetention("Five years after the end of the relationship");
                a.getSecurityMeasures().add("Access control");
            }
            a.setDataSubjectsInformed(random.nextInt(6) > 0);
            ActivityRole role = F.createActivityRole();
            role.setOrganisation(organisations.get(0));
            role.setRole(Role.CONTROLLER);
            a.getRoles().add(role);
            activityList.add(a);
        }
        model.getActivities().addAll(activityList);

        Channel[] channels = Channel.values();
        for (int i = 0; i < flows; i++) {
            DataFlow f = F.createDataFlow();
            id(f);
            f.setName("Flow " + i);
            FlowEndpoint source = random.nextInt(3) == 0 ? pick(subjects) : pick(serviceList);
            f.setSource(source);
            f.setTarget(pick(serviceList));
            f.getDataCategories().add(pick(categories));
            if (random.nextBoolean()) {
                f.getDataCategories().add(pick(categories));
            }
            f.setActivity(pick(activityList));
            f.setChannel(channels[random.nextInt(channels.length)]);
            f.setFrequency(random.nextInt(10) == 0 ? Frequency.OCCASIONAL : Frequency.REGULAR);
            if (random.nextInt(8) == 0) {
                StandardContractualClauses scc = F.createStandardContractualClauses();
                id(scc);
                scc.setModule(SccModule.get(random.nextInt(5)));
                scc.setTiaDate(LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1));
                f.setSafeguard(scc);
            }
            model.getFlows().add(f);
        }
        return model;
    }

    private void id(Identified element) {
        element.setId(new UUID(random.nextLong(), random.nextLong()).toString());
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * Writes a generated model. Arguments: output file, services, flows, activities, seed.
     * Example: {@code large.privflow 5000 50000 2000 1}.
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "large.privflow");
        int services = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int flows = args.length > 2 ? Integer.parseInt(args[2]) : 50000;
        int activities = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1L;
        ModelStore.save(new LargeModelGenerator(seed).generate(services, flows, activities), out);
        System.out.println("privflow: wrote " + out + " (" + services + " services, " + flows + " flows, " + activities
                + " activities, seed " + seed + ")");
    }
}
