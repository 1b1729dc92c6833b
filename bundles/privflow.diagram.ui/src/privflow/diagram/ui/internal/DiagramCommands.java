// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.core.LegalFacts;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.FlowEndpoint;
import privflow.model.KnownService;
import privflow.model.Named;
import privflow.model.PrivflowFactory;
import privflow.model.PrivflowPackage;
import privflow.model.Service;
import privflow.model.ServiceKind;
import privflow.model.io.PrivflowResource;
import privflow.ui.editor.CatalogueServices;

/**
 * The diagram's edits as commands for the model editor's command stack: each one changes the
 * model and the node positions together, so that one undo takes back both. Any edit on the
 * diagram keeps every node where the user sees it (all positions are pinned from then on).
 */
final class DiagramCommands {

    /** What the palette creates. */
    enum NodeType {
        ORGANISATION, SERVICE, DATA_STORE, SUBJECTS
    }

    private final EditingDomain domain;
    private final DataFlowModel model;
    private final DiagramDocument document;
    private final DiagramLayout shown;

    /** @param shown the layout the user sees now, whose positions an edit pins */
    DiagramCommands(EditingDomain domain, DataFlowModel model, DiagramDocument document, DiagramLayout shown) {
        this.domain = domain;
        this.model = model;
        this.document = document;
        this.shown = shown;
    }

    /** @return the command that creates a node of {@code type} named {@code name} with its top left corner at {@code at} */
    Command create(NodeType type, String name, DiagramLayout.Point at) {
        EObject element;
        PrivflowPackage p = PrivflowPackage.eINSTANCE;
        Command add;
        switch (type) {
            case ORGANISATION -> {
                element = PrivflowFactory.eINSTANCE.createOrganisation();
                add = AddCommand.create(domain, model, p.getDataFlowModel_Organisations(), element);
            }
            case SUBJECTS -> {
                element = PrivflowFactory.eINSTANCE.createDataSubjectCategory();
                add = AddCommand.create(domain, model, p.getDataFlowModel_DataSubjectCategories(), element);
            }
            default -> {
                Service service = PrivflowFactory.eINSTANCE.createService();
                if (type == NodeType.DATA_STORE) {
                    service.setKind(ServiceKind.DATA_STORE);
                }
                element = service;
                add = AddCommand.create(domain, model, p.getDataFlowModel_Services(), element);
            }
        }
        Named named = (Named) element;
        named.setId(PrivflowResource.newId());
        named.setName(name);
        CompoundCommand command = compound(NLS.bind(Messages.Command_Create, name));
        command.append(add);
        command.append(new PositionsCommand(command.getLabel(), document, withNode(named.getId(), at, name), List.of(element)));
        return command;
    }

    /** @return the command that adds the catalogue's {@code known} service (with its provider) at {@code at} */
    Command create(KnownService known, LegalFacts facts, DiagramLayout.Point at) {
        String id = PrivflowResource.newId();
        CompoundCommand command = compound(NLS.bind(Messages.Command_Create, known.getName()));
        command.append(CatalogueServices.add(domain, model, known, facts, id));
        command.append(new PositionsCommand(command.getLabel(), document, withNode(id, at, known.getName()), () -> {
            EObject service = model.eResource() == null ? null : model.eResource().getEObject(id);
            return service == null ? List.of() : List.of(service);
        }));
        return command;
    }

    private Map<String, Box> withNode(String id, DiagramLayout.Point at, String label) {
        Map<String, Box> boxes = pinned();
        boxes.put(id, new Box(at.x(), at.y(), DiagramLayout.nodeWidth(label), DiagramLayout.NODE_HEIGHT));
        return boxes;
    }

