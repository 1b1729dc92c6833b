// SPDX-License-Identifier: EPL-2.0
package privflow.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import privflow.diagram.DiagramLayout.Box;
import privflow.model.io.AtomicFile;
import privflow.model.merge.Conflict;
import privflow.model.merge.Side;
import privflow.diagram.internal.Messages;

/**
 * The positions the user gave the diagram's nodes, kept beside the model in
 * {@code <model file>.layout}: one line per node, {@code id x y width height} in whole points,
 * sorted by id, so moving one node changes one line of a git diff. Empty means "laid out
 * automatically"; the file is then removed.
 */
public final class DiagramPositions {

    /** The first line of the file, naming the format and its version. */
    static final String HEADER = "# privflow diagram positions 1"; //$NON-NLS-1$
    private static final String SUFFIX = ".layout"; //$NON-NLS-1$

    private final Map<String, Box> boxes = new TreeMap<>();

    /** @return the positions file beside {@code model} */
    public static Path beside(Path model) {
        return model.resolveSibling(model.getFileName() + SUFFIX);
    }

    /**
     * Reads {@code file}; a missing file gives no positions.
     *
     * @throws IOException if the file cannot be read or a line is not {@code id x y width height}
     *         (the message names the file and the line)
     */
    public static DiagramPositions read(Path file) throws IOException {
        DiagramPositions positions = new DiagramPositions();
        if (!Files.exists(file)) {
            return positions;
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(Messages.format(Locale.getDefault(), "Positions_NotRegular", file)); //$NON-NLS-1$
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(Messages.format(Locale.getDefault(), "Positions_TooLarge", file, MAX_BYTES / (1024 * 1024))); //$NON-NLS-1$
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return positions;
        } catch (CharacterCodingException e) {
            throw new IOException(Messages.format(Locale.getDefault(), "Positions_NotUtf8", file), e); //$NON-NLS-1$
        }
        if (lines.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().filter(HEADER::equals).isEmpty()) {
            // never echo a line of a file that is not a positions file (it may be any file a link points to)
            throw new IOException(Messages.format(Locale.getDefault(), "Positions_NotPositions", file, HEADER)); //$NON-NLS-1$
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            String[] parts = line.split("\\s+"); //$NON-NLS-1$
            try {
                if (parts.length != 5) {
                    throw new NumberFormatException();
                }
                double x = coordinate(parts[1]);
                double y = coordinate(parts[2]);
                double width = coordinate(parts[3]);
                double height = coordinate(parts[4]);
                if (width <= 0 || height <= 0) {
                    throw new NumberFormatException();
                }
                positions.boxes.put(parts[0], new Box(x, y, width, height));
            } catch (NumberFormatException e) {
                throw new IOException(Messages.format(Locale.getDefault(), "Positions_BadLine", file, n + 1, line, (long) MAX_COORDINATE), //$NON-NLS-1$
                        e);
            }
        }
        return positions;
    }

    /** A positions file larger than this is not one privflow wrote (a line per node). */
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    /** Coordinates and sizes beyond this are not a drawing a user made. */
    private static final double MAX_COORDINATE = 1e6;

    /** @return a finite number within {@link #MAX_COORDINATE}; else a {@link NumberFormatException} */
    private static double coordinate(String text) {
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value) || Math.abs(value) > MAX_COORDINATE) {
            throw new NumberFormatException(text);
        }
        return value;
    }

    /** Writes the positions to {@code file} atomically, or deletes it when there are none. */
    public void write(Path file) throws IOException {
        if (boxes.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        AtomicFile.write(file, toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @return the file's text: the header, then {@code id x y width height} per node, sorted by id */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        boxes.forEach((id, b) -> text.append(id).append(' ').append(Math.round(b.x())).append(' ').append(Math.round(b.y()))
                .append(' ').append(Math.round(b.width())).append(' ').append(Math.round(b.height())).append('\n'));
        return text.toString();
    }

    /** @return the position of node {@code id}, or {@code null} if it is laid out automatically */
    public Box get(String id) {
        return boxes.get(id);
    }

    /** @return every position, by node id (read-only) */
    public Map<String, Box> all() {
        return Collections.unmodifiableMap(boxes);
    }

    /** @return whether no node has a position of its own */
    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    /** Replaces every position with {@code positions} (rounded to whole points, as saved). */
    public void setAll(Map<String, Box> positions) {
        boxes.clear();
        positions.forEach(this::put);
    }

    /** Sets the position of node {@code id} (rounded to whole points, as saved). */
    public void put(String id, Box box) {
        boxes.put(id, new Box(Math.round(box.x()), Math.round(box.y()), Math.max(1, Math.round(box.width())),
                Math.max(1, Math.round(box.height()))));
    }

    /**
     * Merges {@code theirs} into {@code ours} against their common ancestor, node by node: a node one
     * side moved takes that side's box; two different moves of one node, or a move of a node the
     * other side no longer positions, are conflicts, resolved by {@code choice} (ours by default).
     *
     * @return the conflicts, by node id
     */
    public static List<Conflict> merge(DiagramPositions base, DiagramPositions ours, DiagramPositions theirs,
            Function<Conflict, Side> choice) {
        List<Conflict> conflicts = new ArrayList<>();
        Set<String> ids = new TreeSet<>(base.boxes.keySet());
        ids.addAll(ours.boxes.keySet());
        ids.addAll(theirs.boxes.keySet());
        for (String id : ids) {
            Box b = base.boxes.get(id);
            Box o = ours.boxes.get(id);
            Box t = theirs.boxes.get(id);
            if (Objects.equals(t, b) || Objects.equals(t, o)) {
                continue;
            }
            if (!Objects.equals(o, b)) {
                Conflict.Kind kind = o == null
                        ? Conflict.Kind.DELETED_CHANGED
                        : t == null ? Conflict.Kind.CHANGED_DELETED : Conflict.Kind.BOTH_CHANGED;
                Conflict conflict = new Conflict(kind, id, null, id, "position", text(b), text(o), text(t)); //$NON-NLS-1$
                conflicts.add(conflict);
                if (choice.apply(conflict) != Side.THEIRS) {
                    continue;
                }
            }
            if (t == null) {
                ours.boxes.remove(id);
            } else {
                ours.boxes.put(id, t);
            }
        }
        return conflicts;
    }

    private static String text(Box box) {
        return box == null
                ? null
                : Math.round(box.x()) + " " + Math.round(box.y()) + " " + Math.round(box.width()) + " " + Math.round(box.height()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Forgets the positions of nodes whose ids are not in {@code ids}, e.g. of deleted elements before saving. */
    public void retain(Set<String> ids) {
        boxes.keySet().retainAll(ids);
    }
}
