// SPDX-License-Identifier: EPL-2.0
package privflow.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.ReviewState;
import privflow.core.Transfer;
import privflow.edit.Labels;
import privflow.model.Channel;
import privflow.model.DataCategory;
import privflow.model.DataFlow;
import privflow.model.DataFlowModel;
import privflow.model.Frequency;
import privflow.model.Identified;
import privflow.model.ProcessingActivity;
import privflow.model.ReviewDecision;
import privflow.register.internal.ChangeTexts;
import privflow.register.internal.RegisterBuilder;
import privflow.register.internal.UnchangedRecords;

/**
 * What changed in privacy terms between two versions of a model: activities per Art. 30 item,
 * flows, third-country transfers (country, tool, coverage), findings that appeared, went away or
 * changed severity, and review decisions that changed or went stale. Elements are matched by id,
 * so a renamed element is one change that says so.
 *
 * @param changes the changes, by area and then in the newer model's order (removed ones last)
 */
public record Changes(List<Change> changes) {

    /** What a change concerns. */
    public enum Area {
        ACTIVITY, FLOW, TRANSFER, FINDING, REVIEW
    }

    /** How it changed. */
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /**
     * One changed element.
     *
     * @param area what it is
     * @param kind added, removed or changed
     * @param id its id (a finding's key, a transfer's flow, recipient and country)
     * @param label its name as the newer version has it (the older for a removed one)
     * @param renamedFrom its older name if it was renamed, else {@code null}
     * @param items what changed: a label with the older and newer value ({@code null} where absent)
     */
    public record Change(Area area, Kind kind, String id, String label, String renamedFrom, List<Item> items) {
    }

    /**
     * An item of an element as compared: what it is (ids for references) and what a reader sees,
     * worked out only for the items that changed.
     */
    private record Field(String identity, java.util.function.Supplier<String> reader) {

        static Field of(String shown) {
            return new Field(shown, () -> shown);
        }

        String shown() {
            return reader.get();
        }
    }

    /** A changed item: its label, the older and the newer value. */
    public record Item(String label, String before, String after) {
    }

    /** @return the heading of {@code area}, e.g. "Processing activities" */
    public static String title(Area area, Locale locale) {
        return new ChangeTexts(locale).get("Changes_Area_" + area.name()); //$NON-NLS-1$
    }

    /** @return what {@code kind} reads as, e.g. "added" */
    public static String name(Kind kind, Locale locale) {
        return new ChangeTexts(locale).get("Changes_Kind_" + kind.name()); //$NON-NLS-1$
    }

    /** @return how a change says it was renamed from {@code name} */
    public static String renamedFrom(String name, Locale locale) {
        return new ChangeTexts(locale).format("Changes_RenamedFrom", name); //$NON-NLS-1$
    }

    /** @return the heading of a comparison of {@code before} with {@code after} */
    public static String heading(String before, String after, Locale locale) {
        return new ChangeTexts(locale).format("Changes_Title", before, after); //$NON-NLS-1$
    }

    /** @return what a comparison without changes says */
    public static String none(Locale locale) {
        return new ChangeTexts(locale).get("Changes_None"); //$NON-NLS-1$
    }

    /** @return the heading of the area column of a summary */
    public static String areaHeading(Locale locale) {
        return new ChangeTexts(locale).get("Changes_Area"); //$NON-NLS-1$
    }

    /** @return whether nothing changed */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** @return the changes of {@code area} */
    public List<Change> of(Area area) {
        return changes.stream().filter(c -> c.area() == area).toList();
    }

    /** @return how many changes of {@code area} are of {@code kind} */
    public long count(Area area, Kind kind) {
        return changes.stream().filter(c -> c.area() == area && c.kind() == kind).count();
    }

