// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.ProcessingRoles;
import privflow.core.ReviewState;
import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramPositions;
import privflow.diagram.SvgExport;
import privflow.core.Transfer;
import privflow.model.ActivityRole;
import privflow.model.Contact;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.DataSubjectCategory;
import privflow.model.Identified;
import privflow.model.Location;
import privflow.model.Organisation;
import privflow.model.ProcessingActivity;
import privflow.model.ReviewDecision;
import privflow.model.Role;
import privflow.model.Service;
import privflow.register.Register;
import privflow.register.Register.Column;
import privflow.register.Register.Section;
import privflow.edit.Labels;

/** Derives the register's sections from a model and its analysis. */
public final class RegisterBuilder {

    private final DataFlowModel model;
    private final AnalysisResult result;
    private final Texts t;
    private final LocalDate date;
    private final Map<ProcessingActivity, List<Transfer>> transfersByActivity = new HashMap<>();
    private final Map<ProcessingActivity, List<DataFlow>> flowsByActivity = new HashMap<>();
    /** Texts many rows repeat (a large register has 90,000 transfers to a few dozen countries), rendered once. */
    private final Map<String, String> countries = new HashMap<>();
    private final Map<Organisation, String> organisations = new HashMap<>();
    private final Map<List<Object>, String> transferLines = new HashMap<>();

    public RegisterBuilder(DataFlowModel model, AnalysisResult result, Locale locale, LocalDate date) {
        this.model = model;
        this.result = result;
        this.t = new Texts(locale);
        this.date = date;
        for (Transfer transfer : result.transfers()) {
            ProcessingActivity activity = transfer.flow().getActivity();
            if (activity != null) {
                transfersByActivity.computeIfAbsent(activity, a -> new ArrayList<>()).add(transfer);
            }
        }
        for (DataFlow flow : model.getFlows()) {
            if (flow.getActivity() != null) {
                flowsByActivity.computeIfAbsent(flow.getActivity(), a -> new ArrayList<>()).add(flow);
            }
        }
    }

