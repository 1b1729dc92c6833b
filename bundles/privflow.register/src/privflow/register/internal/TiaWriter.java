// SPDX-License-Identifier: EPL-2.0
package privflow.register.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import privflow.core.Messages;
import privflow.register.TransferImpactAssessment;
import privflow.register.TransferImpactAssessment.Item;
import privflow.register.TransferImpactAssessment.Step;
import privflow.register.internal.docx.WordDocument;
import privflow.register.internal.docx.WordDocument.Run;

/** The worksheet as a Word document: its particulars, then a heading per step with its facts and a table of questions to answer. */
public final class TiaWriter {

    private static final int[] ITEMS = {28, 72};
    private static final int[] QUESTIONS = {45, 55};

    private TiaWriter() {
    }

    public static void write(TransferImpactAssessment tia, Path file) throws IOException {
        Texts t = new Texts(tia.locale());
        WordDocument.write(file, tia.title() + " \u2013 " + tia.subtitle(), DocxWriter.wordLanguage(tia.locale()), tia.date(), //$NON-NLS-1$
                tia.title() + " " + tia.reference(), t.get("Document_PageOf"), doc -> { //$NON-NLS-1$ //$NON-NLS-2$
                    doc.paragraph("Title", new Run(tia.title())); //$NON-NLS-1$
                    doc.paragraph("Subtitle", new Run(tia.subtitle())); //$NON-NLS-1$
                    doc.startTable(ITEMS, null);
                    doc.row(item(t.get("Tia_Reference"), List.of(tia.reference()), tia), true); //$NON-NLS-1$
                    doc.row(item(t.get("Tia_Date"), List.of(Messages.date(tia.locale(), tia.date())), tia), true); //$NON-NLS-1$
                    doc.row(item(t.get("Tia_Assessor"), List.of(), tia), true); //$NON-NLS-1$
                    doc.row(item(t.get("Tia_Approver"), List.of(), tia), true); //$NON-NLS-1$
                    doc.endTable();
                    doc.paragraph("Note", new Run(t.get("Tia_Intro"))); //$NON-NLS-1$ //$NON-NLS-2$
                    for (Step step : tia.steps()) {
                        doc.paragraph("Heading1", new Run(step.title())); //$NON-NLS-1$
                        if (!step.items().isEmpty()) {
                            doc.startTable(ITEMS, null);
                            for (Item i : step.items()) {
                                doc.row(item(i.label(), i.values(), tia), true);
                            }
                            doc.endTable();
                        }
                        if (!step.questions().isEmpty()) {
                            doc.startTable(QUESTIONS, List.of(t.get("Tia_Question"), t.get("Tia_Answer"))); //$NON-NLS-1$ //$NON-NLS-2$
                            for (String question : step.questions()) {
                                doc.row(List.of(List.of(List.of(new Run(question))), List.of()), false);
                            }
                            doc.endTable();
                        }
                    }
                });
    }

    private static List<List<List<Run>>> item(String label, List<Object> values, TransferImpactAssessment tia) {
        List<List<Run>> paragraphs = new ArrayList<>();
        for (Object value : values) {
            paragraphs.add(List.of(new Run(Cells.value(value, tia.locale()), Cells.language(value, tia.locale()))));
        }
        return List.of(List.of(List.of(new Run(label))), paragraphs);
    }
}