    /**
     * @param before the older model and its analysis
     * @param after the newer model and its analysis
     * @param locale the language of the labels and values
     * @param date the date the activities' records are shown as of
     */
    public static Changes between(DataFlowModel before, AnalysisResult beforeResult, DataFlowModel after, AnalysisResult afterResult,
            Locale locale, LocalDate date) {
        CompletableFuture<RegisterBuilder> older = CompletableFuture
                .supplyAsync(() -> new RegisterBuilder(before, beforeResult, locale, date));
        RegisterBuilder newer = new RegisterBuilder(after, afterResult, locale, date);
        RegisterBuilder old = older.join();
        UnchangedRecords unchanged = new UnchangedRecords(before, beforeResult, old, after, afterResult, newer);
        // Transfers, findings and reviews read only what is safe to share (the versions' counterparts
        // and values), so they are compared while this thread finds the records to rebuild.
        CompletableFuture<List<Change>> later = CompletableFuture.supplyAsync(() -> {
            List<Change> found = new ArrayList<>();
            transfers(beforeResult, afterResult, unchanged, locale, found);
            findings(beforeResult, afterResult, locale, found);
            reviews(before, beforeResult, after, afterResult, locale, found);
            return found;
        });
        List<ProcessingActivity> oldRecords = new ArrayList<>();
        List<ProcessingActivity> newRecords = new ArrayList<>();
        for (ProcessingActivity a : after.getActivities()) {
            ProcessingActivity was = unchanged.counterpart(a) instanceof ProcessingActivity p ? p : null;
            if (was != null && unchanged.unchanged(a)) {
                continue;
            }
            newRecords.add(a);
            if (was != null) {
                oldRecords.add(was);
            }
        }
        FutureTask<Map<ProcessingActivity, Map<String, Field>>> records = new FutureTask<>(() -> records(old, oldRecords));
        ForkJoinPool.commonPool().execute(records);
        Map<ProcessingActivity, Map<String, Field>> current = records(newer, newRecords);
        ChangeTexts t = new ChangeTexts(locale);
        List<Change> flows = new ArrayList<>();
        compare(Area.FLOW, before.getFlows(), after.getFlows(), unchanged,
                (was, now) -> unchanged.knownClean(now) == was || unchanged.unchangedValues(was, now), f -> flow(f, t, locale),
                f -> flow(f, t, locale), locale, flows);
        Map<ProcessingActivity, Map<String, Field>> previous = here(records);
        List<Change> changes = new ArrayList<>();
        compare(Area.ACTIVITY, before.getActivities(), after.getActivities(), unchanged, (was, now) -> !current.containsKey(now),
                previous::get, current::get, locale, changes);
        changes.addAll(flows);
        changes.addAll(later.join());
        return new Changes(List.copyOf(changes));
    }

    /**
     * @return the result of {@code task}, run by this thread unless another has started it (the
     *         common pool may still be busy with the transfers and findings)
     */
    private static <T> T here(FutureTask<T> task) {
        task.run();
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return the items of the records of {@code activities}, built by {@code builder} (the
     *         register's record of an activity is most of a comparison's work: only those of
     *         activities that may have changed are built, the two versions' side by side)
     */
    private static Map<ProcessingActivity, Map<String, Field>> records(RegisterBuilder builder, List<ProcessingActivity> activities) {
        Map<ProcessingActivity, Map<String, Field>> records = new IdentityHashMap<>();
        for (ProcessingActivity a : activities) {
            records.put(a, record(builder, a));
        }
        return records;
    }

    /** Compares elements matched by id, item by item. */
    private static <T extends Identified> void compare(Area area, List<T> before, List<T> after, UnchangedRecords versions,
            BiPredicate<T, T> unchanged, Function<T, Map<String, Field>> old, Function<T, Map<String, Field>> now, Locale locale,
            List<Change> changes) {
        Set<EObject> matched = Collections.newSetFromMap(new IdentityHashMap<>(2 * after.size()));
        for (T e : after) {
            EObject clean = versions.knownClean(e);
            @SuppressWarnings("unchecked")
            T was = (T) (clean != null ? clean : versions.counterpart(e));
            if (was == null || was.eContainingFeature() != e.eContainingFeature() || !matched.add(was)) {
                changes.add(new Change(area, Kind.ADDED, e.getId(), Labels.of(e, locale), null, items(Map.of(), now.apply(e))));
                continue;
            }
            if (unchanged.test(was, e)) {
                continue;
            }
            List<Item> items = items(old.apply(was), now.apply(e));
            String oldName = Labels.of(was, locale);
            String newName = Labels.of(e, locale);
            if (!items.isEmpty() || !oldName.equals(newName)) {
                changes.add(new Change(area, Kind.CHANGED, e.getId(), newName, oldName.equals(newName) ? null : oldName, items));
            }
        }
        for (T e : before) {
            if (!matched.contains(e)) {
                changes.add(new Change(area, Kind.REMOVED, e.getId(), Labels.of(e, locale), null, List.of()));
            }
        }
    }

    /** @return the items whose identity differs, with what a reader sees before and after */
    private static List<Item> items(Map<String, Field> before, Map<String, Field> after) {
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, Field> e : after.entrySet()) {
            Field was = before.get(e.getKey());
            Field now = e.getValue();
            if (was == null ? !now.shown().isEmpty() : !was.identity().equals(now.identity())) {
                items.add(new Item(e.getKey(), was == null ? null : was.shown(), now.shown()));
            }
        }
        for (Map.Entry<String, Field> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                items.add(new Item(e.getKey(), e.getValue().shown(), null));
            }
        }
        return items;
    }

