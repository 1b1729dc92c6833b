// SPDX-License-Identifier: EPL-2.0
package privflow.model.merge;

/**
 * A change one side of a merge made that the other side's change contradicts. The merge keeps
 * {@link Side#OURS} unless told otherwise.
 *
 * @param kind what kind of contradiction
 * @param id the id of the element concerned ({@code ""} for the model itself)
 * @param type the element's type (its EMF class name), or {@code null} for a diagram node
 * @param element the element's name ({@code ""} if it has none)
 * @param feature the attribute or reference concerned, or {@code null} when the whole element is
 * @param base the value in the common ancestor, as text ({@code null} when absent there)
 * @param ours the value on our side, as text ({@code null} when absent)
 * @param theirs the value on their side, as text ({@code null} when absent)
 */
public record Conflict(Kind kind, String id, String type, String element, String feature, String base, String ours, String theirs) {

    /** Kinds of contradiction. */
    public enum Kind {
        /** Both sides changed the same attribute or reference to different values. */
        BOTH_CHANGED,
        /** We changed the element (or something in it, or something now refers to it); they deleted it. */
        CHANGED_DELETED,
        /** We deleted the element; they changed it (or something in it, or something now refers to it). */
        DELETED_CHANGED,
        /**
         * A reference to an element that is no longer in the merged model was removed, since the
         * choices made left it pointing nowhere.
         */
        REFERENCE_REMOVED
    }

    /** @return a key naming this conflict across runs of the same merge: {@code id} or {@code id:feature} */
    public String key() {
        return feature == null ? id : id + ':' + feature;
    }
}
