// SPDX-License-Identifier: EPL-2.0
package privflow.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.core.Finding;
import privflow.core.Severity;
import privflow.model.DataFlowModel;
import privflow.model.PrivflowFactory;
import privflow.model.ReviewDecision;
import privflow.model.ReviewStatus;
import privflow.model.io.ModelStore;
import privflow.testing.RepositoryFiles;

class CheckCommandTest {

    private static final String CLEANING = Cli.example("cleaning-company");
    private static final String MIDSIZE = Cli.example("midsize-company");

    @Test
    void whatsAppCaseFailsOnHighFindingsGroupedBySeverity() throws Exception {
        Cli.Run run = Cli.run("check", CLEANING);
        assertEquals(1, run.code(), run.toString());
        String out = run.out();
        assertTrue(out.indexOf("  CRITICAL") < out.indexOf("  HIGH") && out.indexOf("  HIGH") < out.indexOf("  MEDIUM"), out);
        assertTrue(out.contains("transfer-without-tool  Art. 44-46"), out);
        assertTrue(out.contains("independent-controller  Art. 5(1)(f), 24, 28"), out);
        assertTrue(out.contains("unmanaged-devices  Art. 32, 25, 24"), out);
        assertTrue(out.contains("United States (US)"), out);
        assertTrue(out.contains("path: Daily visit list to cleaners \u2192 WhatsApp"), out);
        assertTrue(out.contains("privflow: 3 open findings at or above high."), out);
    }

    @Test
    void eachFindingPointsAtTheLineOfItsElement() throws Exception {
        Cli.Run run = Cli.run("check", CLEANING);
        List<String> lines = Files.readAllLines(Path.of(CLEANING));
        Matcher m = Pattern.compile("transfer-without-tool  Art\\. 44-46  .*:(\\d+):(\\d+)").matcher(run.out());
        assertTrue(m.find(), run.out());
        String line = lines.get(Integer.parseInt(m.group(1)) - 1);
        assertTrue(line.substring(Integer.parseInt(m.group(2)) - 1).startsWith("<flows "), line);
        assertTrue(line.contains("8052e1ac-075f-5fc1-88d1-fc0147d90a2a") || lines.get(Integer.parseInt(m.group(1))).contains("8052e1ac"),
                line);
    }

    @Test
    void thresholdDecidesTheExitCode() {
        assertEquals(0, Cli.run("check", "--fail-on", "never", CLEANING).code());
        Cli.Run medium = Cli.run("check", "--fail-on", "medium", CLEANING);
        assertEquals(1, medium.code());
        assertTrue(medium.out().contains("5 open findings at or above medium"), medium.out());
        Cli.Run critical = Cli.run("check", "--fail-on", "critical", CLEANING);
        assertEquals(1, critical.code(), critical.toString());
        assertTrue(critical.out().contains("1 open finding at or above critical"), critical.out());
        Cli.Run never = Cli.run("check", "--fail-on", "never", CLEANING);
        assertTrue(never.out().contains("--fail-on never"), never.out());
    }

    @Test
    void acceptedFindingsNoLongerFailTheCheckButStaleOnesDo(@TempDir Path dir) throws Exception {
        DataFlowModel model = ModelStore.load(Path.of(CLEANING));
        AnalysisResult result = Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT);
        for (Finding f : result.findings()) {
            if (f.severity().atLeast(Severity.HIGH)) {
                ReviewDecision d = PrivflowFactory.eINSTANCE.createReviewDecision();
                d.setFindingKey(f.key());
                d.setFingerprint(f.fingerprint());
                d.setStatus(ReviewStatus.ACCEPTED);
                d.setReviewer("Legal team");
                d.setDate(java.time.LocalDate.of(2026, 11, 20));
                d.setRationale("Business decision pending migration");
                model.getReviews().add(d);
            }
        }
        Path reviewed = dir.resolve("reviewed.privflow");
        ModelStore.save(model, reviewed);

        Cli.Run run = Cli.run("check", reviewed.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("REVIEWED (not counted)"), run.out());
        assertTrue(run.out().contains("accepted risk by Legal team on 2026-11-20"), run.out());

