// SPDX-License-Identifier: EPL-2.0
package privflow.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import privflow.core.LegalFacts;
import privflow.model.DataFlowModel;
import privflow.model.KnownOrganisation;
import privflow.model.KnownService;
import privflow.model.Location;
import privflow.model.Organisation;
import privflow.model.PrivflowFactory;
import privflow.model.PrivflowPackage;
import privflow.model.Service;
import privflow.ui.internal.Messages;

/**
 * Services taken from the catalogue (WhatsApp, Slack, Microsoft 365, ...): pre-filled with their
 * provider entity and its parent, locations, contract and DPF status, and marked with their
 * catalogue entry so that a newer catalogue can refresh them.
 */
public final class CatalogueServices {

    private CatalogueServices() {
    }

    /**
     * @return the command that adds {@code known} to {@code model}, with its provider and the
     *         provider's parents as {@code facts} know them (reused if the model has them by name)
     */
    public static Command add(EditingDomain domain, DataFlowModel model, KnownService known, LegalFacts facts) {
        return add(domain, model, known, facts, null);
    }

    /** @return the command that adds {@code known} to {@code model} as a service with the id {@code serviceId} (or a new one) */
    public static Command add(EditingDomain domain, DataFlowModel model, KnownService known, LegalFacts facts,
            String serviceId) {
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Catalogue_AddCommand, known.getName()));
        List<Organisation> newOrganisations = new ArrayList<>();
        List<KnownOrganisation> chain = facts.providerChain(known);
        Organisation provider = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            provider = organisation(model, newOrganisations, chain.get(i), provider);
        }
        Service service = PrivflowFactory.eINSTANCE.createService();
        service.setId(serviceId);
        service.setName(known.getName());
        service.setProvider(provider);
        service.setCatalogueEntry(known.getKey());
        copyTerms(known, service);
        if (!newOrganisations.isEmpty()) {
            command.append(AddCommand.create(domain, model, PrivflowPackage.Literals.DATA_FLOW_MODEL__ORGANISATIONS, newOrganisations));
        }
        command.append(AddCommand.create(domain, model, PrivflowPackage.Literals.DATA_FLOW_MODEL__SERVICES, service));
        return command;
    }

    /** @return the command that sets {@code service}'s kind, contract, encryption and locations to what {@code known} says now */
    public static Command refresh(EditingDomain domain, Service service, KnownService known) {
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Catalogue_RefreshCommand, service.getName()));
        command.append(SetCommand.create(domain, service, PrivflowPackage.Literals.SERVICE__KIND, known.getKind()));
        command.append(SetCommand.create(domain, service, PrivflowPackage.Literals.SERVICE__CONTRACT, known.getContract()));
        command.append(
                SetCommand.create(domain, service, PrivflowPackage.Literals.SERVICE__END_TO_END_ENCRYPTED, known.isEndToEndEncrypted()));
        command.append(SetCommand.create(domain, service, PrivflowPackage.Literals.SERVICE__LOCATIONS, locations(known)));
        return command;
    }

    private static void copyTerms(KnownService known, Service service) {
        service.setKind(known.getKind());
        service.setContract(known.getContract());
        service.setEndToEndEncrypted(known.isEndToEndEncrypted());
        service.getLocations().addAll(locations(known));
    }

    private static Collection<Location> locations(KnownService known) {
        return EcoreUtil.copyAll(known.getLocations());
    }

    /**
     * The model's organisation of that name (one organisation, one set of facts), else a new one
     * with the catalogue's facts (remembered in {@code created}).
     */
    private static Organisation organisation(DataFlowModel model, List<Organisation> created, KnownOrganisation known,
            Organisation parent) {
        String name = LegalFacts.normalisedName(known.getName());
        for (Organisation o : model.getOrganisations()) {
            if (o.getName() != null && name.equals(LegalFacts.normalisedName(o.getName()))) {
                return o;
            }
        }
        for (Organisation o : created) {
            if (name.equals(LegalFacts.normalisedName(o.getName()))) {
                return o;
            }
        }
        Organisation o = PrivflowFactory.eINSTANCE.createOrganisation();
        o.setName(known.getName());
        o.setCountry(known.getCountry());
        o.setDpfCertified(known.isDpfCertified());
        o.setDpfCoversHr(known.isDpfCoversHr());
        o.setParent(parent);
        created.add(o);
        return o;
    }
}
