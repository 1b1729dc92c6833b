// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font embedded as a subset (a composite font with Identity-H encoding, whose codes are
 * the font's glyph ids), with the widths, the glyph map and the Unicode map that PDF/A-2u and
 * PDF/UA-1 require. Text is measured with the same widths the PDF declares. A character the font
 * has no glyph for is shown as the replacement character, never as the font's .notdef glyph.
 */
public final class EmbeddedFont {

    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "fpgm", "gasp"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String name;
    private final String resource;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float scale;
    private final int replacement;
    private final int replacementChar;
    private final int number;
    private final int[] widths;
    private final Map<Integer, Integer> unicode = new TreeMap<>();

    /**
     * @param name the font's PostScript name, e.g. {@code DejaVuSans}
     * @param resource the name pages refer to it by, e.g. {@code F1}
     * @param program the TrueType file
     * @param number the object number reserved for the font dictionary
     */
    public EmbeddedFont(String name, String resource, InputStream program, int number) throws IOException {
        this.name = name;
        this.resource = resource;
        this.number = number;
        this.font = new TTFParser().parse(new RandomAccessReadBuffer(program));
        this.cmap = font.getUnicodeCmapLookup();
        this.scale = 1000f / font.getUnitsPerEm();
        this.widths = new int[font.getNumberOfGlyphs()];
        java.util.Arrays.fill(widths, -1);
        int fallback = cmap.getGlyphId(0xfffd);
        this.replacementChar = fallback > 0 ? 0xfffd : '?';
        this.replacement = cmap.getGlyphId(replacementChar);
    }

    /** @return the name pages refer to the font by */
    public String resource() {
        return resource;
    }

    /** @return the object number of the font dictionary */
    public int number() {
        return number;
    }

    /** @return the width of {@code text} at {@code size} points */
    public float width(CharSequence text, float size) throws IOException {
        long units = 0;
        for (int i = 0; i < text.length();) {
            int c = Character.codePointAt(text, i);
            units += glyphWidth(glyph(c));
            i += Character.charCount(c);
        }
        return units * size / 1000f;
    }

    /** @return the width of the character {@code c} at {@code size} points */
    public float width(int c, float size) throws IOException {
        return glyphWidth(glyph(c)) * size / 1000f;
    }

    /** Appends {@code text} as a hexadecimal string of glyph ids, for the Tj operator. */
    public void encode(CharSequence text, StringBuilder content) {
        content.append('<');
        for (int i = 0; i < text.length();) {
            int c = Character.codePointAt(text, i);
            int gid = glyph(c);
            unicode.putIfAbsent(gid, gid == replacement ? replacementChar : c == '\t' || c == 0xa0 ? ' ' : c);
            String hex = Integer.toHexString(gid);
            content.append("0000", hex.length(), 4).append(hex); //$NON-NLS-1$
            i += Character.charCount(c);
        }
        content.append('>');
    }

    private int glyph(int c) {
        int gid = c == '\t' || c == 0xa0 ? cmap.getGlyphId(' ') : cmap.getGlyphId(c);
        return gid > 0 ? gid : replacement;
    }

    private int glyphWidth(int gid) throws IOException {
        int w = widths[gid];
        if (w < 0) {
            w = Math.round(font.getAdvanceWidth(gid) * scale);
            widths[gid] = w;
        }
        return w;
    }

