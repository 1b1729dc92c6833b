// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.util.List;

/** Turning cells into text, safely. */
final class Cells {

    private Cells() {
    }

    /** @return the cell's values: one for a text, several for a list */
    @SuppressWarnings("unchecked")
    static List<String> values(Object cell) {
        if (cell instanceof List<?> list) {
            return (List<String>) list;
        }
        return cell == null ? List.of() : List.of(cell.toString());
    }

    /** @return the cell as one text, list values on separate lines */
    static String text(Object cell) {
        return String.join("\n", values(cell)); //$NON-NLS-1$
    }

    /**
     * @return {@code text} made safe for a spreadsheet: a text that a spreadsheet would read as a
     *         formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
     *         apostrophe, so it is shown, never evaluated
     */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text; //$NON-NLS-1$
    }
}
