// SPDX-License-Identifier: EPL-2.0
package privflow.model.io;

import java.io.IOException;

/**
 * A model file that cannot be read: malformed, truncated, hostile or inconsistent. The message
 * names the file and, where known, the line and column.
 */
public class ModelLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file the file as the user named it
     * @param line 1-based line, or 0 if unknown
     * @param column 1-based column, or 0 if unknown
     * @param problem what is wrong, in a sentence
     */
    public ModelLoadException(String file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String problem) {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.append(": ").append(problem).toString();
    }

    /** @return the file as the user named it */
    public String getFile() {
        return file;
    }

    /** @return the 1-based line, or 0 if unknown */
    public int getLine() {
        return line;
    }

    /** @return the 1-based column, or 0 if unknown */
    public int getColumn() {
        return column;
    }

    /** @return what is wrong, without the location */
    public String getProblem() {
        return problem;
    }
}