    /** @return the Art. 30 items of an activity's record, by their titles */
    private static Map<String, Field> record(RegisterBuilder builder, ProcessingActivity activity) {
        Register.Section section = builder.recordOf(activity);
        Map<String, Field> items = new LinkedHashMap<>();
        List<Object> row = section.rows().get(0);
        for (int i = 0; i < section.columns().size(); i++) {
            items.put(section.columns().get(i).title(), Field.of(ChangeTexts.cell(row.get(i), builder.locale())));
        }
        return items;
    }

    /** @return a flow's items; references are what they refer to, so renaming an activity does not change its flows */
    private static Map<String, Field> flow(DataFlow f, ChangeTexts t, Locale locale) {
        Map<String, Field> items = new LinkedHashMap<>();
        items.put(t.get("Column_exporter"), reference(f.getSource(), locale)); //$NON-NLS-1$
        items.put(t.get("Column_recipient"), reference(f.getTarget(), locale)); //$NON-NLS-1$
        items.put(t.get("Column_activity"), reference(f.getActivity(), locale)); //$NON-NLS-1$
        List<DataCategory> categories = List.copyOf(f.getDataCategories());
        items.put(t.get("Column_personal_data"), new Field(String.join(";", categories.stream().map(Changes::id).toList()), //$NON-NLS-1$ //$NON-NLS-2$
                () -> String.join("; ", categories.stream().map(c -> Labels.of(c, locale)).toList()))); //$NON-NLS-1$
        Channel channel = f.getChannel();
        items.put(t.get("Changes_Channel"), new Field(String.valueOf(channel), () -> channel == null ? "" : Labels.of(channel, locale))); //$NON-NLS-1$ //$NON-NLS-2$
        Frequency frequency = f.getFrequency();
        items.put(t.get("Tia_Frequency"), //$NON-NLS-1$
                new Field(String.valueOf(frequency), () -> frequency == null ? "" : Labels.of(frequency, locale))); //$NON-NLS-1$
        items.put(t.get("Column_tool"), reference(f.getSafeguard(), locale)); //$NON-NLS-1$
        return items;
    }

    private static Field reference(EObject e, Locale locale) {
        return new Field(id(e), () -> label(e, locale));
    }

    private static String id(EObject e) {
        return e instanceof Identified i ? String.valueOf(i.getId()) : String.valueOf(e);
    }

    private static String label(EObject e, Locale locale) {
        return e == null ? "" : Labels.of(e, locale); //$NON-NLS-1$
    }

    /** Transfers matched by flow, recipient and country: the way there, the tool and what covers it. */
    private static void transfers(AnalysisResult before, AnalysisResult after, UnchangedRecords versions, Locale locale,
            List<Change> changes) {
        ChangeTexts t = new ChangeTexts(locale);
        Map<Object, String> rendered = new HashMap<>();
        Map<TransferKey, Transfer> old = LinkedHashMap.newLinkedHashMap(before.transfers().size());
        for (Transfer x : before.transfers()) {
            old.putIfAbsent(TransferKey.of(x), x);
        }
        Map<TransferKey, Transfer> seen = LinkedHashMap.newLinkedHashMap(after.transfers().size());
        for (Transfer x : after.transfers()) {
            seen.putIfAbsent(TransferKey.of(x), x);
        }
        for (Map.Entry<TransferKey, Transfer> e : seen.entrySet()) {
            Transfer was = old.remove(e.getKey());
            Transfer now = e.getValue();
            if (was == null) {
                changes.add(new Change(Area.TRANSFER, Kind.ADDED, e.getKey().id(), transferLabel(now, locale), null,
                        items(Map.of(), transferItems(now, t, locale, rendered))));
            } else if (!was.country().equals(now.country()) || was.kind() != now.kind() || was.coverage() != now.coverage()
                    || !sameTool(was, now, versions) && !tool(was, locale, rendered).equals(tool(now, locale, rendered))) {
                List<Item> changed = items(transferItems(was, t, locale, rendered), transferItems(now, t, locale, rendered));
                if (!changed.isEmpty()) {
                    changes.add(new Change(Area.TRANSFER, Kind.CHANGED, e.getKey().id(), transferLabel(now, locale), null, changed));
                }
            }
        }
        for (Map.Entry<TransferKey, Transfer> e : old.entrySet()) {
            changes.add(new Change(Area.TRANSFER, Kind.REMOVED, e.getKey().id(), transferLabel(e.getValue(), locale), null, List.of()));
        }
    }

