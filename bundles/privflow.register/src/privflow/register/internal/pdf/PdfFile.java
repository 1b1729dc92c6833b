// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * A PDF file written object by object as it is made, so that a document of thousands of pages
 * never sits in memory: object numbers are reserved ahead (a page can name the structure element
 * its text belongs to before that element is complete) and each object is written once. Objects
 * other than streams go into compressed object streams of {@value #PER_STREAM}, as a tagged
 * document has many small ones; a cross-reference stream follows at the end. The file identifier
 * is a digest of everything written before it, so the same content gives the same bytes.
 */
public final class PdfFile {

    private final OutputStream out;
    private final MessageDigest digest;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    private final byte[] buffer = new byte[64 * 1024];
    private long position;
    /** Per object: its offset in the file, or -(1 + (object stream << 16 | index)) when in an object stream. */
    private long[] offsets = new long[1024];
    private int next = 1;
    private int objectStream;
    private final StringBuilder streamIndex = new StringBuilder();
    private final StringBuilder streamBodies = new StringBuilder();
    private int inStream;

    /** Objects per object stream. */
    static final int PER_STREAM = 200;

    /** Starts a PDF 1.7 file (the base of PDF/A-2 and PDF/UA-1) on {@code out}. */
    public PdfFile(OutputStream out) throws IOException {
        this.out = out;
        this.digest = sha256();
        write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"); //$NON-NLS-1$
    }

    /** @return a new object number, to be written with {@link #object} or {@link #stream} */
    public int reserve() {
        if (next == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        return next++;
    }

    /** Writes object {@code number} with the body {@code body} (a dictionary, an array or a value). */
    public void object(int number, CharSequence body) throws IOException {
        check(number);
        if (inStream == 0) {
            objectStream = reserve();
        }
        offsets[number] = -(1 + ((long) objectStream << 16 | inStream));
        streamIndex.append(number).append(' ').append(streamBodies.length()).append(' ');
        streamBodies.append(body).append('\n');
        if (++inStream == PER_STREAM) {
            flushObjects();
        }
    }

    private void flushObjects() throws IOException {
        if (inStream == 0) {
            return;
        }
        byte[] index = streamIndex.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] bodies = streamBodies.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = Arrays.copyOf(index, index.length + bodies.length);
        System.arraycopy(bodies, 0, data, index.length, bodies.length);
        int count = inStream;
        inStream = 0;
        streamIndex.setLength(0);
        streamBodies.setLength(0);
        stream(objectStream, "/Type /ObjStm /N " + count + " /First " + index.length, data, true); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Writes object {@code number} as a stream.
     *
     * @param entries dictionary entries besides /Length and /Filter, e.g. {@code /Subtype /XML}
     * @param data the stream's bytes
     * @param compress whether to deflate them
     */
    public void stream(int number, String entries, byte[] data, boolean compress) throws IOException {
        byte[] bytes = compress ? deflate(data) : data;
        begin(number);
        write("<< " + entries + (compress ? " /Filter /FlateDecode" : "") + " /Length " + bytes.length //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + " >>\nstream\n"); //$NON-NLS-1$
        write(bytes, bytes.length);
        write("\nendstream\nendobj\n"); //$NON-NLS-1$
    }

    /**
     * Ends the file: the last object stream and the cross-reference stream, which holds the trailer.
     *
     * @param catalog the document catalogue's object number
     * @param info the document information dictionary's object number
     */
    public void finish(int catalog, int info) throws IOException {
        flushObjects();
        int xref = reserve();
        for (int n = 1; n < xref; n++) {
            if (offsets[n] == 0) {
                throw new IllegalStateException("object " + n + " was reserved and never written"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        String id = hex(Arrays.copyOf(digest.digest(), 16));
        long start = position;
        offsets[xref] = start;
        int size = next;
        int width = position > 0xffffffffL ? 5 : 4;
        byte[] table = new byte[size * (1 + width + 2)];
        int at = 0;
        for (int n = 0; n < size; n++) {
            long entry = offsets[n];
            int type = n == 0 ? 0 : entry < 0 ? 2 : 1;
            long field2 = type == 2 ? (-entry - 1) >>> 16 : type == 1 ? entry : 0;
            int field3 = type == 2 ? (int) ((-entry - 1) & 0xffff) : type == 0 ? 0xffff : 0;
            table[at++] = (byte) type;
            for (int b = width - 1; b >= 0; b--) {
                table[at++] = (byte) (field2 >>> (8 * b));
            }
            table[at++] = (byte) (field3 >> 8);
            table[at++] = (byte) field3;
        }
        byte[] data = deflate(table);
        write(xref + " 0 obj\n<< /Type /XRef /Size " + size + " /W [1 " + width + " 2] /Root " + catalog + " 0 R /Info " + info //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + " 0 R /ID [<" + id + "> <" + id + ">] /Filter /FlateDecode /Length " + data.length + " >>\nstream\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        write(data, data.length);
        write("\nendstream\nendobj\nstartxref\n" + start + "\n%%EOF\n"); //$NON-NLS-1$ //$NON-NLS-2$
        out.flush();
        deflater.end();
    }

    private void check(int number) {
        if (number <= 0 || number >= next || offsets[number] != 0) {
            throw new IllegalStateException("object " + number + " is not reserved or already written"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void begin(int number) throws IOException {
        check(number);
        offsets[number] = position;
        write(number + " 0 obj\n"); //$NON-NLS-1$
    }

    private void write(CharSequence text) throws IOException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        write(bytes, bytes.length);
    }

    private void write(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
        digest.update(bytes, 0, length);
        position += length;
    }

    private byte[] deflate(byte[] data) {
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream result = new ByteArrayOutputStream(Math.max(64, data.length / 3));
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            result.write(buffer, 0, n);
        }
        return result.toByteArray();
    }

    /** @return {@code bytes} as upper-case hexadecimal digits */
    public static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            hex.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
        return hex.toString();
    }

    /** @return {@code text} as a PDF text string: UTF-16BE with a byte order mark, in hexadecimal */
    public static String text(String text) {
        return "<FEFF" + hex(text.getBytes(StandardCharsets.UTF_16BE)) + ">"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return {@code text} as a PDF string of ASCII characters, escaped */
    public static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('(');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == ')' || c == '\\') {
                out.append('\\');
            }
            out.append(c < 0x20 || c > 0x7e ? '?' : c);
        }
        return out.append(')').toString();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
