// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.Identified;
import privflow.model.Location;
import privflow.model.PrivflowFactory;
import privflow.model.ProcessingActivity;
import privflow.model.Service;
import privflow.model.io.ModelStore;
import privflow.model.merge.Conflict;
import privflow.model.merge.ModelMerge;
import privflow.model.merge.Side;

class ModelMergeTest {

    private static final String SLACK = "817dc06f-62bb-5793-9339-9ee406469b4b";
    private static final String CRM = "78af7224-2a6b-5b22-a630-ea21bd289b9d";
    private static final String CUSTOMER_SERVICE = "a82b2c2a-18f6-5f47-b873-421e000893c0";
    private static final String TEAM_CHAT = "14639303-5d1a-5454-9fed-e7c4bd8416e5";
    private static final String CONTACT_DETAILS = "9759f12b-5366-5c71-bc9f-2b5c3958f1b6";
    private static final String WORK_MESSAGES = "fd3b02d7-474b-5d8c-a48c-c7c543a887eb";

    private DataFlowModel base;
    private DataFlowModel ours;
    private DataFlowModel theirs;

    @BeforeEach
    void load() throws Exception {
        base = ModelStore.load(Examples.file("midsize-company.privflow"));
        ours = EcoreUtil.copy(base);
        theirs = EcoreUtil.copy(base);
    }