    /** What tells a transfer apart from the others of a version: its flow, recipient and country. */
    private record TransferKey(String flow, String recipient, String country) {

        static TransferKey of(Transfer x) {
            return new TransferKey(x.flow().getId(), x.recipient() == null ? "" : x.recipient().getId(), x.country()); //$NON-NLS-1$
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TransferKey k && Objects.equals(flow, k.flow) && Objects.equals(country, k.country)
                    && Objects.equals(recipient, k.recipient);
        }

        @Override
        public int hashCode() {
            return (31 * Objects.hashCode(flow) + Objects.hashCode(recipient)) * 31 + Objects.hashCode(country);
        }

        String id() {
            return flow + ':' + recipient + ':' + country;
        }
    }

    /**
     * @return whether the tool of two versions of a transfer reads the same without rendering it:
     *         the same decision, the same tool with the same values, recorded by the same holder
     *         under the same name (else the texts are compared)
     */
    private static boolean sameTool(Transfer was, Transfer now, UnchangedRecords versions) {
        if (was.decision() != now.decision()) {
            return false;
        }
        if (was.tool() != null || now.tool() != null) {
            if (was.tool() == null || now.tool() == null || versions.counterpart(now.tool()) != was.tool()
                    || !versions.sameValues(was.tool(), now.tool())) {
                return false;
            }
        }
        if (was.toolHolder() == null || now.toolHolder() == null) {
            return was.toolHolder() == now.toolHolder();
        }
        return versions.counterpart(now.toolHolder()) == was.toolHolder() && versions.counterpart(now.flow()) == was.flow()
                && Labels.of(was.toolHolder(), Locale.ROOT).equals(Labels.of(now.toolHolder(), Locale.ROOT));
    }

