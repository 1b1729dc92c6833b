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

import privflow.model.DataFlowModel;
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

    /** @return the command that adds {@code known} to {@code model}, with its provider (reused if the model has it by name) */
    public static Command add(EditingDomain domain, DataFlowModel model, KnownService known) {
        return add(domain, model, known, null);
    }

    /** @return the command that adds {@code known} to {@code model} as a service with the id {@code serviceId} (or a new one) */
    public static Command add(EditingDomain domain, DataFlowModel model, KnownService known, String serviceId) {
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Catalogue_AddCommand, known.getName()));
        List<Organisation> newOrganisations = new ArrayList<>();
        Organisation parent = known.getParentName() == null
                ? null
                : organisation(model, newOrganisations, known.getParentName(), known.getParentCountry(), known.isDpfCertified(), null);
        Organisation provider = organisation(model, newOrganisations, known.getProviderName(), known.getProviderCountry(),
                parent == null && known.isDpfCertified(), parent);
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

    /** The model's organisation of that name, else a new one (remembered in {@code created}). */
    private static Organisation organisation(DataFlowModel model, List<Organisation> created, String name, String country,
            boolean dpfCertified, Organisation parent) {
        for (Organisation o : model.getOrganisations()) {
            if (name.equals(o.getName())) {
                return o;
            }
        }
        Organisation o = PrivflowFactory.eINSTANCE.createOrganisation();
        o.setName(name);
        o.setCountry(country);
        o.setDpfCertified(dpfCertified);
        o.setParent(parent);
        created.add(o);
        return o;
    }
}
