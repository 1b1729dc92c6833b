// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import privflow.testing.NeverAnsweringServer;
import privflow.ui.internal.editor.PrivflowEditor;

/**
 * A hostile file opened in the IDE says what the command line says (the same loader): what is
 * wrong and on which line, on the editor's error page and as a marker; nothing is contacted, the
 * file is left as it was and the workspace log stays empty.
 */
class HostileFileEditorTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<privflow:DataFlowModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:privflow=\"urn:privflow:model:1.0\" id=\"m\" name=\"m\">\n"
            + "  <organisations id=\"vendor\" name=\"Vendor\" country=\"US\"/>\n"
            + "  <services id=\"crm\" name=\"CRM\" provider=\"#vendor\"><locations country=\"US\"/></services>\n"
            + "  <dataSubjectCategories id=\"customers\" name=\"Customers\"/>\n";
    private static final String END = "</privflow:DataFlowModel>\n";

    private NeverAnsweringServer server;
    private final WorkspaceLog log = new WorkspaceLog();

    @BeforeEach
    void listen() throws IOException {
        log.start();
        server = new NeverAnsweringServer();
    }

    @AfterEach
    void close() throws IOException {
        Workbench.page().closeAllEditors(false);
        Workbench.waitForJobs();
        server.close();
        log.assertEmpty();
    }

    /** Opens {@code content} in the editor and checks it is refused with {@code words} on {@code line}. */
    private void refused(byte[] content, int line, String... words) throws Exception {
        IFile file = Workbench.exampleInNewProject("hostile", "cleaning-company");
        file.setContents(new ByteArrayInputStream(content), true, false, null);
        long start = System.nanoTime();
        PrivflowEditor editor = (PrivflowEditor) IDE.openEditor(Workbench.page(), file);
        Workbench.waitForJobs();
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "no hang");
        assertNull(editor.model(), "not opened as a model");
        assertFalse(editor.isDirty());
        String page = String.join("\n", labels(editor));
        IMarker marker = Workbench.markers(file).get(0);
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        for (String word : words) {
            assertTrue(page.contains(word), "error page lacks '" + word + "':\n" + page);
            assertTrue(message.contains(word), "marker lacks '" + word + "': " + message);
        }
        assertTrue(page.contains(":" + line + ":"), "the error page names line " + line + ":\n" + page);
        assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1), message);
        assertEquals(0, server.connections(), "no connection to the server the file names");
        assertArrayEquals(content, Files.readAllBytes(file.getLocation().toFile().toPath()), "the file is left as it was");
    }

    private static List<String> labels(PrivflowEditor editor) {
        List<String> texts = new ArrayList<>();
        Control control = (Control) editor.getAdapter(Control.class);
        if (control == null) {
            control = editor.getSite().getShell();
        }
        collect(control, texts);
        return texts;
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }

    private String url(String path) {
        return server.url(path);
    }

    @Test
    void aReferenceToAServerIsRefusedWithoutContactingIt() throws Exception {
        refused((HEAD + "  <flows id=\"f\" name=\"Leads\" source=\"#customers\" target=\"privflow:Service " + url("x.privflow#crm")
                + "\"/>\n" + END).getBytes(StandardCharsets.UTF_8), 6, "another document", "self-contained");
    }

    @Test
    void aRemoteNamespaceIsRefusedWithoutContactingIt() throws Exception {
        refused(("<?xml version=\"1.0\"?>\n<privflow:DataFlowModel xmlns:privflow=\"" + url("model") + "\" name=\"m\">\n" + END)
                .getBytes(StandardCharsets.UTF_8), 2, "unknown version");
    }

    @Test
    void aRepeatedIdNamesBothLines() throws Exception {
        refused((HEAD + "  <services id=\"crm\" name=\"On-premise register\"><locations country=\"FI\"/></services>\n" + END)
                .getBytes(StandardCharsets.UTF_8), 6, "'crm'", "line 4");
    }

    @Test
    void bytesThatAreNotUtf8SayWhere() throws Exception {
        byte[] head = (HEAD + "  <organisations id=\"o\" name=\"Caf").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\" country=\"FI\"/>\n" + END).getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xe9;
        System.arraycopy(tail, 0, content, head.length + 1, tail.length);
        refused(content, 6, "not UTF-8");
    }

    @Test
    void aDoctypeIsRefused() throws Exception {
        refused(("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + url("secret") + "\">]>\n<x>&e;</x>\n")
                .getBytes(StandardCharsets.UTF_8), 2, "DOCTYPE");
    }
}
