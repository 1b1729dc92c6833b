// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import privflow.core.AnalysisResult;
import privflow.core.Transfer;
import privflow.model.AdequacyDecision;
import privflow.model.DataFlowModel;
import privflow.model.Identified;
import privflow.model.ProcessingActivity;

/**
 * Which activities' register records cannot differ between two versions of a model, found without
 * building them: the activity, each element it refers to (transitively, through references and
 * contained parts), its flows in order with what they refer to, and its transfers are the same in
 * both versions, and so are the model's own values and the catalogues applied. A comparison builds
 * and compares the records of the other activities only (on a large model, building every record
 * is most of its work).
 * <p>
 * Elements are matched by type and id. Whatever cannot be matched for sure (no id, an id used
 * twice, a reference cycle) counts as changed, so an answer of "unchanged" is always safe.
 */
public final class UnchangedRecords {

    /** Marks an id that occurs more than once in the older version. */
    private static final EObject AMBIGUOUS = EcoreUtil.create(org.eclipse.emf.ecore.EcorePackage.Literals.EOBJECT);

    /** Marks, in {@link #clean}, an element that changed or whose answer is still open. */
    private static final EObject CHANGED = EcoreUtil.create(org.eclipse.emf.ecore.EcorePackage.Literals.EOBJECT);
    /** Marks, in {@link #clean}, an unchanged element without an id (a contained part). */
    private static final EObject UNIDENTIFIED = EcoreUtil.create(org.eclipse.emf.ecore.EcorePackage.Literals.EOBJECT);

    private final Map<String, EObject> older;
    /** For each element of the newer version checked so far: its older version if it is clean, else {@link #CHANGED}. */
    private final Map<EObject, EObject> clean = new IdentityHashMap<>();
    private final Map<EObject, Boolean> sameAsBefore = new IdentityHashMap<>();
    private final Map<EClass, List<EStructuralFeature>> features = new ConcurrentHashMap<>();
    private final RegisterBuilder before;
    private final RegisterBuilder after;
    private final boolean comparable;

    /**
     * @param beforeModel the older version
     * @param beforeResult its analysis
     * @param before its register builder
     * @param afterModel the newer version
     * @param afterResult its analysis
     * @param after its register builder
     */
    public UnchangedRecords(DataFlowModel beforeModel, AnalysisResult beforeResult, RegisterBuilder before, DataFlowModel afterModel,
            AnalysisResult afterResult, RegisterBuilder after) {
        this.before = before;
        this.after = after;
        older = new HashMap<>(2 * (beforeModel.getFlows().size() + beforeModel.getServices().size()) + 1024);
        index(beforeModel);
        comparable = sameCatalogues(beforeResult, afterResult) && sameOwnValues(beforeModel, afterModel)
                && Objects.equals(before.locale(), after.locale());
    }

    private void index(EObject parent) {
        for (EObject child : parent.eContents()) {
            if (child instanceof Identified e && e.getId() != null) {
                older.merge(e.getId(), e, (a, b) -> AMBIGUOUS);
            }
            index(child);
        }
    }

    /** @return whether the record of {@code activity} (of the newer version) equals its older version's */
    public boolean unchanged(ProcessingActivity activity) {
        if (!comparable || !(counterpart(activity) instanceof ProcessingActivity was) || !isClean(activity)) {
            return false;
        }
        return pairwise(before.flows(was), after.flows(activity), this::matches)
                && pairwise(before.transfers(was), after.transfers(activity), this::same);
    }

