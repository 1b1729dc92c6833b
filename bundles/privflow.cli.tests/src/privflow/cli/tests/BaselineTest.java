// SPDX-License-Identifier: EPL-2.0
package privflow.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import privflow.testing.RepositoryFiles;

/**
 * {@code check --baseline}: a CI gate on what a change adds. The midsize example is the base; the
 * change adds a flow of sick-leave certificates by SMS (a new finding), records a later (still
 * too old) transfer impact assessment for the CRM (that finding's facts change) and removes the
 * salary flow that reached India through a sub-processor (a finding goes away).
 */
class BaselineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MIDSIZE = Cli.example("midsize-company");
    private static JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = Files.newInputStream(RepositoryFiles.of("bundles/privflow.cli.tests/schema/sarif-2.1.0-rtm.5.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    /** @return the midsize example as a pull request would change it */
    private Path changed() throws Exception {
        String model = Files.readString(Path.of(MIDSIZE));
        // the onward transfer to India goes: the flow to the payroll service now stops at an EEA service
        String salary = "<flows id=\"2efe729e-7fa1-5df2-8ca2-d99f6b7bb4a3\"";
        int start = model.indexOf(salary);
        int end = model.indexOf("/>", start) + 2;
        assertTrue(start > 0, "the example has the salary flow");
        String changed = model.substring(0, start) + model.substring(end);
        // the CRM's transfer impact assessment is redone, but is still older than two years
        assertTrue(changed.contains("tiaDate=\"2022-04-20\""), "the example's TIA date");
        changed = changed.replace("tiaDate=\"2022-04-20\"", "tiaDate=\"2022-06-01\"");
        // a new weak channel: sick-leave certificates by text message
        changed = changed.replace("</privflow:DataFlowModel>",
                "  <flows id=\"11111111-2222-5333-8444-555555555555\" name=\"Sick-leave certificates by SMS\""
                        + " source=\"#272ac663-6865-5f7c-9980-c3db73c68274\" target=\"#272ac663-6865-5f7c-9980-c3db73c68274\""
                        + " dataCategories=\"#8c68ee07-2f2a-5321-acd6-73ea35b50910\" channel=\"SMS\"/>\n</privflow:DataFlowModel>");
        Path file = dir.resolve("midsize-changed.privflow");
        Files.writeString(file, changed);
        return file;
    }

    private static List<String> states(JsonNode findings) {
        List<String> states = new ArrayList<>();
        findings.forEach(f -> states.add(f.get("rule").asText() + "=" + f.get("baselineState").asText()));
        return states;
    }

    @Test
    void eachFindingIsNewUpdatedUnchangedOrAbsentAgainstAModel() throws Exception {
        Path changed = changed();
        Cli.Run run = Cli.run("check", "--format", "json", "--fail-on", "never", "--baseline", MIDSIZE, changed.toString());
        assertEquals(0, run.code(), run.toString());
        JsonNode report = JSON.readTree(run.out());
        List<String> states = states(report.get("findings"));
        assertTrue(states.contains("weak-channel=unchanged"), states.toString());
        assertTrue(states.stream().filter(s -> s.equals("weak-channel=new")).count() == 1, states.toString());
        assertTrue(states.contains("tia-missing-or-old=updated"), "its facts changed: " + states);
        assertEquals("onward-transfer", report.get("baseline").get("absent").get(0).get("rule").asText());
    }

    @Test
    void newOnlyFailsOnWhatTheChangeAddsAndOnNothingElse() throws Exception {
        Path changed = changed();
        Cli.Run all = Cli.run("check", "--fail-on", "high", changed.toString());
        assertEquals(1, all.code(), "the old weak-channel finding alone fails a plain check");
        Cli.Run unchanged = Cli.run("check", "--fail-on", "high", "--new-only", "--baseline", MIDSIZE, MIDSIZE);
        assertEquals(0, unchanged.code(), "no change, nothing new: " + unchanged);
        assertTrue(unchanged.out().contains("Compared with " + MIDSIZE + ": 0 new, 0 updated, 4 unchanged, 0 no longer found."),
                unchanged.out());
        Cli.Run added = Cli.run("check", "--fail-on", "high", "--new-only", "--baseline", MIDSIZE, changed.toString());
        assertEquals(1, added.code(), "the SMS flow with health data is new and high: " + added);
        assertTrue(added.out().contains("[new]  weak-channel"), added.out());
        assertTrue(added.out().contains("privflow: 1 open finding at or above high."), added.out());
        Cli.Run withoutBaseline = Cli.run("check", "--new-only", MIDSIZE);
        assertEquals(2, withoutBaseline.code());
    }

    @Test
    void aPreviousSarifReportIsABaselineAndTheResultIsValidSarif() throws Exception {
        Path previous = dir.resolve("previous.sarif");
        assertEquals(1, Cli.run("check", "--format", "sarif", "-o", previous.toString(), MIDSIZE).code());
        Path json = dir.resolve("previous.json");
        assertEquals(1, Cli.run("check", "--format", "json", "-o", json.toString(), MIDSIZE).code());
        Path changed = changed();
        for (Path baseline : List.of(previous, json)) {
            Cli.Run run = Cli.run("check", "--format", "sarif", "--fail-on", "never", "--baseline", baseline.toString(),
                    changed.toString());
            JsonNode log = JSON.readTree(run.out());
            Set<ValidationMessage> problems = schema.validate(log);
            assertTrue(problems.isEmpty(), problems.toString());
            List<String> states = new ArrayList<>();
            log.get("runs").get(0).get("results")
                    .forEach(r -> states.add(r.get("ruleId").asText() + "=" + r.get("baselineState").asText()));
            assertTrue(states.contains("weak-channel=new") && states.contains("weak-channel=unchanged")
                    && states.contains("onward-transfer=absent"), baseline + ": " + states);
        }
        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "{\"hello\": 1}");
        Cli.Run bad = Cli.run("check", "--baseline", junk.toString(), MIDSIZE);
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("not a privflow model nor a privflow check report"), bad.err());
    }
}
