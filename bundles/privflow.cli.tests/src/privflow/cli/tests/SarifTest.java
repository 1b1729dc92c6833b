// SPDX-License-Identifier: EPL-2.0
package privflow.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import privflow.core.Rule;
import privflow.testing.RepositoryFiles;

/** The SARIF log is valid SARIF 2.1.0 and carries what code-scanning tools show. */
class SarifTest {

    private static final String CLEANING = Cli.example("cleaning-company");
    private static final String MIDSIZE = Cli.example("midsize-company");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = Files.newInputStream(RepositoryFiles.of("bundles/privflow.cli.tests/schema/sarif-2.1.0-rtm.5.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private static JsonNode sarif(String... models) throws Exception {
        String[] args = new String[models.length + 3];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "sarif";
        System.arraycopy(models, 0, args, 3, models.length);
        Cli.Run run = Cli.run(args);
        assertEquals(1, run.code(), run.toString());
        return JSON.readTree(run.out());
    }

    @Test
    void logIsValidAgainstTheSarif210Schema() throws Exception {
        JsonNode log = sarif(CLEANING, MIDSIZE);
        Set<ValidationMessage> problems = schema.validate(log);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void theSchemaCheckCatchesABrokenLog() throws Exception {
        ObjectNode log = (ObjectNode) sarif(CLEANING);
        log.remove("version");
        ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        Set<ValidationMessage> problems = schema.validate(log);
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void rulesCarryHelpAndTheGdprArticle() throws Exception {
        JsonNode rules = sarif(CLEANING).get("runs").get(0).get("tool").get("driver").get("rules");
        assertEquals(Rule.values().length, rules.size());
        for (Rule rule : Rule.values()) {
            JsonNode r = rules.get(rule.ordinal());
            assertEquals(rule.id(), r.get("id").asText());
            assertEquals(rule.article(), r.get("properties").get("gdprArticle").asText());
            assertTrue(r.get("help").get("markdown").asText().contains(rule.article()));
            assertFalse(r.get("fullDescription").get("text").asText().isBlank());
        }
    }

    @Test
    void resultsAreLocatedInTheModelFile() throws Exception {
        JsonNode run = sarif(CLEANING).get("runs").get(0);
        String uri = run.get("artifacts").get(0).get("location").get("uri").asText();
        assertTrue(uri.endsWith("examples/cleaning-company.privflow"), uri);
        List<String> lines = Files.readAllLines(Path.of(CLEANING));
        JsonNode results = run.get("results");
        assertEquals(5, results.size());
        for (JsonNode result : results) {
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            assertEquals(uri, location.get("artifactLocation").get("uri").asText());
            int line = location.get("region").get("startLine").asInt();
            int column = location.get("region").get("startColumn").asInt();
            assertTrue(lines.get(line - 1).substring(column - 1).startsWith("<"), lines.get(line - 1));
            String key = result.get("partialFingerprints").get("privflowFindingKey/v1").asText();
            assertTrue(key.startsWith(result.get("ruleId").asText() + ":"), key);
            assertEquals(Rule.byId(result.get("ruleId").asText()).ordinal(), result.get("ruleIndex").asInt());
        }
        JsonNode transfer = results.get(0);
        assertEquals("error", transfer.get("level").asText());
        assertEquals("critical", transfer.get("properties").get("severity").asText());
        assertEquals("9.5", transfer.get("properties").get("security-severity").asText());
        assertEquals("8.0", results.get(1).get("properties").get("security-severity").asText(), "a high finding ranks below");
        JsonNode rule = run.get("tool").get("driver").get("rules").get(transfer.get("ruleIndex").asInt());
        assertEquals("9.5", rule.get("properties").get("security-severity").asText());
        assertEquals(2, transfer.get("relatedLocations").size());
    }

    @Test
    void logsOfTheSameModelAreIdentical() throws Exception {
        assertEquals(sarif(CLEANING, MIDSIZE).toString(), sarif(CLEANING, MIDSIZE).toString());
    }
}
