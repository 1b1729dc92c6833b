// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.model.io.ModelLoadException;
import privflow.model.io.ModelStore;
import privflow.testing.NeverAnsweringServer;

/**
 * A model file is untrusted and self-contained: whatever it names (a remote namespace or schema, a
 * document on a server, a sibling file), loading opens no socket and no other file, and a reference
 * outside the file is an error with its line, never a silently dropped element. A local server that
 * accepts connections and never answers records every attempt.
 */
class SelfContainedTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:privflow=\"urn:privflow:model:1.0\"";
    private static final String BODY = "  <organisations id=\"vendor\" name=\"Vendor\" country=\"US\"/>\n"
            + "  <services id=\"crm\" name=\"CRM\" provider=\"#vendor\"><locations country=\"US\"/></services>\n"
            + "  <dataSubjectCategories id=\"customers\" name=\"Customers\"/>\n";
    private static final String END = "</privflow:DataFlowModel>\n";

    @TempDir
    Path dir;

    private NeverAnsweringServer server;

    @BeforeEach
    void listen() throws IOException {
        server = new NeverAnsweringServer();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    private String url(String path) {
        return server.url(path);
    }

    /** @return the error loading {@code content} gives, within 20 s, after checking nothing was contacted or written */
    private ModelLoadException refused(String content) throws Exception {
        Path file = dir.resolve("hostile.privflow");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ModelLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ModelLoadException.class, () -> ModelStore.load(file)));
        assertEquals(0, server.connections(), "no connection to " + url(""));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e;
    }

    @Test
    void aRemoteNamespaceIsNotFetched() throws Exception {
        ModelLoadException e = refused(HEAD + "<privflow:DataFlowModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:privflow=\"" + url("model") + "\" id=\"m\" name=\"m\">\n" + END);
        assertEquals(2, e.getLine(), e.getMessage());
    }

    @Test
    void aCatalogueIsHeldToTheSameRule() throws Exception {
        Path file = dir.resolve("hostile.privflowcat");
        Files.writeString(file, HEAD + "<privflow:Catalogue xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:privflow=\""
                + url("catalogue") + "\" id=\"c\" name=\"c\"/>\n", StandardCharsets.UTF_8);
        ModelLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ModelLoadException.class, () -> ModelStore.loadCatalogue(file)));
        assertEquals(0, server.connections(), "no connection for a catalogue's namespace");
        assertEquals(2, e.getLine(), e.getMessage());
    }

    @Test
    void aRemoteSchemaLocationIsNotFetched() throws Exception {
        Path file = dir.resolve("schema.privflow");
        Files.writeString(file, HEAD + "<privflow:DataFlowModel xmi:version=\"2.0\" " + NS
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:privflow:model:1.0 "
                + url("privflow.ecore") + "\" id=\"m\" name=\"m\">\n" + BODY + END, StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                ModelStore.load(file);
            } catch (ModelLoadException e) {
                assertTrue(e.getLine() > 0, e.getMessage());
            }
        });
        assertEquals(0, server.connections(), "no connection for a schema location");
    }

    @Test
    void aReferenceToAServerIsAnErrorWithItsLine() throws Exception {
        ModelLoadException e = refused(HEAD + "<privflow:DataFlowModel xmi:version=\"2.0\" " + NS + " id=\"m\" name=\"m\">\n" + BODY
                + "  <flows id=\"f\" name=\"Leads\" source=\"#customers\" target=\"privflow:Service " + url("x.privflow#crm") + "\"/>\n"
                + END);
        assertEquals(6, e.getLine(), e.getMessage());
        assertTrue(e.getProblem().contains("another document"), e.getMessage());
    }

    @Test
    void aReferenceToAMissingFileIsAnErrorNotADroppedFinding() throws Exception {
        ModelLoadException e = refused(HEAD + "<privflow:DataFlowModel xmi:version=\"2.0\" " + NS + " id=\"m\" name=\"m\">\n" + BODY
                + "  <flows id=\"f\" name=\"Leads\" source=\"#customers\" target=\"nowhere.xml#crm\"/>\n" + END);
        assertEquals(6, e.getLine(), e.getMessage());
    }

    @Test
    void aSiblingFileIsNeitherReadNorShown() throws Exception {
        Path sibling = dir.resolve("sibling.privflow");
        String secret = HEAD + "<privflow:DataFlowModel xmi:version=\"2.0\" " + NS + " id=\"s\" name=\"TOP-SECRET-SIBLING\">\n"
                + "  <services id=\"crm\" name=\"TOP-SECRET-SERVICE\"/>\n" + END;
        Files.writeString(sibling, secret, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(sibling);
        ModelLoadException e = refused(HEAD + "<privflow:DataFlowModel xmi:version=\"2.0\" " + NS + " id=\"m\" name=\"m\">\n" + BODY
                + "  <flows id=\"f\" name=\"Leads\" source=\"#customers\" target=\"sibling.privflow#crm\"/>\n" + END);
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(sibling));
    }

    @Test
    void aRepeatedIdIsAnErrorNamingBothPlaces() throws Exception {
        ModelLoadException e = refused(HEAD + "<privflow:DataFlowModel xmi:version=\"2.0\" " + NS + " id=\"m\" name=\"m\">\n" + BODY
                + "  <services id=\"crm\" name=\"On-premise register\"><locations country=\"FI\"/></services>\n" + END);
        assertEquals(6, e.getLine(), e.getMessage());
        assertTrue(e.getProblem().contains("'crm'") && e.getProblem().contains("line 4"), e.getMessage());
    }

    @Test
    void anElementOfTheWrongKindInAListSaysWhichAndWhere() throws Exception {
        ModelLoadException e = refused(HEAD + "<privflow:DataFlowModel xmi:version=\"2.0\" " + NS + " id=\"m\" name=\"m\">\n" + BODY
                + "  <dataCategories id=\"c\" name=\"Contact\"/>\n"
                + "  <flows id=\"f\" name=\"Leads\" source=\"#customers\" target=\"#crm\" dataCategories=\"#c #crm\"/>\n" + END);
        assertTrue(e.getLine() > 0, e.getMessage());
        assertTrue(e.getProblem().contains("dataCategories") && e.getProblem().contains("#crm"), e.getMessage());
        assertFalse(e.getMessage().contains("Impl@"), e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyAre() throws Exception {
        Path file = dir.resolve("garbage.privflow");
        byte[] head = (HEAD + "<privflow:DataFlowModel xmi:version=\"2.0\" " + NS
                + " id=\"m\" name=\"m\">\n  <organisations id=\"o\" name=\"Caf")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\" country=\"FI\"/>\n</privflow:DataFlowModel>\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xe9; // Latin-1, not UTF-8
        System.arraycopy(tail, 0, content, head.length + 1, tail.length);
        Files.write(file, content);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(file));
        assertEquals(3, e.getLine(), e.getMessage());
        assertEquals(34, e.getColumn(), e.getMessage());
        assertTrue(e.getProblem().contains("UTF-8"), e.getMessage());
    }

    @Test
    void aPipeOrAFolderIsNotAModelAndSaysSo() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.privflow"));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelStore.load(folder));
        assertTrue(e.getProblem().contains("not a regular file"), e.getMessage());
        Path fifo = dir.resolve("fifo.privflow");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            ModelLoadException f = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(ModelLoadException.class, () -> ModelStore.load(fifo)));
            assertTrue(f.getProblem().contains("not a regular file"), f.getMessage());
        }
        ModelLoadException missing = assertThrows(ModelLoadException.class, () -> ModelStore.load(dir.resolve("none.privflow")));
        assertTrue(missing.getProblem().contains("not found"), missing.getMessage());
    }
}