    private static Map<String, Field> transferItems(Transfer x, ChangeTexts t, Locale locale, Map<Object, String> rendered) {
        Map<String, Field> items = new LinkedHashMap<>();
        items.put(t.get("Column_country"), //$NON-NLS-1$
                Field.of(rendered.computeIfAbsent(x.country(), c -> Finding.Country.of((String) c).render(locale))));
        items.put(t.get("Column_how"), Field.of(rendered.computeIfAbsent(x.kind(), k -> x.kind().text().render(locale)))); //$NON-NLS-1$
        items.put(t.get("Column_tool"), Field.of(tool(x, locale, rendered))); //$NON-NLS-1$
        items.put(t.get("Changes_Covered"), Field.of(t.get(x.coverage().isCovered() ? "Value_Yes" : "Value_No"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return items;
    }

    /** @return how the transfer is covered, as the register says it; rendered once per tool and holder */
    private static String tool(Transfer x, Locale locale, Map<Object, String> rendered) {
        Object key = x.tool() == null
                ? List.of(x.coverage(), x.decision() == null ? "" : Objects.toString(x.decision().getKey(), "")) //$NON-NLS-1$ //$NON-NLS-2$
                : java.util.Arrays.asList(x.coverage(), x.tool(), x.toolHolder(), x.decision());
        return rendered.computeIfAbsent(key, k -> x.toolText().render(locale));
    }

    private static String transferLabel(Transfer x, Locale locale) {
        return Labels.of(x.flow(), locale) + " \u2192 " + label(x.recipient(), locale) + ", " //$NON-NLS-1$ //$NON-NLS-2$
                + Finding.Country.of(x.country()).render(locale);
    }

    /** Findings matched by key: appeared, went away, or changed severity. */
    private static void findings(AnalysisResult before, AnalysisResult after, Locale locale, List<Change> changes) {
        ChangeTexts t = new ChangeTexts(locale);
        Map<FindingKey, Finding> old = LinkedHashMap.newLinkedHashMap(before.findings().size());
        before.findings().forEach(f -> old.put(new FindingKey(f), f));
        for (Finding f : after.findings()) {
            Finding was = old.remove(new FindingKey(f));
            if (was == null) {
                changes.add(new Change(Area.FINDING, Kind.ADDED, f.key(), label(f, locale), null,
                        List.of(new Item(t.get("Column_severity"), null, f.severity().label(locale))))); //$NON-NLS-1$
            } else if (was.severity() != f.severity()) {
                changes.add(new Change(Area.FINDING, Kind.CHANGED, f.key(), label(f, locale), null,
                        List.of(new Item(t.get("Column_severity"), was.severity().label(locale), f.severity().label(locale))))); //$NON-NLS-1$
            }
        }
        for (Finding f : old.values()) {
            changes.add(new Change(Area.FINDING, Kind.REMOVED, f.key(), label(f, locale), null, List.of()));
        }
    }

    /** A finding as a map key: equal to another with the same {@link Finding#key() key}, which is built only if need be. */
    private record FindingKey(Finding finding) {

        @Override
        public boolean equals(Object o) {
            return o instanceof FindingKey other && finding.keyEquals(other.finding);
        }

        @Override
        public int hashCode() {
            return finding.keyHash();
        }
    }

    /** @return a finding as a change names it; rendered only for findings that changed (a large model has 100,000) */
    private static String label(Finding f, Locale locale) {
        return f.rule().title(locale) + ": " + f.message(locale); //$NON-NLS-1$
    }

    /** Review decisions matched by finding key: recorded, changed, removed, or gone stale. */
    private static void reviews(DataFlowModel before, AnalysisResult beforeResult, DataFlowModel after, AnalysisResult afterResult,
            Locale locale, List<Change> changes) {
        ChangeTexts t = new ChangeTexts(locale);
        Map<String, ReviewDecision> old = new LinkedHashMap<>();
        before.getReviews().forEach(d -> old.put(d.getFindingKey(), d));
        for (ReviewDecision d : after.getReviews()) {
            ReviewDecision was = old.remove(d.getFindingKey());
            Map<String, Field> items = review(d, t, locale);
            if (was == null) {
                changes.add(new Change(Area.REVIEW, Kind.ADDED, d.getFindingKey(), d.getFindingKey(), null, items(Map.of(), items)));
            } else {
                List<Item> changed = new ArrayList<>(items(review(was, t, locale), items));
                Finding then = beforeResult.finding(d.getFindingKey());
                Finding now = afterResult.finding(d.getFindingKey());
                boolean stale = now != null && now.review() == ReviewState.STALE && (then == null || then.review() != ReviewState.STALE);
                if (stale) {
                    changed.add(new Item(t.get("Changes_ReviewState"), then == null ? null : then.review().label(locale), //$NON-NLS-1$
                            now.review().label(locale)));
                }
                if (!changed.isEmpty()) {
                    changes.add(new Change(Area.REVIEW, Kind.CHANGED, d.getFindingKey(), d.getFindingKey(), null, changed));
                }
            }
        }
        for (ReviewDecision d : old.values()) {
            changes.add(new Change(Area.REVIEW, Kind.REMOVED, d.getFindingKey(), d.getFindingKey(), null, List.of()));
        }
    }

    private static Map<String, Field> review(ReviewDecision d, ChangeTexts t, Locale locale) {
        Map<String, Field> items = new LinkedHashMap<>();
        items.put(t.get("Column_review"), Field.of(d.getStatus() == null ? "" : Labels.of(d.getStatus(), locale))); //$NON-NLS-1$ //$NON-NLS-2$
        items.put(t.get("Column_reviewer"), Field.of(Objects.toString(d.getReviewer(), ""))); //$NON-NLS-1$ //$NON-NLS-2$
        items.put(t.get("Column_review_date"), Field.of(d.getDate() == null ? "" : d.getDate().toString())); //$NON-NLS-1$ //$NON-NLS-2$
        items.put(t.get("Column_rationale"), Field.of(Objects.toString(d.getRationale(), ""))); //$NON-NLS-1$ //$NON-NLS-2$
        return items;
    }
}
