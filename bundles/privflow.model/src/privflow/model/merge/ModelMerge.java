// SPDX-License-Identifier: EPL-2.0
package privflow.model.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import privflow.model.Identified;
import privflow.model.Named;
import privflow.model.PrivflowPackage;

/**
 * A three-way merge of two versions of a model against their common ancestor, by element id.
 * <p>
 * Edits to different elements, or to different attributes of one element, merge cleanly; lists
 * (purposes, the data categories of a flow, sub-processors) merge as sets, so what either side
 * added is added and what either side removed is removed. Two edits of one attribute to different
 * values, and an edit of an element the other side deleted, are {@link Conflict conflicts}: the
 * merge keeps our side unless the given choice says otherwise. Elements either side added are
 * placed after the element that precedes them on that side. Parts without an id of their own (a
 * service's locations, a contact, the catalogue) are values of the element that holds them. No
 * reference is left pointing at an element the merged model does not have.
 */
public final class ModelMerge {

    /** Stands for "no value" when an element is absent from the base. */
    private static final Object ABSENT = new Object();
    private static final String ROOT = ""; //$NON-NLS-1$

    private final Function<Conflict, Side> choice;
    private final Map<String, EObject> base;
    private final Map<String, EObject> ours;
    private final Map<String, EObject> theirs;
    private final Map<String, EObject> result;
    private final Map<EObject, String> keys = new IdentityHashMap<>();
    private final EObject resultRoot;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Set<String> restoring = new HashSet<>();
    private Set<String> referencedByOurs;
    private Set<String> referencedByTheirs;
    private Set<String> baseReferences;

    private ModelMerge(EObject base, EObject ours, EObject theirs, Function<Conflict, Side> choice) {
        this.choice = choice;
        this.base = index(base);
        this.ours = index(ours);
        this.theirs = index(theirs);
        this.result = new LinkedHashMap<>(this.ours);
        this.resultRoot = ours;
    }

    /**
     * Merges {@code theirs} into {@code ours}, which becomes the merged model.
     *
     * @param base the common ancestor (not changed)
     * @param ours our version; changed in place into the merged model
     * @param theirs their version (not changed)
     * @param choice which side each conflict takes; {@code c -> Side.OURS} keeps ours throughout
     * @return the conflicts met, in model order (empty when the merge is clean)
     */
    public static List<Conflict> merge(EObject base, EObject ours, EObject theirs, Function<Conflict, Side> choice) {
        ModelMerge merge = new ModelMerge(base, ours, theirs, choice);
        merge.run();
        return List.copyOf(merge.conflicts);
    }

    private void run() {
        for (Map.Entry<String, EObject> entry : theirs.entrySet()) {
            String key = entry.getKey();
            EObject their = entry.getValue();
            EObject common = base.get(key);
            EObject our = ours.get(key);
            if (key.equals(ROOT)) {
                mergeFeatures(key, common, our, their);
                continue;
            }
            String parent = keys.get(their.eContainer());
            if (!result.containsKey(parent)) {
                continue;
            }
            if (our != null) {
                if (our.eClass() == their.eClass()) {
                    mergeFeatures(key, common, our, their);
                } else if (decide(new Conflict(Conflict.Kind.BOTH_CHANGED, key, type(our), name(our), null,
                        common == null ? null : type(common), type(our), type(their))) == Side.THEIRS) {
                    EObject slot = our;
                    delete(slot);
                    add(their, key, parent);
                    restoring.add(key);
                }
            } else if (common == null || restoring.contains(parent)) {
                add(their, key, parent);
                if (restoring.contains(parent)) {
                    restoring.add(key);
                }
            } else if (changed(common, their, referencedByTheirs())
                    && decide(new Conflict(Conflict.Kind.DELETED_CHANGED, key, type(their), name(their), null, name(common), null,
                            name(their))) == Side.THEIRS) {
                add(their, key, parent);
                restoring.add(key);
            }
        }
        for (Map.Entry<String, EObject> entry : base.entrySet()) {
            String key = entry.getKey();
            EObject our = ours.get(key);
            if (theirs.containsKey(key) || our == null || result.get(key) != our) {
                continue;
            }
            if (!changed(entry.getValue(), our, referencedByOurs())
                    || decide(new Conflict(Conflict.Kind.CHANGED_DELETED, key, type(our), name(our), null, name(entry.getValue()),
                            name(our), null)) == Side.THEIRS) {
                delete(our);
            }
        }
        rebind();
    }

    private Side decide(Conflict conflict) {
        conflicts.add(conflict);
        return Objects.requireNonNullElse(choice.apply(conflict), Side.OURS);
    }

