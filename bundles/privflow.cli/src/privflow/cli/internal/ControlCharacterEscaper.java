// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes text from untrusted models to a terminal safely: C0 and C1 control characters (ESC and
 * the sequences it starts: colours, cursor moves, window titles) and the bidirectional overrides
 * and isolates that reorder what a reader sees are written as visible {@code \\uXXXX} escapes.
 * Line feeds and tabs pass, and carriage returns where the stream needs them (progress on the
 * error stream). In JSON the same escapes are valid and decode to the original text.
 */
public final class ControlCharacterEscaper extends FilterWriter {

    private final boolean keepCarriageReturn;

    /** @param keepCarriageReturn whether {@code \r} passes (for a progress line that redraws itself) */
    public ControlCharacterEscaper(Writer out, boolean keepCarriageReturn) {
        super(out);
        this.keepCarriageReturn = keepCarriageReturn;
    }

    @Override
    public void write(int c) throws IOException {
        if (unsafe((char) c)) {
            out.write(String.format("\\u%04x", c)); //$NON-NLS-1$
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (unsafe(buffer[i])) {
                out.write(buffer, start, i - start);
                write(buffer[i]);
                start = i + 1;
            }
        }
        out.write(buffer, start, end - start);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    private boolean unsafe(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\t' && !(c == '\r' && keepCarriageReturn);
        }
        return c == 0x7f || c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x200e || c == 0x200f || c == 0x061c;
    }
}
