// SPDX-License-Identifier: EPL-2.0
package privflow.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code privflow diff OLD NEW} on the mid-size example as an engineer edits it: the billing
 * activity renamed with a new purpose, the salary flow (and with it the onward transfer to India
 * and its critical finding) removed. Elements are matched by id, so the rename is one change.
 */
class DiffTest {

    private static final String MIDSIZE = Cli.example("midsize-company");

    @TempDir
    Path dir;

    private Path edited() throws Exception {
        String model = Files.readString(Path.of(MIDSIZE));
        assertTrue(model.contains("name=\"Customer service and billing\""));
        String changed = model.replace("name=\"Customer service and billing\"", "name=\"Customer service\"")
                .replace("<purposes>Managing customer relationships, service requests and billing</purposes>",
                        "<purposes>Managing customer relationships and service requests</purposes>");
        int start = changed.indexOf("<flows id=\"2efe729e-7fa1-5df2-8ca2-d99f6b7bb4a3\"");
        changed = changed.substring(0, start) + changed.substring(changed.indexOf("/>", start) + 2);
        Path file = dir.resolve("midsize-edited.privflow");
        Files.writeString(file, changed);
        return file;
    }

    @Test
    void aRenameIsOneChangeAndARemovedFlowTakesItsTransferAndFindingWithIt() throws Exception {
        Cli.Run run = Cli.run("diff", MIDSIZE, edited().toString(), "--format", "json");
        assertEquals(1, run.code(), "changes exit 1, like diff(1): " + run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("privflow-diff/1", json.get("schema").asText());
        List<String> summary = new ArrayList<>();
        JsonNode activity = null;
        for (JsonNode c : json.get("changes")) {
            summary.add(c.get("area").asText() + " " + c.get("kind").asText() + " " + c.get("label").asText());
            if (c.get("area").asText().equals("activity") && c.get("label").asText().equals("Customer service")) {
                activity = c;
            }
        }
        assertEquals("activity changed Customer service", summary.get(0), summary::toString);
        assertEquals("Customer service and billing", activity.get("renamedFrom").asText());
        assertTrue(activity.get("items").findValuesAsText("label").contains("Purposes of the processing"), activity::toString);
        assertTrue(summary.contains("flow removed Salary data to payroll"), summary::toString);
        assertTrue(summary.stream().anyMatch(s -> s.startsWith("transfer removed Salary data to payroll") && s.endsWith("India (IN)")),
                summary::toString);
        assertTrue(summary.stream().anyMatch(s -> s.startsWith("finding removed Onward transfer")), summary::toString);
        assertEquals(List.of("activity changed Customer service", "activity changed Payroll and sick-leave administration"),
                summary.stream().filter(s -> s.startsWith("activity")).toList(),
                "the rename is not an add and a remove; the payroll record loses its recipient in India");
        assertTrue(summary.stream().noneMatch(s -> s.startsWith("flow changed")), "flows of the renamed activity did not change");
    }

    @Test
    void markdownForAPullRequestHasASummaryTableAndFoldedDetails() throws Exception {
        Cli.Run run = Cli.run("diff", MIDSIZE, edited().toString(), "--format", "markdown");
        assertEquals(1, run.code());
        String md = run.out();
        assertTrue(md.contains("| Processing activities | 0 | 0 | 2 |"), md);
        assertTrue(md.contains("| Data flows | 0 | 1 | 0 |"), md);
        assertTrue(md.contains("<details><summary>Findings"), md);
        assertTrue(md.contains("renamed from \"Customer service and billing\""), md);
        assertTrue(md.indexOf("|---|") < md.indexOf("<details>"), "the table comes first");
    }

    @Test
    void theRegisterEndsWithWhatChangedSinceTheFiledVersion() throws Exception {
        Path json = dir.resolve("register.json");
        Cli.Run run = Cli.run("register", edited().toString(), "--changes-since", MIDSIZE, "--date", "2026-12-07", "--out",
                json.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode sections = new ObjectMapper().readTree(Files.readString(json)).get("sections");
        JsonNode changes = sections.get(sections.size() - 1);
        assertEquals("changes", changes.get("id").asText());
        assertEquals("Changes since " + MIDSIZE, changes.get("title").asText());
        List<String> rows = new ArrayList<>();
        for (JsonNode row : changes.get("rows")) {
            rows.add(row.get("element").asText() + " | " + row.get("item").asText() + " | " + row.get("after").asText());
        }
        assertTrue(rows.contains("Customer service | Purposes of the processing | Managing customer relationships and service requests"),
                rows::toString);
        Path pdf = dir.resolve("register.pdf");
        assertEquals(0, Cli.run("register", edited().toString(), "--changes-since", MIDSIZE, "--out", pdf.toString()).code());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(document).contains("Changes since"));
        }
    }

    @Test
    void theSameModelHasNoChangesAndFinnishSaysSo() throws Exception {
        Cli.Run run = Cli.run("diff", MIDSIZE, MIDSIZE, "--lang", "fi");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Ei muutoksia."), run.out());
        Cli.Run bad = Cli.run("diff", MIDSIZE, MIDSIZE, "--format", "xml");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("\"xml\" is not a diff format"), bad.err());
    }
}