        model.getReviews().get(0).setFingerprint("0000000000000000");
        ModelStore.save(model, reviewed);
        Cli.Run stale = Cli.run("check", reviewed.toString());
        assertEquals(1, stale.code(), stale.toString());
        assertTrue(stale.out().contains("review: stale"), stale.out());
    }

    @Test
    void jsonHasTheDocumentedFields() {
        Cli.Run run = Cli.run("check", "--format", "json", CLEANING, MIDSIZE);
        assertEquals(1, run.code(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("privflow-check/1", json.get("schema").getAsString());
        JsonArray models = json.getAsJsonArray("models");
        assertEquals(2, models.size());
        assertEquals("2021-10-29", models.get(0).getAsJsonObject().get("asOf").getAsString());
        JsonArray findings = json.getAsJsonArray("findings");
        assertTrue(findings.size() > 4);
        int high = 0;
        for (JsonElement e : findings) {
            JsonObject f = e.getAsJsonObject();
            for (String field : List.of("model", "key", "rule", "severity", "article", "message", "elements", "path", "review", "line")) {
                assertTrue(f.has(field), field + " missing in " + f);
            }
            assertEquals("open", f.getAsJsonObject("review").get("status").getAsString());
            assertTrue(f.get("key").getAsString().startsWith(f.get("rule").getAsString() + ":"));
            if (f.get("severity").getAsString().equals("high") && f.get("model").getAsString().equals(CLEANING)) {
                high++;
            }
        }
        assertEquals(2, high);
        assertEquals(models.get(0).getAsJsonObject().getAsJsonObject("open").get("high").getAsInt(), high);
        assertTrue(run.err().contains("open findings at or above high"), run.err());
    }

    @Test
    void outputIsDeterministicAndWrittenAtomically(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertEquals(1, Cli.run("check", "--format", "json", "-o", a.toString(), CLEANING).code());
        assertEquals(1, Cli.run("check", "--format", "json", "-o", b.toString(), CLEANING).code());
        assertEquals(Files.readString(a), Files.readString(b));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left");
        }
    }

    @Test
    void finnishOutput() {
        Cli.Run run = Cli.run("check", "--lang", "fi", CLEANING);
        assertEquals(1, run.code());
        assertTrue(run.out().contains("KORKEA"), run.out());
        assertTrue(run.out().contains("reitti:"), run.out());
        assertTrue(run.out().contains("3 avointa havaintoa, joiden vakavuus on vähintään korkea"), run.out());
        assertTrue(run.out().contains("5 avointa havaintoa (1 kriittinen, 2 korkeaa, 2 keskitasoista); ei arvioituja"), run.out());
        assertTrue(run.out().contains("transfer-without-tool  44–46 artikla"), run.out());
        assertTrue(run.out().contains("tilanne 29.10.2021"), run.out());
        assertFalse(run.out().contains("Art."), run.out());
    }

    /** Everything the command says in Finnish is Finnish, picocli's own messages and usage included. */
    @Test
    void finnishHasNoEnglish() {
        Cli.Run explain = Cli.run("explain", "--lang", "fi", "--as-of", "2021-10-29", CLEANING, "transfer-without-tool");
        assertEquals(0, explain.code(), explain.err());
        for (String english : new String[]{"DataFlow", "Service", "DPF_CERTIFIED", "WHOLE", "CHAT_APP", "CONSUMER_TERMS_PERSONAL",
                "privflow catalogue", "Commission", "to verify", "Art. ", "sertifioitunut tietosuojakehykseen"}) {
            assertFalse(explain.out().contains(english), english + " in:\n" + explain.out());
        }
        assertTrue(explain.out().contains("Tietojen tuoja: Meta Platforms, Inc., sijoittautunut Yhdysvaltoihin (US)."), explain.out());
        assertTrue(explain.out().contains("privflow-luettelo, tilanne 7.12.2026"), explain.out());
        assertTrue(explain.out().contains("annettu 10.7.2023, voimassa toistaiseksi; ei voimassa"), explain.out());

        Cli.Run catalog = Cli.run("catalog", "--lang", "fi", "--as-of", "2021-10-29", "whatsapp-business");
        assertTrue(catalog.out().contains("sertifioitunut tietosuojakehykseen: ei"), "the DPF began on 10 July 2023: " + catalog.out());
        assertTrue(catalog.out().contains("tallennus"), catalog.out());
        assertTrue(Cli.run("catalog", "--lang", "fi", "whatsapp-business").out().contains("sertifioitunut tietosuojakehykseen: kyllä"));
        Cli.Run scenario = Cli.run("scenario", "--lang", "fi", MIDSIZE, "--scenario", "dpf-invalid");
        assertTrue(scenario.out().contains("Unionin tuomioistuin kumoaa"), scenario.out());

        Cli.Run missing = Cli.run("explain", "--lang", "fi");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("Pakollinen parametri puuttuu: 'MODEL'"), missing.err());
        Cli.Run invalid = Cli.run("check", "--lang", "fi", "--fail-on", "sometimes", CLEANING);
        assertTrue(invalid.err().contains("Valitsimen '--fail-on' arvo ei kelpaa: \"sometimes\" ei ole kynnys"), invalid.err());
        assertFalse(invalid.err().contains("Invalid value"), invalid.err());
        Cli.Run unknown = Cli.run("check", "--lang", "fi", "--colour", CLEANING);
        assertTrue(unknown.err().contains("Tuntematon valitsin: '--colour'"), unknown.err());
        assertTrue(Cli.run("--lang", "fi", "--help").out().contains("[KOMENTO]"));
    }

    @Test
    void scenarioAndAsOfChangeTheFacts() {
        Cli.Run baseline = Cli.run("check", "--format", "json", "--fail-on", "never", MIDSIZE);
        Cli.Run dpfInvalid = Cli.run("check", "--format", "json", "--fail-on", "never", "--scenario", "dpf-invalid", MIDSIZE);
        assertEquals(0, dpfInvalid.code(), dpfInvalid.err());
        int before = JsonParser.parseString(baseline.out()).getAsJsonObject().getAsJsonArray("findings").size();
        JsonObject after = JsonParser.parseString(dpfInvalid.out()).getAsJsonObject();
        assertEquals("dpf-invalid", after.getAsJsonArray("models").get(0).getAsJsonObject().get("scenario").getAsString());
        assertTrue(after.getAsJsonArray("findings").size() > before);

        Cli.Run asOf = Cli.run("check", "--format", "json", "--as-of", "2026-11-24", CLEANING);
        assertEquals("2026-11-24", JsonParser.parseString(asOf.out()).getAsJsonObject().getAsJsonArray("models").get(0)
                .getAsJsonObject().get("asOf").getAsString());
    }

    @Test
    void aModelThatNamesAnotherDocumentIsAnInputErrorAndOpensNoConnection(@TempDir Path dir) throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
            Thread accept = new Thread(() -> {
                try (java.net.Socket s = server.accept()) {
                    connections.incrementAndGet();
                    Thread.sleep(120_000); // never answers
                } catch (Exception e) {
                    // closed
                }
            });
            accept.setDaemon(true);
            accept.start();
            String intact = Files.readString(RepositoryFiles.example("cleaning-company"), StandardCharsets.UTF_8);
            java.util.regex.Matcher target = Pattern.compile("target=\"#([^\"]+)\"").matcher(intact);
            assertTrue(target.find());
            String hostile = intact.substring(0, target.start()) + "target=\"privflow:Service http://127.0.0.1:" + server.getLocalPort()
                    + "/x.privflow#" + target.group(1) + "\"" + intact.substring(target.end());
            Path file = Files.writeString(dir.resolve("hostile.privflow"), hostile, StandardCharsets.UTF_8);
            Cli.Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> Cli.run("check", file.toString()));
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().contains("hostile.privflow:") && run.err().contains("another document"), run.err());
            assertEquals(0, connections.get(), "no connection is opened");
        }
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnErrorNotFindings(@TempDir Path dir) throws Exception {
        String model = Cli.example("cleaning-company");
        Cli.Run folder = Cli.run("check", model, "--format", "sarif", "-o", dir.toString());
        assertEquals(2, folder.code(), folder.err());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        assertFalse(folder.err().contains("Exception"), "no stack trace: " + folder.err());

        Path nowhere = Files.writeString(dir.resolve("plain.txt"), "a file, not a folder").resolve("out.json");
        Cli.Run missing = Cli.run("check", model, "--format", "json", "-o", nowhere.toString());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("out.json") && missing.err().contains("cannot be written"), missing.err());
        assertFalse(missing.err().contains("\tat "), "no stack trace: " + missing.err());
    }

    @Test
    void controlCharactersAndBidiOverridesFromAModelNeverReachTheTerminal(@TempDir Path dir) throws Exception {
        String intact = Files.readString(RepositoryFiles.example("cleaning-company"), StandardCharsets.UTF_8);
        String evil = "Evil&#x1b;]0;pwned&#x7;&#x1b;[31mCorp&#x9b;2J &#x202e;gpj.exe";
        String hostile = intact.replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"")
                .replace("name=\"WhatsApp (consumer app on employees' own phones)\"", "name=\"" + evil + "\"");
        assertTrue(hostile.contains(evil), "the example has the service to rename");
        Path file = Files.writeString(dir.resolve("evil.privflow"), hostile, StandardCharsets.UTF_8);
        for (String format : List.of("text", "json")) {
            Cli.Run run = Cli.run("check", file.toString(), "--format", format);
            assertEquals(1, run.code(), run.err());
            String all = run.out() + run.err();
            for (char c : new char[]{0x1b, 0x07, 0x9b, 0x202e}) {
                assertEquals(-1, all.indexOf(c), format + " output holds the raw character U+" + Integer.toHexString(c));
            }
            assertTrue(run.out().contains("Evil\\u001b]0;pwned"), format + ": the name stays readable, escaped: " + run.out());
            if (format.equals("json")) {
                JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
                assertTrue(json.toString().contains("\\u202e") || json.toString().contains("\u202e"), "JSON keeps the text intact");
            }
        }
    }

    @Test
    void badInputIsAnErrorThatSaysWhatAndWhere(@TempDir Path dir) throws Exception {
        Cli.Run missing = Cli.run("check", dir.resolve("nowhere.privflow").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nowhere.privflow: no such file"), missing.err());

        Path text = Files.writeString(dir.resolve("notes.privflow"), "just some notes\n");
        Cli.Run wrongFormat = Cli.run("check", text.toString());
        assertEquals(2, wrongFormat.code());
        assertTrue(wrongFormat.err().contains("notes.privflow:1:1"), wrongFormat.err());

        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path hostile = Files.writeString(dir.resolve("hostile.privflow"),
                """
                        <?xml version="1.0"?>
                        <!DOCTYPE m [<!ENTITY x SYSTEM "%s">]>
                        <privflow:DataFlowModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:privflow="urn:privflow:model:1.0" name="&x;"/>
                        """
                        .formatted(secret.toUri()),
                StandardCharsets.UTF_8);
        Cli.Run xxe = Cli.run("check", hostile.toString());
        assertEquals(2, xxe.code());
        assertTrue(xxe.err().contains("hostile.privflow:2"), xxe.err());
        assertFalse(xxe.err().contains("TOP-SECRET") || xxe.out().contains("TOP-SECRET"));

        Path truncated = dir.resolve("truncated.privflow");
        String full = Files.readString(Path.of(CLEANING));
        Files.writeString(truncated, full.substring(0, full.length() / 2));
        Cli.Run cut = Cli.run("check", truncated.toString());
        assertEquals(2, cut.code());
        assertTrue(cut.err().matches("(?s)privflow: .*truncated\\.privflow:\\d+:\\d+: .*"), cut.err());

        Cli.Run catalogueAsModel = Cli.run("check", RepositoryFiles.of("bundles/privflow.core/catalogue/default.privflowcat").toString());
        assertEquals(2, catalogueAsModel.code());

        Cli.Run folder = Cli.run("check", dir.toString());
        assertEquals(2, folder.code());
        assertTrue(folder.err().contains("is a folder"), folder.err());
    }

    @Test
    void oneBadModelAmongGoodOnesStillReportsTheOthers(@TempDir Path dir) {
        Cli.Run run = Cli.run("check", CLEANING, dir.resolve("gone.privflow").toString());
        assertEquals(2, run.code());
        assertTrue(run.out().contains("transfer-without-tool"), run.out());
        assertTrue(run.err().contains("gone.privflow: no such file"), run.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        Cli.Run unknownScenario = Cli.run("check", "--scenario", "no-such-scenario", CLEANING);
        assertEquals(2, unknownScenario.code());
        assertTrue(unknownScenario.err().contains("known scenarios: dpf-invalid, uk-not-renewed"), unknownScenario.err());
        assertEquals(2, Cli.run("check", "--format", "xml", CLEANING).code());
        assertEquals(2, Cli.run("check", "--fail-on", "sometimes", CLEANING).code());
        Cli.Run date = Cli.run("check", "--as-of", "24.11.2026", CLEANING);
        assertEquals(2, date.code());
        assertTrue(date.err().contains("yyyy-mm-dd"), date.err());
        assertEquals(2, Cli.run("check").code());
        assertEquals(2, Cli.run("frobnicate").code());
        assertEquals(2, Cli.run().code());
    }

    @Test
    void helpAndVersion() {
        Cli.Run help = Cli.run("--help");
        assertEquals(0, help.code());
        for (String command : List.of("check", "explain", "register", "tia", "diff", "merge-driver", "merge-resolve", "git-setup",
                "scenario", "catalog", "diagram", "verify-libraries")) {
            assertTrue(help.out().contains(command), help.out());
            Cli.Run commandHelp = Cli.run(command, "--help");
            assertEquals(0, commandHelp.code());
            assertTrue(commandHelp.out().startsWith("Usage: privflow " + command), commandHelp.out());
        }
        assertTrue(Cli.run("check", "--lang", "fi", "--help").out().contains("Valitsimet:"));
        Cli.Run typo = Cli.run("chek", "model.privflow");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("check"), "a mistyped command is suggested its name: " + typo.err());
        Cli.Run version = Cli.run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().matches("(?s)privflow 0\\.1\\.0.* \\(catalogue as of 2026-12-07, Java .*"), version.out());
    }
}