    /** @return whether {@code was} and {@code now} have the same length and each pair satisfies {@code same} */
    private static <T> boolean pairwise(List<T> was, List<T> now, java.util.function.BiPredicate<T, T> same) {
        if (was.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!same.test(was.get(i), now.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Safe to call from several threads at once, as is {@link #counterpart}.
     *
     * @return whether {@code was} and {@code now} (elements of the two versions) have the same
     *         values: attributes, references by the referenced element's id, contained parts without
     *         an id of their own by value, contained elements with one by their ids
     */
    public boolean sameValues(EObject was, EObject now) {
        if (was.eClass() != now.eClass()) {
            return false;
        }
        for (EStructuralFeature feature : features(now.eClass())) {
            Object a = was.eGet(feature, false);
            Object b = now.eGet(feature, false);
            if (feature instanceof EAttribute) {
                if (!Objects.equals(a, b)) {
                    return false;
                }
            } else if (!sameReferences((EReference) feature, objects(feature, a), objects(feature, b))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameReferences(EReference reference, List<EObject> was, List<EObject> now) {
        if (was.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            EObject a = was.get(i);
            EObject b = now.get(i);
            boolean identified = a instanceof Identified || b instanceof Identified;
            if (identified ? !sameId(a, b) : !(reference.isContainment() && sameValues(a, b))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameId(EObject a, EObject b) {
        return a instanceof Identified x && b instanceof Identified y && x.eClass() == y.eClass() && x.getId() != null
                && x.getId().equals(y.getId());
    }

    /** @return whether {@code now} is the newer version of {@code was} and neither it nor what it refers to changed */
    private boolean matches(EObject was, EObject now) {
        if (was == null || now == null) {
            return was == now;
        }
        EObject known = clean.get(now);
        return (known != null ? known : cleanCounterpart(now)) == was;
    }

    private boolean same(Transfer was, Transfer now) {
        return Objects.equals(was.country(), now.country()) && was.kind() == now.kind() && was.coverage() == now.coverage()
                && sameDecision(was.decision(), now.decision()) && matches(was.flow(), now.flow())
                && matches(was.recipient(), now.recipient()) && matches(was.tool(), now.tool())
                && matches(was.toolHolder(), now.toolHolder());
    }

    /** Decisions come from catalogues already found equal, so their keys tell them apart. */
    private static boolean sameDecision(AdequacyDecision was, AdequacyDecision now) {
        return was == now || was != null && now != null && Objects.equals(was.getKey(), now.getKey());
    }

    /**
     * Like {@link #unchanged}, for one thread at a time.
     *
     * @return the older version of {@code now} if a check so far found it clean (it and what it
     *         refers to unchanged), else {@code null}; never checks anything itself
     */
    public EObject knownClean(EObject now) {
        EObject known = clean.get(now);
        return known == CHANGED || known == UNIDENTIFIED ? null : known;
    }

    /** @return the element of the older version with the type and id of {@code now}, or {@code null} */
    public EObject counterpart(EObject now) {
        if (!(now instanceof Identified e) || e.getId() == null) {
            return null;
        }
        EObject was = older.get(e.getId());
        return was == null || was.eClass() != now.eClass() ? null : was;
    }

    /**
     * @return whether {@code now} has an older version with the same values and whatever it refers
     *         to or contains is unchanged too; an element met again while its own answer is open
     *         (a cycle) counts as changed
     */
    private boolean isClean(EObject now) {
        EObject known = clean.get(now);
        return (known != null ? known : cleanCounterpart(now)) != CHANGED;
    }

    /** @return the older version of {@code now} if it {@link #isClean is clean} (or {@link #UNIDENTIFIED}), else {@link #CHANGED} */
    private EObject cleanCounterpart(EObject now) {
        clean.put(now, CHANGED);
        EObject was = counterpart(now);
        boolean same = !(now instanceof Identified) || was != null && sameValuesRemembered(was, now);
        EObject result = same && dependenciesClean(now) ? (was == null ? UNIDENTIFIED : was) : CHANGED;
        clean.put(now, result);
        return result;
    }

    /**
     * @return whether {@code now} is the newer version of {@code was} (an element of the older
     *         version with the same id) with the same {@link #sameValues values}; remembered
     */
    public boolean unchangedValues(EObject was, EObject now) {
        return was != null && counterpart(now) == was && sameValuesRemembered(was, now);
    }

    private boolean sameValuesRemembered(EObject was, EObject now) {
        Boolean known = sameAsBefore.get(now);
        if (known == null) {
            known = sameValues(was, now);
            sameAsBefore.put(now, known);
        }
        return known;
    }

    private boolean dependenciesClean(EObject now) {
        for (EStructuralFeature feature : features(now.eClass())) {
            if (feature instanceof EReference) {
                for (EObject target : objects(feature, now.eGet(feature, false))) {
                    if (target instanceof Identified ? !isClean(target) : !dependenciesClean(target)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean sameCatalogues(AnalysisResult was, AnalysisResult now) {
        var a = was.facts().catalogues();
        var b = now.facts().catalogues();
        if (a.size() != b.size() || !Objects.equals(key(was), key(now))) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && !EcoreUtil.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return Objects.equals(was.asOf(), now.asOf());
    }

    private static String key(AnalysisResult result) {
        return result.facts().scenario() == null ? null : result.facts().scenario().getKey();
    }

    /** The model's own attributes and references (the record keeper); its members are compared one by one. */
    private boolean sameOwnValues(DataFlowModel was, DataFlowModel now) {
        for (EStructuralFeature feature : features(now.eClass())) {
            if (feature instanceof EReference reference && reference.isContainment()) {
                continue;
            }
            Object a = was.eGet(feature, false);
            Object b = now.eGet(feature, false);
            if (feature instanceof EAttribute
                    ? !Objects.equals(a, b)
                    : !sameReferences((EReference) feature, objects(feature, a), objects(feature, b))) {
                return false;
            }
            if (feature instanceof EReference) {
                for (EObject target : objects(feature, b)) {
                    if (!isClean(target)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** @return the features that make up an element's values: not its id, container, or derived ones */
    private List<EStructuralFeature> features(EClass type) {
        return features.computeIfAbsent(type, t -> {
            List<EStructuralFeature> list = new ArrayList<>();
            for (EStructuralFeature feature : t.getEAllStructuralFeatures()) {
                if (!feature.isDerived() && !feature.isTransient() && !(feature instanceof EReference r && r.isContainer())
                        && feature != privflow.model.PrivflowPackage.Literals.IDENTIFIED__ID) {
                    list.add(feature);
                }
            }
            return list;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> objects(EStructuralFeature feature, Object value) {
        if (feature.isMany()) {
            return (List<EObject>) value;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }
}
