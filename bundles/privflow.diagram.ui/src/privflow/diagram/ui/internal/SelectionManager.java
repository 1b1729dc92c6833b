// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The ids of the nodes and flows selected on a canvas, in the order they were selected; a change
 * repaints the elements that changed, and a change the user made is told to the listener.
 */
final class SelectionManager {

    private final Set<String> selection = new LinkedHashSet<>();
    private final Consumer<Collection<String>> repaint;
    private Consumer<List<String>> listener = ids -> {};

    /** @param repaint repaints the elements with the given ids */
    SelectionManager(Consumer<Collection<String>> repaint) {
        this.repaint = repaint;
    }

    void onUserSelect(Consumer<List<String>> newListener) {
        listener = newListener;
    }

    /** Selects {@code ids}. */
    void set(Collection<String> ids) {
        if (!new ArrayList<>(selection).equals(new ArrayList<>(new LinkedHashSet<>(ids)))) {
            Set<String> changed = new HashSet<>(selection);
            selection.clear();
            selection.addAll(ids);
            changed.addAll(selection);
            repaint.accept(changed);
        }
    }

    /** Selects {@code ids} as the user did, telling the listener. */
    void userSet(Collection<String> ids) {
        set(ids);
        listener.accept(get());
    }

    /** Forgets the elements that no longer exist. */
    void retain(Predicate<String> exists) {
        selection.removeIf(exists.negate());
    }

    List<String> get() {
        return List.copyOf(selection);
    }

    Set<String> asSet() {
        return Set.copyOf(selection);
    }

    String first() {
        return selection.isEmpty() ? null : selection.iterator().next();
    }
}