    // Indexing -----------------------------------------------------------------------------------

    private Map<String, EObject> index(EObject root) {
        Map<String, EObject> index = new LinkedHashMap<>();
        index.put(ROOT, root);
        keys.put(root, ROOT);
        index(root, ROOT, index);
        return index;
    }

    private void index(EObject parent, String parentKey, Map<String, EObject> index) {
        for (EReference feature : parent.eClass().getEAllContainments()) {
            if (!isMembership(feature)) {
                continue;
            }
            List<EObject> children = objects(parent, feature);
            for (int i = 0; i < children.size(); i++) {
                EObject child = children.get(i);
                String id = ((Identified) child).getId();
                String key = id == null || id.isEmpty() || index.containsKey(id) ? parentKey + '/' + feature.getName() + '.' + i : id;
                index.put(key, child);
                keys.put(child, key);
                index(child, key, index);
            }
        }
    }

    /** @return whether {@code feature} holds elements with ids of their own, merged one by one */
    private static boolean isMembership(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isContainment()
                && PrivflowPackage.Literals.IDENTIFIED.isSuperTypeOf(reference.getEReferenceType());
    }

    /** @return the features compared and merged as values of an element (not its id, not its members) */
    private static List<EStructuralFeature> features(EClass type) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || !feature.isChangeable() || isMembership(feature)
                    || feature == PrivflowPackage.Literals.IDENTIFIED__ID
                    || feature instanceof EReference reference && reference.isContainer()) {
                continue;
            }
            features.add(feature);
        }
        return features;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> objects(EObject owner, EStructuralFeature feature) {
        Object value = owner.eGet(feature);
        if (feature.isMany()) {
            return (List<EObject>) value;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    @SuppressWarnings("unchecked")
    private static EList<Object> list(EObject owner, EStructuralFeature feature) {
        return (EList<Object>) owner.eGet(feature);
    }

    // Values -------------------------------------------------------------------------------------

    /** @return the value of {@code feature} in comparable form: references as keys, parts as text */
    private Object value(EObject owner, EStructuralFeature feature) {
        if (owner == null) {
            return ABSENT;
        }
        if (feature instanceof EAttribute) {
            return feature.isMany() ? List.copyOf(list(owner, feature)) : owner.eGet(feature);
        }
        EReference reference = (EReference) feature;
        List<String> values = new ArrayList<>();
        for (EObject target : objects(owner, reference)) {
            values.add(reference.isContainment() ? part(target) : keyOf(target));
        }
        return reference.isMany() ? values : values.isEmpty() ? null : values.get(0);
    }

    private String keyOf(EObject target) {
        String key = keys.get(target);
        if (key != null) {
            return key;
        }
        return target instanceof Identified identified && identified.getId() != null
                ? identified.getId()
                : "?" + EcoreUtil.getURI(target).fragment(); //$NON-NLS-1$
    }

    /** @return a part without an id (a location, a contact) as text, references as keys */
    private String part(EObject part) {
        StringBuilder text = new StringBuilder();
        for (EStructuralFeature feature : features(part.eClass())) {
            if (!part.eIsSet(feature)) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(", "); //$NON-NLS-1$
            }
            text.append(feature.getName()).append('=');
            Object value = value(part, feature);
            text.append(value instanceof List<?> l ? l : feature instanceof EAttribute ? literal(feature, value) : value);
        }
        return '{' + text.toString() + '}';
    }

    private static String literal(EStructuralFeature feature, Object value) {
        return value == null ? "" : EcoreUtil.convertToString((EDataType) feature.getEType(), value); //$NON-NLS-1$
    }

    /** @return {@code value} as a reader of the conflict report sees it */
    private String text(EStructuralFeature feature, Object value, Map<String, EObject> side) {
        if (value == ABSENT) {
            return null;
        }
        if (value instanceof List<?> values) {
            List<String> texts = new ArrayList<>();
            for (Object v : values) {
                texts.add(text(feature, v, side));
            }
            return String.join("; ", texts); //$NON-NLS-1$
        }
        if (feature instanceof EAttribute) {
            return literal(feature, value);
        }
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        EObject target = side.get(value);
        return target == null || ((EReference) feature).isContainment() ? String.valueOf(value) : name(target);
    }

    private static String type(EObject element) {
        return element.eClass().getName();
    }

    /** @return the element's name, else its id, else {@code ""} */
    private static String name(EObject element) {
        String name = element instanceof Named named ? named.getName() : null;
        if (name != null && !name.isBlank()) {
            return name;
        }
        return element instanceof Identified identified && identified.getId() != null ? identified.getId() : ""; //$NON-NLS-1$
    }

    // Merging an element's values -----------------------------------------------------------------

    private void mergeFeatures(String key, EObject common, EObject our, EObject their) {
        for (EStructuralFeature feature : features(our.eClass())) {
            Object b = value(common, feature);
            Object o = value(our, feature);
            Object t = value(their, feature);
            if (Objects.equals(t, b) || Objects.equals(t, o)) {
                continue;
            }
            if (Objects.equals(o, b)) {
                copy(their, our, feature);
            } else if (feature.isMany() && !(feature instanceof EReference reference && reference.isContainment())) {
                union(our, their, feature, b == ABSENT ? List.of() : (List<?>) b, (List<?>) o, (List<?>) t);
            } else if (decide(new Conflict(Conflict.Kind.BOTH_CHANGED, key, type(our), name(our), feature.getName(), text(feature, b, base),
                    text(feature, o, ours), text(feature, t, theirs))) == Side.THEIRS) {
                copy(their, our, feature);
            }
        }
    }

    /** Both sides changed a list: keeps ours, less what they removed, plus what they added. */
    private void union(EObject our, EObject their, EStructuralFeature feature, List<?> b, List<?> o, List<?> t) {
        Set<Object> merged = new LinkedHashSet<>();
        for (Object value : o) {
            if (!b.contains(value) || t.contains(value)) {
                merged.add(value);
            }
        }
        for (Object value : t) {
            if (!b.contains(value)) {
                merged.add(value);
            }
        }
        EList<Object> list = list(our, feature);
        List<Object> values = new ArrayList<>();
        for (Object value : merged) {
            values.add(feature instanceof EReference ? target((String) value) : value);
        }
        list.clear();
        list.addAll(values);
    }

    /** @return the element a key names, on our side if it is there, else theirs (rebound later) */
    private EObject target(String key) {
        EObject target = result.get(key);
        return target != null ? target : theirs.get(key);
    }

    /** Sets {@code feature} of {@code to} from {@code from}; references may point into {@code from}'s model until {@link #rebind()}. */
    private static void copy(EObject from, EObject to, EStructuralFeature feature) {
        if (feature instanceof EReference reference && reference.isContainment()) {
            List<EObject> parts = new ArrayList<>(EcoreUtil.copyAll(objects(from, feature)));
            if (feature.isMany()) {
                list(to, feature).clear();
                list(to, feature).addAll(parts);
            } else if (parts.isEmpty()) {
                to.eUnset(feature);
            } else {
                to.eSet(feature, parts.get(0));
            }
        } else if (feature.isMany()) {
            List<Object> values = new ArrayList<>(list(from, feature));
            list(to, feature).clear();
            list(to, feature).addAll(values);
        } else if (from.eIsSet(feature)) {
            to.eSet(feature, from.eGet(feature));
        } else {
            to.eUnset(feature);
        }
    }

    // Adding and deleting elements ----------------------------------------------------------------

    /** Adds a copy of their element (without its members, which come in their own turn). */
    private void add(EObject their, String key, String parentKey) {
        EObject parent = result.get(parentKey);
        EReference feature = their.eContainmentFeature();
        EObject copy = EcoreUtil.create(their.eClass());
        if (their instanceof Identified identified) {
            ((Identified) copy).setId(identified.getId());
        }
        for (EStructuralFeature f : features(their.eClass())) {
            copy(their, copy, f);
        }
        if (feature.isMany()) {
            EList<Object> siblings = list(parent, feature);
            siblings.add(position(their, siblings), copy);
        } else {
            EObject present = (EObject) parent.eGet(feature);
            if (present != null) {
                if (decide(new Conflict(Conflict.Kind.BOTH_CHANGED, parentKey, type(parent), name(parent), feature.getName(), null,
                        name(present), name(their))) != Side.THEIRS) {
                    return;
                }
                delete(present);
            }
            parent.eSet(feature, copy);
        }
        keys.put(copy, key);
        result.put(key, copy);
    }

    /** @return where their element goes: after the sibling before it on their side, and after what we added there */
    private int position(EObject their, List<Object> siblings) {
        @SuppressWarnings("unchecked")
        List<EObject> theirSiblings = (List<EObject>) their.eContainer().eGet(their.eContainmentFeature());
        int index = 0;
        for (int i = theirSiblings.indexOf(their) - 1; i >= 0; i--) {
            EObject before = result.get(keys.get(theirSiblings.get(i)));
            int at = before == null ? -1 : siblings.indexOf(before);
            if (at >= 0) {
                index = at + 1;
                break;
            }
        }
        while (index < siblings.size() && !base.containsKey(keys.get(siblings.get(index)))) {
            index++;
        }
        return index;
    }

    private void delete(EObject element) {
        result.remove(keys.get(element));
        for (TreeIterator<EObject> it = element.eAllContents(); it.hasNext();) {
            String key = keys.get(it.next());
            if (key != null) {
                result.remove(key);
            }
        }
        EcoreUtil.remove(element);
    }

    /**
     * @return whether {@code side}'s version of an element differs from the base's, in its values,
     *         its members or theirs, or by being referred to where the base did not refer to it
     */
    private boolean changed(EObject common, EObject side, Set<String> newlyReferenced) {
        if (common.eClass() != side.eClass() || newlyReferenced.contains(keys.get(side))) {
            return true;
        }
        for (EStructuralFeature feature : features(side.eClass())) {
            if (!Objects.equals(value(common, feature), value(side, feature))) {
                return true;
            }
        }
        for (EReference feature : side.eClass().getEAllContainments()) {
            if (!isMembership(feature)) {
                continue;
            }
            List<EObject> before = objects(common, feature);
            List<EObject> after = objects(side, feature);
            if (before.size() != after.size()) {
                return true;
            }
            for (int i = 0; i < before.size(); i++) {
                if (!keys.get(before.get(i)).equals(keys.get(after.get(i))) || changed(before.get(i), after.get(i), newlyReferenced)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Set<String> referencedByOurs() {
        if (referencedByOurs == null) {
            referencedByOurs = newlyReferenced(ours.get(ROOT));
        }
        return referencedByOurs;
    }

    private Set<String> referencedByTheirs() {
        if (referencedByTheirs == null) {
            referencedByTheirs = newlyReferenced(theirs.get(ROOT));
        }
        return referencedByTheirs;
    }

    /** @return the keys of the elements {@code root} refers to by a reference the base does not have */
    private Set<String> newlyReferenced(EObject root) {
        if (baseReferences == null) {
            baseReferences = new HashSet<>();
            references(base.get(ROOT), (source, target) -> baseReferences.add(source + '\n' + target));
        }
        Set<String> keys = new HashSet<>();
        references(root, (source, target) -> {
            if (!baseReferences.contains(source + '\n' + target)) {
                keys.add(target);
            }
        });
        return keys;
    }

    private void references(EObject root, java.util.function.BiConsumer<String, String> sink) {
        for (TreeIterator<EObject> it = EcoreUtil.getAllProperContents(root, false); it.hasNext();) {
            EObject object = it.next();
            String owner = owner(object);
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
                    continue;
                }
                for (EObject target : objects(object, reference)) {
                    sink.accept(owner + '/' + reference.getName(), keyOf(target));
                }
            }
        }
    }

    /** @return the key of {@code object} or of its nearest container that has one */
    private String owner(EObject object) {
        return keys.getOrDefault(ownerElement(object), ROOT);
    }

    // References ---------------------------------------------------------------------------------

    /** Points every reference at the merged model's element of the same key, or removes it. */
    private void rebind() {
        for (TreeIterator<EObject> it = EcoreUtil.getAllProperContents(resultRoot, false); it.hasNext();) {
            EObject object = it.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()
                        || !reference.isChangeable()) {
                    continue;
                }
                if (reference.isMany()) {
                    EList<Object> targets = list(object, reference);
                    for (int i = targets.size() - 1; i >= 0; i--) {
                        EObject target = (EObject) targets.get(i);
                        EObject bound = bound(object, reference, target);
                        if (bound == null) {
                            targets.remove(i);
                        } else if (bound != target) {
                            if (targets.contains(bound)) {
                                targets.remove(i);
                            } else {
                                targets.set(i, bound);
                            }
                        }
                    }
                } else if (object.eGet(reference) instanceof EObject target) {
                    EObject bound = bound(object, reference, target);
                    if (bound == null) {
                        object.eUnset(reference);
                    } else if (bound != target) {
                        object.eSet(reference, bound);
                    }
                }
            }
        }
    }

    private EObject bound(EObject owner, EReference reference, EObject target) {
        if (EcoreUtil.getRootContainer(target) == resultRoot) {
            return target;
        }
        EObject bound = result.get(keyOf(target));
        if (bound != null && EcoreUtil.getRootContainer(bound) == resultRoot) {
            return bound;
        }
        EObject element = ownerElement(owner);
        conflicts.add(new Conflict(Conflict.Kind.REFERENCE_REMOVED, owner(owner), type(element), name(element), reference.getName(), null,
                name(target), null));
        return null;
    }

    private EObject ownerElement(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (keys.containsKey(o)) {
                return o;
            }
        }
        return object;
    }
}