    @SuppressWarnings("unchecked")
    private static <T extends EObject> T find(DataFlowModel model, String id) {
        for (var it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified element && id.equals(element.getId())) {
                return (T) element;
            }
        }
        return null;
    }

    private List<Conflict> merge(Side side) {
        return ModelMerge.merge(base, ours, theirs, c -> side);
    }

    @Test
    void editsOfDifferentAttributesOfOneElementBothLand() throws Exception {
        this.<Service>find(ours, SLACK).setName("Slack (company workspace)");
        this.<Service>find(theirs, SLACK).setEncryptedAtRest(false);
        this.<Service>find(theirs, SLACK).setContractReference("Slack DPA 2026");

        assertEquals(List.of(), merge(Side.OURS));

        Service slack = find(ours, SLACK);
        assertEquals("Slack (company workspace)", slack.getName());
        assertFalse(slack.isEncryptedAtRest());
        assertEquals("Slack DPA 2026", slack.getContractReference());
        assertReloadsIdentically(ours);
    }

    @Test
    void twoEditsOfOneAttributeAreAConflictThatKeepsOursUnlessTheirsIsChosen() throws Exception {
        this.<Service>find(ours, SLACK).setName("Slack A");
        this.<Service>find(theirs, SLACK).setName("Slack B");
        DataFlowModel oursAgain = EcoreUtil.copy(ours);

        List<Conflict> conflicts = merge(Side.OURS);

        assertEquals(1, conflicts.size());
        Conflict c = conflicts.get(0);
        assertEquals(Conflict.Kind.BOTH_CHANGED, c.kind());
        assertEquals(SLACK, c.id());
        assertEquals("name", c.feature());
        assertEquals("Slack", c.base());
        assertEquals("Slack A", c.ours());
        assertEquals("Slack B", c.theirs());
        assertEquals(SLACK + ":name", c.key());
        assertEquals("Slack A", this.<Service>find(ours, SLACK).getName());

        ModelMerge.merge(base, oursAgain, theirs, k -> Side.THEIRS);
        assertEquals("Slack B", this.<Service>find(oursAgain, SLACK).getName());
    }

    @Test
    void anEditOfAnElementTheOtherSideDeletedIsAConflictAndTheElementStays() throws Exception {
        this.<Service>find(ours, CRM).setContractReference("CRM DPA v2");
        DataFlowModel oursAgain = EcoreUtil.copy(ours);
        EcoreUtil.delete(find(theirs, CRM), true);

        List<Conflict> conflicts = merge(Side.OURS);

        assertEquals(Conflict.Kind.CHANGED_DELETED, conflicts.get(0).kind());
        assertEquals(CRM, conflicts.get(0).id());
        assertNull(conflicts.get(0).theirs());
        Service crm = find(ours, CRM);
        assertEquals("CRM DPA v2", crm.getContractReference());
        assertReloadsIdentically(ours);

        ModelMerge.merge(base, oursAgain, theirs, k -> Side.THEIRS);
        assertNull(find(oursAgain, CRM));
        assertReloadsIdentically(oursAgain);
    }

    @Test
    void aDeletionOnOneSideAndNoEditOnTheOtherIsClean() throws Exception {
        DataFlow teamChat = find(theirs, TEAM_CHAT);
        EcoreUtil.remove(teamChat);
        this.<Service>find(ours, SLACK).setDescription("Internal chat");

        assertEquals(List.of(), merge(Side.OURS));

        assertNull(find(ours, TEAM_CHAT));
        assertEquals("Internal chat", this.<Service>find(ours, SLACK).getDescription());
    }

    @Test
    void whatTheySayOfAnElementWeDeletedComesBackWhenTheirsIsChosen() throws Exception {
        EcoreUtil.delete(find(ours, TEAM_CHAT), true);
        this.<DataFlow>find(theirs, TEAM_CHAT).setDescription("Slack, all staff");
        DataFlowModel oursAgain = EcoreUtil.copy(ours);

        List<Conflict> conflicts = merge(Side.OURS);
        assertEquals(Conflict.Kind.DELETED_CHANGED, conflicts.get(0).kind());
        assertNull(find(ours, TEAM_CHAT));

        ModelMerge.merge(base, oursAgain, theirs, k -> Side.THEIRS);
        DataFlow restored = find(oursAgain, TEAM_CHAT);
        assertEquals("Slack, all staff", restored.getDescription());
        assertSame(oursAgain, EcoreUtil.getRootContainer(restored.getTarget()));
        assertSame(oursAgain, EcoreUtil.getRootContainer(restored.getSource()));
        assertReloadsIdentically(oursAgain);
    }

    @Test
    void elementsBothSidesAddedAreAllThereOursFirstAndTheirReferencesPointIntoTheMergedModel() throws Exception {
        Service ourService = PrivflowFactory.eINSTANCE.createService();
        ourService.setId("our-new-service");
        ourService.setName("Ours");
        ours.getServices().add(ourService);
        Service theirService = PrivflowFactory.eINSTANCE.createService();
        theirService.setId("their-new-service");
        theirService.setName("Theirs");
        theirService.setProvider(this.<Service>find(theirs, SLACK).getProvider());
        Location location = PrivflowFactory.eINSTANCE.createLocation();
        location.setCountry("US");
        theirService.getLocations().add(location);
        theirs.getServices().add(theirService);
        DataFlow flow = PrivflowFactory.eINSTANCE.createDataFlow();
        flow.setId("their-new-flow");
        flow.setSource(theirs.getOrganisations().get(0));
        flow.setTarget(theirService);
        flow.getDataCategories().add(find(theirs, CONTACT_DETAILS));
        theirs.getFlows().add(flow);

        assertEquals(List.of(), merge(Side.OURS));

        int n = ours.getServices().size();
        assertEquals("Ours", ours.getServices().get(n - 2).getName());
        assertEquals("Theirs", ours.getServices().get(n - 1).getName());
        Service merged = ours.getServices().get(n - 1);
        assertSame(ours, EcoreUtil.getRootContainer(merged.getProvider()));
        assertEquals("US", merged.getLocations().get(0).getCountry());
        DataFlow mergedFlow = find(ours, "their-new-flow");
        assertSame(merged, mergedFlow.getTarget());
        assertSame(find(ours, CONTACT_DETAILS), mergedFlow.getDataCategories().get(0));
        assertReloadsIdentically(ours);
    }

    @Test
    void listsBothSidesChangedMergeAsSets() throws Exception {
        ProcessingActivity ourActivity = find(ours, CUSTOMER_SERVICE);
        String removed = ourActivity.getPurposes().get(0);
        ourActivity.getPurposes().remove(0);
        ourActivity.getPurposes().add("Complaints");
        this.<ProcessingActivity>find(theirs, CUSTOMER_SERVICE).getPurposes().add("Satisfaction surveys");
        this.<DataFlow>find(ours, TEAM_CHAT).getDataCategories().add(find(ours, CONTACT_DETAILS));
        DataFlow theirChat = find(theirs, TEAM_CHAT);
        theirChat.getDataCategories().remove(find(theirs, WORK_MESSAGES));

        assertEquals(List.of(), merge(Side.OURS));

        List<String> purposes = this.<ProcessingActivity>find(ours, CUSTOMER_SERVICE).getPurposes();
        assertFalse(purposes.contains(removed));
        assertTrue(purposes.containsAll(List.of("Complaints", "Satisfaction surveys")));
        assertEquals(List.of(find(ours, CONTACT_DETAILS)), this.<DataFlow>find(ours, TEAM_CHAT).getDataCategories());
    }

    @Test
    void anElementWeNowReferToIsKeptWhenTheyDeleteIt() throws Exception {
        this.<DataFlow>find(ours, TEAM_CHAT).setTarget(find(ours, CRM));
        EcoreUtil.delete(find(theirs, CRM), true);

        List<Conflict> conflicts = merge(Side.OURS);

        assertEquals(1, conflicts.size());
        assertEquals(Conflict.Kind.CHANGED_DELETED, conflicts.get(0).kind());
        assertSame(find(ours, CRM), this.<DataFlow>find(ours, TEAM_CHAT).getTarget());
        assertReloadsIdentically(ours);
    }

    @Test
    void noReferenceIsLeftPointingAtADeletedElement() throws Exception {
        this.<DataFlow>find(ours, TEAM_CHAT).setTarget(find(ours, CRM));
        EcoreUtil.delete(find(theirs, CRM), true);

        List<Conflict> conflicts = merge(Side.THEIRS);

        assertNull(find(ours, CRM));
        assertNull(this.<DataFlow>find(ours, TEAM_CHAT).getTarget());
        assertTrue(conflicts.stream().anyMatch(c -> c.kind() == Conflict.Kind.REFERENCE_REMOVED && c.id().equals(TEAM_CHAT)
                && "target".equals(c.feature())), conflicts::toString);
        assertReloadsIdentically(ours);
    }

    @Test
    void aPartWithoutAnIdIsAValueOfItsElement() throws Exception {
        this.<Service>find(ours, SLACK).getLocations().get(0).setRegion("Frankfurt");
        this.<Service>find(theirs, SLACK).getLocations().get(0).setRegion("Dublin");

        List<Conflict> conflicts = merge(Side.OURS);

        assertEquals(1, conflicts.size());
        assertEquals("locations", conflicts.get(0).feature());
        assertTrue(conflicts.get(0).theirs().contains("Dublin"), conflicts.get(0).theirs());
    }

    @Test
    void theSameEditOnBothSidesIsNoConflict() {
        this.<Service>find(ours, SLACK).setName("Slack Enterprise");
        this.<Service>find(theirs, SLACK).setName("Slack Enterprise");
        assertEquals(List.of(), merge(Side.OURS));
    }

    private static void assertReloadsIdentically(DataFlowModel model) throws Exception {
        byte[] saved = ModelStore.toBytes(model);
        Path file = java.nio.file.Files.createTempFile("merged", ".privflow");
        try {
            java.nio.file.Files.write(file, saved);
            assertArrayEquals(saved, ModelStore.toBytes(ModelStore.load(file)));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
