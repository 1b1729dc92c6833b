// SPDX-License-Identifier: EPL-2.0
package privflow.core.tests;

import java.time.LocalDate;

import privflow.model.ActivityRole;
import privflow.model.Channel;
import privflow.model.ContractType;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.DataKind;
import privflow.model.DataSubjectCategory;
import privflow.model.FlowEndpoint;
import privflow.model.LegalBasis;
import privflow.model.Location;
import privflow.model.Organisation;
import privflow.model.PrivflowFactory;
import privflow.model.ProcessingActivity;
import privflow.model.Role;
import privflow.model.Service;

/** Builds small models in code for focused rule tests; ids are readable names. */
final class ModelBuilder {

    static final PrivflowFactory F = PrivflowFactory.eINSTANCE;

    final DataFlowModel model = F.createDataFlowModel();
    final Organisation controller;
    final DataSubjectCategory customers;
    final DataCategory contact;
    final ProcessingActivity activity;

    ModelBuilder() {
        model.setId("model");
        model.setName("test");
        model.setAsOf(LocalDate.of(2026, 11, 24));
        controller = organisation("controller", "FI");
        customers = F.createDataSubjectCategory();
        customers.setId("customers");
        customers.setName("Customers");
        model.getDataSubjectCategories().add(customers);
        contact = category("contact", DataKind.CONTACT, false);
        activity = F.createProcessingActivity();
        activity.setId("activity");
        activity.setName("Customer service");
        activity.getPurposes().add("Serving customers");
        activity.setLegalBasis(LegalBasis.CONTRACT);
        activity.setRetention("Two years");
        activity.getSecurityMeasures().add("Access control");
        activity.setDataSubjectsInformed(true);
        activity.setPrivacyNoticeReference("Notice v1");
        activity.getDataSubjects().add(customers);
        activity.getDataCategories().add(contact);
        role(controller, Role.CONTROLLER);
        model.getActivities().add(activity);
    }

    Organisation organisation(String id, String country) {
        Organisation o = F.createOrganisation();
        o.setId(id);
        o.setName(id);
        o.setCountry(country);
        model.getOrganisations().add(o);
        return o;
    }

    DataCategory category(String id, DataKind kind, boolean special) {
        DataCategory c = F.createDataCategory();
        c.setId(id);
        c.setName(id);
        c.setKind(kind);
        c.setSpecialCategory(special);
        model.getDataCategories().add(c);
        return c;
    }

    Service service(String id, Organisation provider, String... countries) {
        Service s = F.createService();
        s.setId(id);
        s.setName(id);
        s.setProvider(provider);
        s.setContract(ContractType.BUSINESS_DPA);
        s.setEncryptedInTransit(true);
        for (String country : countries) {
            location(s, country, false);
        }
        model.getServices().add(s);
        return s;
    }

    Location location(Service s, String country, boolean remote) {
        Location l = F.createLocation();
        l.setCountry(country);
        l.setRemoteAccessOnly(remote);
        s.getLocations().add(l);
        return l;
    }

    DataFlow flow(String id, FlowEndpoint source, FlowEndpoint target, DataCategory... categories) {
        DataFlow f = F.createDataFlow();
        f.setId(id);
        f.setName(id);
        f.setSource(source);
        f.setTarget(target);
        f.setActivity(activity);
        f.setChannel(Channel.API);
        for (DataCategory c : categories.length == 0 ? new DataCategory[]{contact} : categories) {
            f.getDataCategories().add(c);
        }
        model.getFlows().add(f);
        return f;
    }

    void role(Organisation o, Role role) {
        ActivityRole r = F.createActivityRole();
        r.setOrganisation(o);
        r.setRole(role);
        activity.getRoles().add(r);
    }
}
