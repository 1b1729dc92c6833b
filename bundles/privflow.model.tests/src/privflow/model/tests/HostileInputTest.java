// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.model.io.ModelLoadException;
import privflow.model.io.ModelStore;

/** Bad files fail with a message that says what and where, and are never written to. */
class HostileInputTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<privflow:DataFlowModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:privflow=\"urn:privflow:model:1.0\" id=\"m\" name=\"m\">\n";
    private static final String END = "</privflow:DataFlowModel>\n";

    @TempDir
    Path dir;

    private ModelLoadException failsToLoad(String content) throws Exception {
        Path file = dir.resolve("bad.privflow");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        byte[] before = Files.readAllBytes(file);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(file));
        assertArrayEquals(before, Files.readAllBytes(file), "the file must not be touched");
        assertTrue(e.getMessage().startsWith(file.toString()), "the message names the file: " + e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no file is created beside it");
        }
        return e;
    }

    @Test
    void externalEntityIsRefused() throws Exception {
        ModelLoadException e = failsToLoad(HEAD + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>\n"
                + ROOT.replace("name=\"m\"", "name=\"&e;\"") + END);
        assertTrue(e.getProblem().contains("DOCTYPE"), e.getMessage());
        assertEquals(2, e.getLine());
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws Exception {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE x [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 12; i++) {
            doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>\n");
        String content = HEAD + doctype + ROOT.replace("name=\"m\"", "name=\"&l11;\"") + END;
        ModelLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> failsToLoad(content));
        assertTrue(e.getProblem().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void malformedXmlNamesLineAndColumn() throws Exception {
        ModelLoadException e = failsToLoad(HEAD + ROOT + "  <organisations id=\"o\" name=\"A\" <broken/>\n" + END);
        assertEquals(3, e.getLine());
        assertTrue(e.getColumn() > 0);
    }

    @Test
    void truncatedFileIsReported() throws Exception {
        ModelLoadException e = failsToLoad(HEAD + ROOT + "  <organisations id=\"o\" name=\"A\" country=\"FI\"/>\n  <serv");
        assertTrue(e.getProblem().contains("truncated") || e.getProblem().contains("well-formed"), e.getMessage());
        assertTrue(e.getLine() >= 3, e.getMessage());
    }

    @Test
    void danglingReferenceIsReportedWithItsLine() throws Exception {
        ModelLoadException e = failsToLoad(HEAD + ROOT + "  <organisations id=\"o\" name=\"A\" country=\"FI\"/>\n"
                + "  <services id=\"s\" name=\"S\" provider=\"no-such-id\"/>\n" + END);
        assertTrue(e.getProblem().contains("no-such-id"), e.getMessage());
        assertEquals(4, e.getLine());
    }

    @Test
    void unknownCountryCodeIsReportedWithTheElement() throws Exception {
        ModelLoadException e = failsToLoad(HEAD + ROOT + "  <organisations id=\"o\" name=\"Acme\" country=\"FI\"/>\n"
                + "  <organisations id=\"p\" name=\"Hellas\" country=\"EL\"/>\n" + END);
        assertTrue(e.getProblem().contains("'EL'") && e.getProblem().contains("Hellas") && e.getProblem().contains("GR"),
                e.getMessage());
        assertEquals(4, e.getLine());
    }

    @Test
    void catalogueIsNotAModel() throws Exception {
        ModelLoadException e = failsToLoad(HEAD + "<privflow:Catalogue xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:privflow=\"urn:privflow:model:1.0\" id=\"c\"/>\n");
        assertTrue(e.getProblem().contains("Catalogue"), e.getMessage());
    }

    @Test
    void foreignXmlIsNotAModel() throws Exception {
        ModelLoadException e = failsToLoad(HEAD + "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"x\"/>\n");
        assertTrue(e.getProblem().contains("not a privflow"), e.getMessage());
    }

    @Test
    void unknownVersionIsNamed() throws Exception {
        ModelLoadException e = failsToLoad(HEAD + ROOT.replace("model:1.0", "model:7.0") + END);
        assertTrue(e.getProblem().contains("urn:privflow:model:7.0"), e.getMessage());
    }

    @Test
    void emptyAndBinaryFilesAreReported() throws Exception {
        failsToLoad("");
        failsToLoad("\u0000\u0001PK\u0003\u0004 not xml at all");
    }

    @Test
    void missingFileIsReported() {
        Path missing = dir.resolve("missing.privflow");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(missing));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }
}