    /** @return the command that adds a flow from {@code source} to {@code target} */
    Command connect(FlowEndpoint source, FlowEndpoint target) {
        DataFlow flow = PrivflowFactory.eINSTANCE.createDataFlow();
        flow.setId(PrivflowResource.newId());
        flow.setSource(source);
        flow.setTarget(target);
        flow.setName(NLS.bind(Messages.Command_FlowName, source.getName(), target.getName()));
        CompoundCommand command = compound(Messages.Command_Connect);
        command.append(AddCommand.create(domain, model, PrivflowPackage.Literals.DATA_FLOW_MODEL__FLOWS, flow));
        command.append(new PositionsCommand(command.getLabel(), document, pinned(), List.of(flow)));
        return command;
    }

    /** @return the command that moves the source (or the target) end of {@code flow} to {@code end} */
    Command reconnect(DataFlow flow, boolean source, FlowEndpoint end) {
        CompoundCommand command = compound(Messages.Command_Reconnect);
        command.append(SetCommand.create(domain, flow,
                source ? PrivflowPackage.Literals.DATA_FLOW__SOURCE : PrivflowPackage.Literals.DATA_FLOW__TARGET, end));
        command.append(new PositionsCommand(command.getLabel(), document, pinned(), List.of(flow)));
        return command;
    }

    /** @return the command that renames {@code element} */
    Command rename(Named element, String name) {
        CompoundCommand command = compound(NLS.bind(Messages.Command_Rename, name));
        command.append(SetCommand.create(domain, element, PrivflowPackage.Literals.NAMED__NAME, name));
        command.append(new PositionsCommand(command.getLabel(), document, pinned(), List.of(element)));
        return command;
    }

    /** @return the command that gives the nodes in {@code moved} their new bounds */
    Command move(Map<String, Box> moved, Collection<?> elements) {
        Map<String, Box> boxes = pinned();
        boxes.putAll(moved);
        return new PositionsCommand(Messages.Command_Move, document, boxes, elements);
    }

    /** @return the command that lays the diagram out automatically again (forgets every position) */
    Command autoLayout() {
        return new PositionsCommand(Messages.Command_AutoLayout, document, Map.of(), List.of());
    }

    /**
     * @return the command that deletes the diagram elements with {@code ids}: nodes with the flows
     *         that touch them, flows, and sub-processor relations ({@code service>sub}); or
     *         {@code null} if none of them can be deleted
     */
    Command delete(Collection<String> ids) {
        Resource resource = model.eResource();
        Set<EObject> elements = new LinkedHashSet<>();
        List<Command> relations = new ArrayList<>();
        for (String id : ids) {
            int arrow = id.indexOf('>');
            if (arrow > 0) {
                EObject from = resource.getEObject(id.substring(0, arrow));
                EObject to = resource.getEObject(id.substring(arrow + 1));
                if (from instanceof Service service && to instanceof Service sub) {
                    relations.add(RemoveCommand.create(domain, service, PrivflowPackage.Literals.SERVICE__SUB_PROCESSORS, sub));
                }
            } else if (resource.getEObject(id) instanceof EObject element && element != model) {
                elements.add(element);
            }
        }
        for (DataFlow flow : model.getFlows()) {
            if (elements.contains(flow.getSource()) || elements.contains(flow.getTarget())) {
                elements.add(flow);
            }
        }
        if (elements.isEmpty() && relations.isEmpty()) {
            return null;
        }
        CompoundCommand command = compound(Messages.Command_Delete);
        relations.forEach(command::append);
        if (!elements.isEmpty()) {
            command.append(DeleteCommand.create(domain, elements));
        }
        command.append(new PositionsCommand(command.getLabel(), document, pinned(), List.of()));
        return command;
    }

    /** @return a compound command whose affected objects (selected after it ran) are its last part's: what the edit made or changed */
    private static CompoundCommand compound(String label) {
        return new CompoundCommand(label) {
            @Override
            public Collection<?> getAffectedObjects() {
                return commandList.isEmpty() ? List.of() : commandList.get(commandList.size() - 1).getAffectedObjects();
            }
        };
    }

    /** @return every node's bounds as shown now: an edit keeps the diagram as the user sees it */
    private Map<String, Box> pinned() {
        return new LinkedHashMap<>(shown.nodes());
    }
}
