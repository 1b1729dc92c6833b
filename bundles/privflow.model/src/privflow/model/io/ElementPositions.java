// SPDX-License-Identifier: EPL-2.0
package privflow.model.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import privflow.model.Identified;

/**
 * Where each identified element starts in a model file (line and column of its start tag), so
 * findings and markers can point into the file. One pass over the text; elements without an id
 * get the position of their nearest identified container.
 */
public final class ElementPositions {

    /** A 1-based line and column (UTF-16 code units, as SARIF counts by default). */
    public record Position(int line, int column) {
    }

    private static final Position START = new Position(1, 1);

    private final Map<String, Position> positions;

    private ElementPositions(Map<String, Position> positions) {
        this.positions = positions;
    }

    /** @return the positions in {@code file}; none (every element at line 1) if it cannot be read */
    public static ElementPositions of(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new ElementPositions(Map.of());
        }
        return new ElementPositions(scan(text));
    }

    private static Map<String, Position> scan(String text) {
        Map<String, Position> positions = new HashMap<>();
        int line = 1;
        int lineStart = 0;
        Position tag = START;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '<' && i + 1 < length && Character.isLetter(text.charAt(i + 1))) {
                tag = new Position(line, i - lineStart + 1);
            } else if (c == 'i' && i > 0 && Character.isWhitespace(text.charAt(i - 1)) && text.startsWith("id=\"", i)) { //$NON-NLS-1$
                int end = text.indexOf('"', i + 4);
                if (end > 0) {
                    positions.putIfAbsent(text.substring(i + 4, end), tag);
                    i = end;
                }
            }
        }
        return positions;
    }

    /** @return where {@code element} (or its nearest identified container) starts, else line 1 */
    public Position of(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Identified identified && identified.getId() != null) {
                Position p = positions.get(identified.getId());
                if (p != null) {
                    return p;
                }
            }
        }
        return START;
    }
}