    /**
     * Writes the font: its dictionaries, the subset of the glyphs shown, the widths of those glyphs,
     * the map from codes to the subset's glyphs and the map from codes to Unicode.
     */
    public void write(PdfFile pdf) throws IOException {
        TreeSet<Integer> used = new TreeSet<>(unicode.keySet());
        used.add(0);
        TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
        subsetter.addGlyphIds(used);
        String tag = tag(used);
        subsetter.setPrefix(tag);
        ByteArrayOutputStream program = new ByteArrayOutputStream();
        subsetter.writeToStream(program);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        int maxOld = newToOld.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        byte[] cidToGid = new byte[2 * (maxOld + 1)];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
            cidToGid[2 * e.getValue()] = (byte) (e.getKey() >> 8);
            cidToGid[2 * e.getValue() + 1] = (byte) (int) e.getKey();
        }
        String base = tag + "+" + name; //$NON-NLS-1$
        int cid = pdf.reserve();
        int descriptor = pdf.reserve();
        int file = pdf.reserve();
        int map = pdf.reserve();
        int toUnicode = pdf.reserve();
        pdf.object(number, "<< /Type /Font /Subtype /Type0 /BaseFont /" + base + " /Encoding /Identity-H /DescendantFonts [" //$NON-NLS-1$ //$NON-NLS-2$
                + cid + " 0 R] /ToUnicode " + toUnicode + " 0 R >>"); //$NON-NLS-1$ //$NON-NLS-2$
        StringBuilder w = new StringBuilder("["); //$NON-NLS-1$
        for (int gid : newToOld.values().stream().sorted().toList()) {
            w.append(gid).append(" [").append(glyphWidth(gid)).append("] "); //$NON-NLS-1$ //$NON-NLS-2$
        }
        w.append(']');
        pdf.object(cid, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + base //$NON-NLS-1$
                + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " + descriptor //$NON-NLS-1$
                + " 0 R /DW 1000 /W " + w + " /CIDToGIDMap " + map + " 0 R >>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        HeaderTable head = font.getHeader();
        float ascent = font.getHorizontalHeader().getAscender() * scale;
        float descent = font.getHorizontalHeader().getDescender() * scale;
        float capHeight = font.getOS2Windows() != null ? font.getOS2Windows().getCapHeight() * scale : ascent;
        pdf.object(descriptor, "<< /Type /FontDescriptor /FontName /" + base + " /Flags 32 /FontBBox [" //$NON-NLS-1$ //$NON-NLS-2$
                + Math.round(head.getXMin() * scale) + ' ' + Math.round(head.getYMin() * scale) + ' '
                + Math.round(head.getXMax() * scale) + ' ' + Math.round(head.getYMax() * scale) + "] /ItalicAngle 0 /Ascent " //$NON-NLS-1$
                + Math.round(ascent) + " /Descent " + Math.round(descent) + " /CapHeight " + Math.round(capHeight) //$NON-NLS-1$ //$NON-NLS-2$
                + " /StemV " + (name.contains("Bold") ? 120 : 80) + " /FontFile2 " + file + " 0 R >>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        pdf.stream(file, "/Length1 " + program.size(), program.toByteArray(), true); //$NON-NLS-1$
        pdf.stream(map, "", cidToGid, true); //$NON-NLS-1$
        pdf.stream(toUnicode, "", toUnicode().getBytes(StandardCharsets.US_ASCII), true); //$NON-NLS-1$
    }

    /** @return six capital letters that name this subset, derived from the glyphs in it */
    private String tag(TreeSet<Integer> used) {
        MessageDigest digest = PdfFile.sha256();
        for (int gid : used) {
            digest.update((byte) (gid >> 8));
            digest.update((byte) gid);
        }
        digest.update(name.getBytes(StandardCharsets.US_ASCII));
        byte[] hash = digest.digest();
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + (hash[i] & 0xff) % 26));
        }
        return tag.toString();
    }

    private String toUnicode() {
        StringBuilder cmapText = new StringBuilder(
                "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" //$NON-NLS-1$
                        + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"); //$NON-NLS-1$
        List<Map.Entry<Integer, Integer>> entries = List.copyOf(unicode.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, Integer>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmapText.append(block.size()).append(" beginbfchar\n"); //$NON-NLS-1$
            for (Map.Entry<Integer, Integer> e : block) {
                String gid = Integer.toHexString(e.getKey());
                cmapText.append('<').append("0000", gid.length(), 4).append(gid).append("> <") //$NON-NLS-1$ //$NON-NLS-2$
                        .append(PdfFile.hex(new String(Character.toChars(e.getValue())).getBytes(StandardCharsets.UTF_16BE)))
                        .append(">\n"); //$NON-NLS-1$
            }
            cmapText.append("endbfchar\n"); //$NON-NLS-1$
        }
        cmapText.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"); //$NON-NLS-1$
        return cmapText.toString();
    }
}