    /**
     * @return the register's change log: a row for each changed item of each change in
     *         {@code changes} (a row for a change without items), under "Changes since {@code since}"
     */
    public static Section changes(privflow.register.Changes changes, String since, Locale locale) {
        Texts t = new Texts(locale);
        List<List<Object>> rows = new ArrayList<>();
        for (privflow.register.Changes.Change c : changes.changes()) {
            String area = privflow.register.Changes.title(c.area(), locale);
            String kind = privflow.register.Changes.name(c.kind(), locale)
                    + (c.renamedFrom() == null ? "" : "; " + privflow.register.Changes.renamedFrom(c.renamedFrom(), locale)); //$NON-NLS-1$ //$NON-NLS-2$
            if (c.items().isEmpty()) {
                rows.add(List.of(area, kind, c.label(), "", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            for (privflow.register.Changes.Item i : c.items()) {
                rows.add(List.of(area, kind, c.label(), i.label(), i.before() == null ? "" : i.before(), //$NON-NLS-1$
                        i.after() == null ? "" : i.after())); //$NON-NLS-1$
            }
        }
        List<String> ids = List.of("change_area", "change_kind", "element", "item", "before", "after"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        return new Section("changes", t.format("Section_changes", since), t.get("Sheet_changes"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                ids.stream().map(c -> new Column(c, t.get("Column_" + c))).toList(), rows); //$NON-NLS-1$
    }

    /** @return the flows of {@code activity}, in the model's order */
    public List<DataFlow> flows(ProcessingActivity activity) {
        return flowsByActivity.getOrDefault(activity, List.of());
    }

    /** @return the transfers through the flows of {@code activity}, in the analysis's order */
    public List<Transfer> transfers(ProcessingActivity activity) {
        return transfersByActivity.getOrDefault(activity, List.of());
    }

    /** @return the language of the register's texts */
    public Locale locale() {
        return t.locale();
    }

    /**
     * @return the record of one activity as the register shows it: a section of one row, of the
     *         organisation's own activities or of those it carries out as a processor
     */
    public Section recordOf(ProcessingActivity activity) {
        return ProcessingRoles.carriedOutAsProcessor(activity) ? asProcessor(List.of(activity)) : register(List.of(activity));
    }

    /**
     * @return the register: the organisation's own activities (Art. 30(1)), the processing it
     *         carries out as a processor (Art. 30(2)), its processors, then transfers, findings,
     *         systems and data categories; the Art. 30(2) and processors sections are left out
     *         when they have no rows (the record of the organisation's own activities is always
     *         there, empty for a model without any)
     */
    public Register build() {
        List<ProcessingActivity> own = new ArrayList<>();
        List<ProcessingActivity> asProcessor = new ArrayList<>();
        for (ProcessingActivity a : model.getActivities()) {
            (ProcessingRoles.carriedOutAsProcessor(a) ? asProcessor : own).add(a);
        }
        List<Section> sections = new ArrayList<>();
        sections.add(register(own));
        for (Section section : List.of(asProcessor(asProcessor), processors(own))) {
            if (!section.rows().isEmpty()) {
                sections.add(section);
            }
        }
        sections.addAll(List.of(transfers(), findings(), systems(), dataCategories()));
        String organisation = model.getName() == null ? "" : model.getName(); //$NON-NLS-1$
        return new Register(t.get("Register_Title"), t.format("Register_Subtitle", organisation, date), //$NON-NLS-1$ //$NON-NLS-2$
                t.get("Register_Generated"), t.get("Register_Contents"), t.locale(), date, List.copyOf(sections), diagram()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @return the positions the user gave the diagram's nodes in the diagram editor, kept beside
     *         the model file; none for a model not in a file, or if they cannot be read (the
     *         register's figure then shows the automatic layout)
     */
    private DiagramPositions positions() {
        URI uri = model.eResource() == null ? null : model.eResource().getURI();
        if (uri == null || !uri.isFile()) {
            return new DiagramPositions();
        }
        try {
            return DiagramPositions.read(DiagramPositions.beside(Path.of(uri.toFileString())));
        } catch (IOException | InvalidPathException e) {
            return new DiagramPositions();
        }
    }

    /** Above this many nodes a diagram no longer reads on a page; the diagram editor exports it. */
    private static final int DIAGRAM_NODES = 400;

    private Register.Figure diagram() {
        Diagram diagram = Diagram.of(model, result, t.locale());
        if (diagram.nodes().isEmpty() || diagram.nodes().size() > DIAGRAM_NODES) {
            return null;
        }
        java.util.Locale locale = t.locale();
        return new Register.Figure(t.get("Section_diagram"), () -> SvgExport.svg(diagram, DiagramLayout.of(diagram, positions()), locale)); //$NON-NLS-1$
    }

    /** Column ids of references for tools, left out of the documents people read. */
    private static final Set<String> REFERENCES = Set.of("finding_keys", "key"); //$NON-NLS-1$ //$NON-NLS-2$

    private Section section(String id, List<String> columns, List<List<Object>> rows) {
        List<Column> cols = columns.stream().map(c -> new Column(c, t.get("Column_" + c), REFERENCES.contains(c))).toList(); //$NON-NLS-1$
        return new Section(id, t.get("Section_" + id), t.get("Sheet_" + id), cols, rows); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Section register(List<ProcessingActivity> activities) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProcessingActivity a : activities) {
            Organisation controller = ProcessingRoles.withRole(a, Role.CONTROLLER).stream().findFirst().orElse(null);
            List<Object> row = new ArrayList<>();
            row.add(text(label(a)));
            row.add(controller == null ? t.get("Value_NotRecorded") : organisationWithContact(controller)); //$NON-NLS-1$
            row.add(ProcessingRoles.withRole(a, Role.JOINT_CONTROLLER).stream().map(this::organisationWithContact).toList());
            row.add(controller == null ? "" : contact(controller.getRepresentative())); //$NON-NLS-1$
            row.add(controller == null ? "" : contact(controller.getDpo())); //$NON-NLS-1$
            row.add(texts(a.getPurposes()));
            row.add(Labels.of(a.getLegalBasis(), t.locale()));
            row.add(Labels.of(a.getArticle9Condition(), t.locale()));
            row.add(texts(a.getDataSubjects().stream().map(this::label).toList()));
            row.add(texts(a.getDataCategories().stream().map(this::label).toList()));
            row.add(recipients(a));
            row.add(transfersOf(transfersByActivity.getOrDefault(a, List.of())));
            row.add(blank(a.getRetention()) ? t.get("Value_NotRecorded") : text(a.getRetention())); //$NON-NLS-1$
            row.add(texts(a.getSecurityMeasures()));
            row.add(!a.isDataSubjectsInformed()
                    ? t.get("Value_NotInformed") //$NON-NLS-1$
                    : blank(a.getPrivacyNoticeReference())
                            ? t.get("Value_InformedNoNotice") //$NON-NLS-1$
                            : t.format("Value_Informed", a.getPrivacyNoticeReference())); //$NON-NLS-1$
            row.add(t.orNotRecorded(a.getDpiaReference()));
            rows.add(row);
        }
        return section("register", List.of("activity", "controller", "joint_controllers", "representative", "dpo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "purposes", "legal_basis", "article9", "data_subjects", "personal_data", "recipients", "transfers", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "erasure", "security", "informed", "dpia"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * The record of a processor (Art. 30(2)): for each activity the organisation keeping the record
     * carries out on behalf of other controllers, the processor and those controllers with their
     * contact details, representatives and data protection officer, the categories of processing,
     * transfers and security measures.
     */
    private Section asProcessor(List<ProcessingActivity> activities) {
        List<List<Object>> rows = new ArrayList<>();
        Organisation keeper = model.getRecordKeeper();
        for (ProcessingActivity a : activities) {
            List<Organisation> controllers = new ArrayList<>(ProcessingRoles.withRole(a, Role.CONTROLLER));
            controllers.addAll(ProcessingRoles.withRole(a, Role.JOINT_CONTROLLER));
            List<Object> row = new ArrayList<>();
            row.add(organisationWithContact(keeper));
            row.add(controllers.isEmpty()
                    ? List.of(t.get("Value_NotRecorded")) //$NON-NLS-1$
                    : controllers.stream().map(this::organisationWithContact).toList());
            Set<String> representatives = new LinkedHashSet<>();
            for (Organisation o : controllers) {
                addContact(representatives, o.getRepresentative());
            }
            addContact(representatives, keeper.getRepresentative());
            row.add(List.copyOf(representatives));
            row.add(contact(keeper.getDpo()));
            List<Object> processing = new ArrayList<>();
            processing.add(text(label(a)));
            processing.addAll(texts(a.getPurposes()));
            for (DataCategory c : a.getDataCategories()) {
                processing.add(text(label(c)));
            }
            row.add(processing);
            List<String> others = new ArrayList<>();
            for (ActivityRole role : a.getRoles()) {
                if ((role.getRole() == Role.PROCESSOR || role.getRole() == Role.SUB_PROCESSOR) && role.getOrganisation() != null
                        && role.getOrganisation() != keeper) {
                    others.add(organisation(role.getOrganisation()));
                }
            }
            row.add(others);
            row.add(transfersOf(transfersByActivity.getOrDefault(a, List.of())));
            row.add(texts(a.getSecurityMeasures()));
            rows.add(row);
        }
        return section("as_processor", List.of("processor", "controllers", "representatives", "dpo", "processing", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "sub_processors", "transfers", "security"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void addContact(Set<String> contacts, Contact c) {
        String text = contact(c);
        if (!text.isEmpty()) {
            contacts.add(text);
        }
    }

    /**
     * The organisation's own processors and sub-processors, once each: the activities they process
     * data in, their contract with the organisation (Art. 28(3)) and the transfers to them.
     */
    private Section processors(List<ProcessingActivity> activities) {
        Map<Organisation, Set<Role>> roles = new LinkedHashMap<>();
        Map<Organisation, List<ProcessingActivity>> activitiesOf = new HashMap<>();
        for (ProcessingActivity a : activities) {
            for (ActivityRole role : a.getRoles()) {
                if ((role.getRole() == Role.PROCESSOR || role.getRole() == Role.SUB_PROCESSOR) && role.getOrganisation() != null) {
                    roles.computeIfAbsent(role.getOrganisation(), o -> new LinkedHashSet<>()).add(role.getRole());
                    List<ProcessingActivity> of = activitiesOf.computeIfAbsent(role.getOrganisation(), o -> new ArrayList<>());
                    if (!of.contains(a)) {
                        of.add(a);
                    }
                }
            }
        }
        Map<Organisation, List<Service>> servicesBy = new HashMap<>();
        for (Service s : model.getServices()) {
            if (s.getProvider() != null && roles.containsKey(s.getProvider())) {
                servicesBy.computeIfAbsent(s.getProvider(), p -> new ArrayList<>()).add(s);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<Organisation, Set<Role>> entry : roles.entrySet()) {
            Organisation processor = entry.getKey();
            List<ProcessingActivity> of = activitiesOf.get(processor);
            List<Object> row = new ArrayList<>();
            row.add(organisationWithContact(processor));
            row.add(entry.getValue().stream().map(r -> Labels.of(r, t.locale())).toList());
            row.add(texts(of.stream().map(this::label).toList()));
            List<String> contracts = new ArrayList<>();
            for (Service s : servicesBy.getOrDefault(processor, List.of())) {
                contracts.add(label(s) + ": " + Labels.of(s.getContract(), t.locale()) //$NON-NLS-1$
                        + (blank(s.getContractReference()) ? "" : " (" + s.getContractReference() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            row.add(contracts);
            List<Transfer> own = new ArrayList<>();
            for (ProcessingActivity a : of) {
                for (Transfer transfer : transfersByActivity.getOrDefault(a, List.of())) {
                    if (transfer.importer() == processor
                            || transfer.service() != null && transfer.service().getProvider() == processor) {
                        own.add(transfer);
                    }
                }
            }
            row.add(transfersOf(own));
            rows.add(row);
        }
        return section("processors", List.of("processor", "role", "activities", "contract", "transfers"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    private Section transfers() {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Transfer> same : result.transfersByDestination().values()) {
            List<Finding> related = same.stream().flatMap(x -> result.findingsAbout(x).stream()).distinct().toList();
            Transfer transfer = same.stream().filter(x -> !result.findingsAbout(x).isEmpty()).findFirst().orElse(same.get(0));
            DataFlow flow = transfer.flow();
            EObject recipient = transfer.recipient();
            List<Object> row = new ArrayList<>();
            row.add(text(label(flow)));
            row.add(flow.getActivity() == null ? "" : text(label(flow.getActivity()))); //$NON-NLS-1$
            row.add(flow.getSource() == null ? "" : text(label(flow.getSource()))); //$NON-NLS-1$
            row.add(recipient == null ? "" : text(label(recipient))); //$NON-NLS-1$
            row.add(transfer.importer() == null ? t.get("Value_NotRecorded") : label(transfer.importer())); //$NON-NLS-1$
            row.add(country(transfer.country()));
            row.add(same.stream().map(x -> x.kind().text().render(t.locale())).distinct().toList());
            row.add(transfer.toolText().render(t.locale()));
            row.add(texts(flow.getDataCategories().stream().map(this::label).toList()));
            row.add(reviewStatus(related));
            row.add(related.stream().map(this::title).toList());
            row.add(related.stream().map(Finding::key).toList());
            rows.add(row);
        }
        return section("transfers", List.of("flow", "activity", "exporter", "recipient", "importer", "country", "how", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "tool", "personal_data", "review", "findings", "finding_keys"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /** @return the finding as a reader names it: its title and severity */
    private String title(Finding f) {
        return f.rule().title(t.locale()) + " (" + f.severity().label(t.locale()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Section findings() {
        List<List<Object>> rows = new ArrayList<>();
        for (Finding f : result.findings()) {
            ReviewDecision decision = f.decision();
            List<Object> row = new ArrayList<>();
            row.add(f.key());
            row.add(f.severity().label(t.locale()));
            row.add(f.rule().title(t.locale()));
            row.add(text(label(f.subject())));
            row.add(f.rule().article(t.locale()));
            row.add(f.message(t.locale()));
            row.add(f.remedies().stream().map(r -> r.render(t.locale())).toList());
            row.add(f.review().label(t.locale()));
            row.add(decision == null || decision.getReviewer() == null ? "" : decision.getReviewer()); //$NON-NLS-1$
            row.add(decision == null || decision.getDate() == null ? "" : decision.getDate()); //$NON-NLS-1$
            row.add(decision == null || decision.getRationale() == null ? "" : text(decision.getRationale())); //$NON-NLS-1$
            rows.add(row);
        }
        return section("findings", List.of("key", "severity", "rule", "concerns", "article", "message", "remedies", "review", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "reviewer", "review_date", "rationale"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private Section systems() {
        List<List<Object>> rows = new ArrayList<>();
        for (Service s : model.getServices()) {
            List<Object> row = new ArrayList<>();
            row.add(text(label(s)));
            row.add(Labels.of(s.getKind(), t.locale()));
            row.add(s.getProvider() == null ? t.get("Value_NotRecorded") : organisation(s.getProvider())); //$NON-NLS-1$
            row.add(Labels.of(s.getContract(), t.locale())
                    + (blank(s.getContractReference()) ? "" : " (" + s.getContractReference() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            row.add(s.getLocations().stream().map(this::location).toList());
            row.add(s.getSubProcessors().stream().map(this::label).toList());
            List<String> encryption = new ArrayList<>();
            if (s.isEncryptedInTransit()) {
                encryption.add(t.get("Value_EncryptionInTransit")); //$NON-NLS-1$
            }
            if (s.isEncryptedAtRest()) {
                encryption.add(t.get("Value_EncryptionAtRest")); //$NON-NLS-1$
            }
            if (s.isEndToEndEncrypted()) {
                encryption.add(t.get("Value_EncryptionEndToEnd")); //$NON-NLS-1$
            }
            row.add(encryption.isEmpty() ? List.of(t.get("Value_None")) : encryption); //$NON-NLS-1$
            row.add(blank(s.getCatalogueEntry()) ? "" : s.getCatalogueEntry()); //$NON-NLS-1$
            rows.add(row);
        }
        return section("systems", List.of("system", "kind", "provider", "contract", "locations", "sub_processors", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "encryption", "catalogue"), rows); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Section dataCategories() {
        Map<DataCategory, Set<String>> activities = new HashMap<>();
        Map<DataCategory, Integer> flows = new HashMap<>();
        for (ProcessingActivity a : model.getActivities()) {
            for (DataCategory c : a.getDataCategories()) {
                activities.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(label(a));
            }
        }
        for (DataFlow flow : model.getFlows()) {
            for (DataCategory c : flow.getDataCategories()) {
                flows.merge(c, 1, Integer::sum);
                if (flow.getActivity() != null) {
                    activities.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(label(flow.getActivity()));
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DataCategory c : model.getDataCategories()) {
            rows.add(List.of(text(label(c)), Labels.of(c.getKind(), t.locale()), t.yesNo(c.isSpecialCategory()), t.yesNo(c.isCriminal()),
                    texts(List.copyOf(activities.getOrDefault(c, Set.of()))), String.valueOf(flows.getOrDefault(c, 0))));
        }
        return section("data_categories", List.of("category", "kind", "special", "criminal", "activities", "flows"), rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    }

    /** @return who receives the activity's data: other organisations and their services, not internal systems */
    private List<String> recipients(ProcessingActivity a) {
        Set<String> recipients = new LinkedHashSet<>();
        Set<Organisation> providers = new java.util.HashSet<>();
        List<Organisation> controllers = ProcessingRoles.withRole(a, Role.CONTROLLER);
        for (DataFlow flow : flowsByActivity.getOrDefault(a, List.of())) {
            EObject target = flow.getTarget();
            if (target instanceof Service s && (s.getContract() == privflow.model.ContractType.INTERNAL
                    || controllers.contains(s.getProvider()))) {
                continue;
            }
            if (target instanceof Organisation o && controllers.contains(o)) {
                continue;
            }
            if (target instanceof Service s) {
                providers.add(s.getProvider());
                recipients.add(s.getProvider() == null ? label(s) : label(s) + " \u2013 " + organisation(s.getProvider())); //$NON-NLS-1$
            } else if (target instanceof Organisation o) {
                providers.add(o);
                recipients.add(organisation(o));
            } else if (target != null && !(target instanceof DataSubjectCategory)) {
                recipients.add(label(target));
            }
        }
        for (ActivityRole role : a.getRoles()) {
            Organisation o = role.getOrganisation();
            if ((role.getRole() == Role.PROCESSOR || role.getRole() == Role.SUB_PROCESSOR) && o != null && !providers.contains(o)) {
                recipients.add(t.format("Value_ProcessorRecipient", organisation(o), Labels.of(role.getRole(), t.locale()))); //$NON-NLS-1$
            }
        }
        recipients.addAll(a.getRecipientCategories());
        return List.copyOf(recipients);
    }

    private List<String> transfersOf(List<Transfer> transfers) {
        Set<String> lines = new LinkedHashSet<>();
        for (Transfer transfer : transfers) {
            EObject recipient = transfer.recipient();
            List<Object> key = Arrays.asList(transfer.country(), recipient, transfer.coverage(), transfer.decision(), transfer.tool(),
                    transfer.toolHolder());
            lines.add(transferLines.computeIfAbsent(key, k -> t.format("Value_Transfer", country(transfer.country()), //$NON-NLS-1$
                    recipient == null ? "" : label(recipient), transfer.toolText().render(t.locale())))); //$NON-NLS-1$
        }
        return List.copyOf(lines);
    }

    private String reviewStatus(List<Finding> related) {
        if (related.isEmpty()) {
            return t.get("Value_NoFinding"); //$NON-NLS-1$
        }
        Set<String> states = new LinkedHashSet<>();
        for (ReviewState state : ReviewState.values()) {
            for (Finding f : related) {
                if (f.review() == state) {
                    states.add(state.label(t.locale()));
                }
            }
        }
        return String.join(", ", states); //$NON-NLS-1$
    }

    /**
     * @return {@code value}, the model's own text, as a phrase in the model's language when that
     *         is known and not the register's
     */
    private Object text(String value) {
        return Cells.phrase(value, model.getLanguage(), t.locale());
    }

    private List<Object> texts(List<String> values) {
        return values.stream().map(this::text).toList();
    }

    private String organisationWithContact(Organisation o) {
        String contact = contact(o.getContact());
        return contact.isEmpty() ? organisation(o) : organisation(o) + "; " + contact; //$NON-NLS-1$
    }

    private String organisation(Organisation o) {
        return organisations.computeIfAbsent(o,
                k -> blank(o.getCountry()) ? label(o) : t.format("Value_Organisation", label(o), country(o.getCountry()))); //$NON-NLS-1$
    }

    private static String contact(Contact c) {
        if (c == null) {
            return ""; //$NON-NLS-1$
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[]{c.getName(), c.getEmail(), c.getPhone(), c.getAddress()}) {
            if (!blank(part)) {
                parts.add(part);
            }
        }
        return String.join(", ", parts); //$NON-NLS-1$
    }

    private String location(Location l) {
        return t.format("Value_Location", country(l.getCountry()), //$NON-NLS-1$
                blank(l.getRegion()) ? "" : t.format("Value_LocationRegion", l.getRegion()), //$NON-NLS-1$ //$NON-NLS-2$
                blank(l.getProvider()) ? "" : t.format("Value_LocationProvider", l.getProvider()), //$NON-NLS-1$ //$NON-NLS-2$
                l.isRemoteAccessOnly() ? t.get("Value_LocationRemote") : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String country(String code) {
        return blank(code) ? t.get("Value_NotRecorded") : countries.computeIfAbsent(code, c -> Finding.Country.of(c).render(t.locale())); //$NON-NLS-1$
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String label(EObject element) {
        return element instanceof Identified ? Labels.of(element, t.locale()) : String.valueOf(element);
    }
}
