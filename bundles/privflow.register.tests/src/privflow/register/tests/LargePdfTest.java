// SPDX-License-Identifier: EPL-2.0
package privflow.register.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.model.DataFlowModel;
import privflow.model.LegalBasis;
import privflow.model.PrivflowFactory;
import privflow.model.ProcessingActivity;
import privflow.register.Register;
import privflow.register.RegisterFormat;

/** A long register is laid out page by page with every row, and still gives the same bytes. */
class LargePdfTest {

    @TempDir
    Path dir;

    @Test
    void aLongRegisterHasEveryRowAndTheSameBytes() throws Exception {
        DataFlowModel model = PrivflowFactory.eINSTANCE.createDataFlowModel();
        model.setName("Many activities");
        model.setAsOf(LocalDate.of(2026, 11, 24));
        for (int i = 0; i < 900; i++) {
            ProcessingActivity a = PrivflowFactory.eINSTANCE.createProcessingActivity();
            a.setName("Activity " + i);
            a.getPurposes().add("Purpose " + i);
            a.setLegalBasis(LegalBasis.CONTRACT);
            model.getActivities().add(a);
        }
        Register register = Fixtures.register(model, Locale.ENGLISH);
        Path first = dir.resolve("first.pdf");
        Path second = dir.resolve("second.pdf");
        RegisterFormat.PDF.write(register, first);
        RegisterFormat.PDF.write(register, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        Fixtures.assertTrailerSizeFits(first);
        try (PDDocument pdf = Loader.loadPDF(first.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Activity 0") && text.contains("Activity 899") && text.contains("Record of processing activities"));
            assertTrue(pdf.getNumberOfPages() > 100, "a card per activity");
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.count() == 2, "no temporary files are left behind");
        }
    }
}
