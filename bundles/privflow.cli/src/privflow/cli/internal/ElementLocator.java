// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

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
 * findings can point into the file. One pass over the text; elements without an id get the
 * position of their nearest identified container.
 */
final class ElementLocator {

    /** A 1-based line and column (UTF-16 code units, as SARIF counts by default). */
    record Position(int line, int column) {
    }

    private static final Position START = new Position(1, 1);

    private final Map<String, Position> positions;

    private ElementLocator(Map<String, Position> positions) {
        this.positions = positions;
    }

    static ElementLocator of(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new ElementLocator(Map.of());
        }
        return new ElementLocator(scan(text));
    }

    static Map<String, Position> scan(String text) {
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
    Position of(EObject element) {
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
