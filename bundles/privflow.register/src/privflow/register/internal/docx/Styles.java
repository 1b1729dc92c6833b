// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal.docx;

/**
 * The styles of privflow's Word documents: Word's own built-in names for the title, headings,
 * contents and footer (so the navigation pane, the table of contents and a user's own template
 * recognise them), with the register's colours; text in Arial, which every Word has.
 */
final class Styles {

    private Styles() {
    }

    static String xml(String language) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$
                + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" //$NON-NLS-1$
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>" //$NON-NLS-1$
                + "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"" + WordDocument.escape(language) //$NON-NLS-1$
                + "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>" //$NON-NLS-1$
                + paragraph("Normal", "Normal", null, "", "", true) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + paragraph("Title", "Title", "Normal", "<w:spacing w:after=\"120\"/>", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        "<w:b/><w:color w:val=\"1F5EA8\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>", false) //$NON-NLS-1$
                + paragraph("Subtitle", "Subtitle", "Normal", "<w:spacing w:after=\"240\"/>", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>", false) //$NON-NLS-1$
                + paragraph("Heading1", "heading 1", "Normal", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "<w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"C5D3E6\"/></w:pBdr>" //$NON-NLS-1$
                                + "<w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>", //$NON-NLS-1$
                        "<w:b/><w:color w:val=\"1F5EA8\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>", false) //$NON-NLS-1$
                + paragraph("Heading2", "heading 2", "Normal", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/>", //$NON-NLS-1$
                        "<w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>", false) //$NON-NLS-1$
                + paragraph("Heading3", "heading 3", "Normal", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "<w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"60\"/><w:outlineLvl w:val=\"2\"/>", //$NON-NLS-1$
                        "<w:b/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>", false) //$NON-NLS-1$
                + paragraph("Note", "Note", "Normal", "", "<w:color w:val=\"5A6270\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", false) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + paragraph("TOCHeading", "TOC Heading", "Heading1", "<w:outlineLvl w:val=\"9\"/>", "", false) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + paragraph("TOC1", "toc 1", "Normal", "<w:spacing w:after=\"60\"/>", "", false) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + paragraph("TableText", "Table Text", "Normal", //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
                        "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>", //$NON-NLS-1$
                        "<w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>", false) //$NON-NLS-1$
                + paragraph("AfterTable", "After Table", "Normal", "<w:spacing w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/>", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        "<w:sz w:val=\"8\"/>", false) //$NON-NLS-1$
                + paragraph("Footer", "footer", "Normal", "<w:spacing w:after=\"0\"/>", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        "<w:color w:val=\"5A6270\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>", false) //$NON-NLS-1$
                + "<w:style w:type=\"table\" w:styleId=\"RegisterTable\"><w:name w:val=\"Register Table\"/><w:tblPr>" //$NON-NLS-1$
                + "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C9CED6\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C9CED6\"/>" //$NON-NLS-1$
                + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C9CED6\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C9CED6\"/>" //$NON-NLS-1$
                + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C9CED6\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C9CED6\"/></w:tblBorders>" //$NON-NLS-1$
                + "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>" //$NON-NLS-1$
                + "</w:tblPr><w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E8EEF7\"/></w:tcPr></w:tblStylePr></w:style>" //$NON-NLS-1$
                + "</w:styles>"; //$NON-NLS-1$
    }

    private static String paragraph(String id, String name, String basedOn, String pPr, String rPr, boolean isDefault) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"" + (isDefault ? " w:default=\"1\"" : "") + "><w:name w:val=\"" + name //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + "\"/>" + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + "<w:qFormat/>" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "</w:style>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    }
}
