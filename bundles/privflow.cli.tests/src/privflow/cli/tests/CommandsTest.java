// SPDX-License-Identifier: EPL-2.0
package privflow.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

import org.eclipse.emf.ecore.util.EcoreUtil;

import privflow.model.DataFlow;
import privflow.bench.LargeModelGenerator;
import privflow.model.DataFlowModel;
import privflow.model.ProcessingActivity;
import privflow.model.io.ModelStore;

/** explain, register, scenario and catalog, end to end. */
class CommandsTest {

    private static final String CLEANING = Cli.example("cleaning-company");
    private static final String MIDSIZE = Cli.example("midsize-company");
    private static final String WHATSAPP_KEY = "transfer-without-tool:8052e1ac-075f-5fc1-88d1-fc0147d90a2a:2c5f27e7-f92f-5b49-8e37-037fce9ac7b7:US";

    @Test
    void explainGivesTheWholeReasoning() {
        Cli.Run run = Cli.run("explain", CLEANING, WHATSAPP_KEY);
        assertEquals(0, run.code(), run.toString());
        String out = run.out();
        for (String part : List.of("Third-country transfer without a transfer tool", "Facts:",
                "No adequacy decision for United States (US) is in force on 2021-10-29",
                "Catalogue entries:", "privflow catalogue, as of 2026-12-07",
                "(EU) 2023/1795, adopted 2023-07-10", "not in force", "Path of the data:", "What to do:",
                "The finding is critical: the flow carries Door code and key-box number to a third country",
                "Stop using WhatsApp", "business product under a data processing agreement", "Review:", "open")) {
            assertTrue(out.contains(part), part + " missing in\n" + out);
        }
        assertFalse(out.contains("standard contractual clauses, module"), "no SCCs to sign for a consumer app:\n" + out);
    }

    @Test
    void explainTakesAUniquePrefixAndSuggestsKeys(@TempDir Path dir) throws Exception {
        assertEquals(0, Cli.run("explain", CLEANING, "transfer-without-tool:8052").code());
        Cli.Run unknown = Cli.run("explain", CLEANING, "transfer-without-tool:ffff");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("has no finding with the key"), unknown.err());
        assertTrue(unknown.err().contains(WHATSAPP_KEY), unknown.err());
        DataFlowModel model = ModelStore.load(Path.of(CLEANING));
        DataFlow second = EcoreUtil.copy(model.getFlows().stream().filter(f -> f.getName().startsWith("Daily")).findFirst().orElseThrow());
        second.setId("0d7c5a1e-0000-4000-8000-000000000002");
        model.getFlows().add(second);
        Path twoFlows = dir.resolve("two-flows.privflow");
        ModelStore.save(model, twoFlows);
        Cli.Run ambiguous = Cli.run("explain", twoFlows.toString(), "transfer-without-tool");
        assertEquals(2, ambiguous.code(), ambiguous.toString());
        assertTrue(ambiguous.err().contains("more than one finding"), ambiguous.err());
    }

    @Test
    void explainUnderAScenarioUsesItsFacts() {
        Cli.Run run = Cli.run("explain", "--as-of", "2026-11-24", "--scenario", "dpf-invalid", CLEANING, "transfer-without-tool");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("Under the scenario"), run.out());
    }

    @Test
    void registerInEveryFormatIsReproducible(@TempDir Path dir) throws Exception {
        for (String format : List.of("xlsx", "html", "pdf", "json")) {
            Path a = dir.resolve("a." + format);
            Path b = dir.resolve("b." + format);
            Cli.Run run = Cli.run("register", CLEANING, "--date", "2026-11-24", "--out", a.toString());
            assertEquals(0, run.code(), run.toString());
            assertTrue(run.out().contains("1 processing activity, 1 transfer"), run.out());
            assertEquals(0, Cli.run("register", CLEANING, "--date", "2026-11-24", "--format", format, "-o", b.toString()).code());
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), format);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(dir.resolve("a.xlsx").toFile())) {
            Sheet transfers = workbook.getSheets().filter(s -> s.getName().startsWith("Transfers")).findFirst().orElseThrow();
            assertTrue(transfers.read().get(1).getCell(0).getRawValue().contains("Daily visit list"));
        }
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("a.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("WhatsApp"));
        }
        assertEquals("privflow-register/2", JsonParser.parseString(Files.readString(dir.resolve("a.json")))
                .getAsJsonObject().get("schema").getAsString());
    }

    @Test
    void registerInFinnishAndAsCsvFolder(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("register-csv");
        Cli.Run run = Cli.run("register", CLEANING, "--lang", "fi", "--format", "csv", "--out", csv.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("1 k\u00e4sittelytoimi"), run.out());
        assertTrue(Files.readString(csv.resolve("register.csv")).contains("Rekisterinpit\u00e4j\u00e4"));
    }

    @Test
    void registerRefusesWhatItCannotWrite(@TempDir Path dir) throws Exception {
        Cli.Run noFormat = Cli.run("register", CLEANING, "--out", dir.resolve("register.doc").toString());
        assertEquals(2, noFormat.code());
        assertTrue(noFormat.err().contains("register.doc: the extension names no register format"), noFormat.err());
        Cli.Run unknown = Cli.run("register", CLEANING, "--format", "odt", "--out", dir.resolve("r").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("\"odt\" is not a register format: use xlsx, csv, html, pdf, docx or json."), unknown.err());
        Cli.Run folder = Cli.run("register", CLEANING, "--format", "pdf", "--out", dir.toString());
        assertEquals(2, folder.code());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        Cli.Run noOut = Cli.run("register", CLEANING);
        assertEquals(2, noOut.code());
        Path existing = Files.writeString(dir.resolve("keep.json"), "precious");
        Path readOnly = dir.resolve("ro");
        Files.createDirectory(readOnly);
        readOnly.toFile().setWritable(false);
        Cli.Run denied = Cli.run("register", CLEANING, "--out", readOnly.resolve("r.json").toString());
        readOnly.toFile().setWritable(true);
        if (!"root".equals(System.getProperty("user.name"))) {
            assertEquals(2, denied.code(), denied.toString());
            assertTrue(denied.err().contains("cannot be written"), denied.err());
        }
        assertEquals("precious", Files.readString(existing));
    }

    @Test
    void diagramWritesTheSvgWithZonesAndFindings(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("flows.svg");
        Cli.Run run = Cli.run("diagram", CLEANING, "--lang", "fi", "-o", svg.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("5 kohdetta"), run.out());
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(text.contains("Kolmannet maat ilman riitt\u00e4vyysp\u00e4\u00e4t\u00f6st\u00e4"));
        assertTrue(text.contains("edge transfer finding-critical"));
        assertEquals(2, Cli.run("diagram", CLEANING, "-o", dir.toString()).code());
        assertEquals(2, Cli.run("diagram", CLEANING).code());
    }

    @Test
    void aDiagramTooLargeToReadIsRefusedAtOnceWithThePartsThatCanBeDrawn(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("large.privflow");
        DataFlowModel large = new LargeModelGenerator(7).generate(1600, 5200, 40);
        ModelStore.save(large, model);
        Path svg = dir.resolve("flows.svg");
        long start = System.nanoTime();
        Cli.Run refused = Cli.run("diagram", model.toString(), "-o", svg.toString());
        assertEquals(2, refused.code(), refused.toString());
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "refused before any layout");
        assertTrue(refused.err().contains("privflow draws at most 1,500 nodes and 5,000 edges"), refused.err());
        assertTrue(refused.err().contains("--transfers-only (") && refused.err().contains("--activity ID (one of 40)"), refused.err());
        assertFalse(Files.exists(svg));

        ProcessingActivity activity = large.getActivities().get(3);
        long flows = large.getFlows().stream().filter(f -> f.getActivity() == activity).count();
        Cli.Run part = Cli.run("diagram", model.toString(), "--activity", activity.getName().toUpperCase(java.util.Locale.ROOT), "-o",
                svg.toString());
        assertEquals(0, part.code(), part.toString());
        String text = Files.readString(svg);
        assertEquals(flows, text.split("<g class=\"edge", -1).length - 1, "one edge per flow of the activity, no other");
        for (DataFlow flow : large.getFlows()) {
            assertEquals(flow.getActivity() == activity, text.contains("data-id=\"" + flow.getId() + "\""), flow.getName());
        }

        Cli.Run third = Cli.run("diagram", model.toString(), "--activity", activity.getId(), "--zone", "third-country", "-o",
                svg.toString());
        assertEquals(0, third.code(), third.toString());
        Cli.Run noZone = Cli.run("diagram", model.toString(), "--zone", "mars", "-o", svg.toString());
        assertEquals(2, noZone.code());
        assertTrue(noZone.err().contains("--zone mars: not a zone; one of subjects, eea, adequate, third-country, unknown"), noZone.err());
        Cli.Run noActivity = Cli.run("diagram", model.toString(), "--activity", "Astrology", "-o", svg.toString());
        assertEquals(2, noActivity.code());
        assertTrue(noActivity.err().contains("no processing activity with that id or name; it has 40"), noActivity.err());
    }

    @Test
    void diagramKeepsThePositionsTheUserGaveInTheDiagramEditor(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("cleaning.privflow");
        Files.copy(Path.of(CLEANING), model);
        String whatsapp = "2c5f27e7-f92f-5b49-8e37-037fce9ac7b7";
        Files.writeString(dir.resolve("cleaning.privflow.layout"), "# privflow diagram positions 1\n" + whatsapp + " 900 500 200 44\n");
        Path svg = dir.resolve("flows.svg");
        Cli.Run run = Cli.run("diagram", model.toString(), "-o", svg.toString());
        assertEquals(0, run.code(), run.toString());
        String text = Files.readString(svg);
        int node = text.indexOf("data-id=\"" + whatsapp + "\"");
        assertTrue(node > 0);
        assertTrue(text.indexOf("<rect x=\"900\" y=\"500\" width=\"200\" height=\"44\"", node) > node, "WhatsApp where the user put it");

        Files.writeString(dir.resolve("cleaning.privflow.layout"), "# privflow diagram positions 1\n" + whatsapp + " 900 five 200 44\n");
        Cli.Run damaged = Cli.run("diagram", model.toString(), "-o", svg.toString());
        assertEquals(0, damaged.code(), damaged.toString());
        assertTrue(damaged.err().contains("cleaning.privflow.layout, line 2"), damaged.err());
        assertTrue(Files.readString(svg).contains(whatsapp), "laid out automatically instead");
    }

    @Test
    void scenarioListsTheFlowsThatChange() {
        Cli.Run run = Cli.run("scenario", MIDSIZE, "--scenario", "dpf-invalid");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("Flows whose status changes: 2"), run.out());
        assertTrue(run.out().contains("Team chat (Employees \u2192 Slack): covered by an adequacy decision \u2192 not covered"), run.out());
        assertTrue(run.out().contains("Findings that appear: 2"), run.out());
        Cli.Run unknown = Cli.run("scenario", MIDSIZE, "--scenario", "brexit-2");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("dpf-invalid"), unknown.err());
        assertEquals(2, Cli.run("scenario", MIDSIZE).code());
    }

    @Test
    void catalogAnswersForCountriesAndServices() {
        Cli.Run overview = Cli.run("catalog", "--as-of", "2026-11-24");
        assertEquals(0, overview.code());
        assertTrue(overview.out().contains("privflow catalogue, as of 2026-12-07"), overview.out());
        assertTrue(overview.out().contains("30 EEA countries"), overview.out());
        assertTrue(overview.out().contains("dpf-invalid"), overview.out());

        Cli.Run us = Cli.run("catalog", "us", "--as-of", "2026-11-24");
        assertTrue(us.out().contains("United States (US): a third country"), us.out());
        assertTrue(us.out().contains("(EU) 2023/1795, adopted 2023-07-10"), us.out());
        assertTrue(us.out().contains("; in force."), us.out());
        assertTrue(Cli.run("catalog", "US", "--as-of", "2020-01-01").out().contains("; not in force."));

        Cli.Run fi = Cli.run("catalog", "FI");
        assertTrue(fi.out().contains("in the EEA"), fi.out());

        Cli.Run whatsapp = Cli.run("catalog", "whatsapp");
        assertTrue(whatsapp.out().contains("whatsapp-consumer"), whatsapp.out());
        assertTrue(whatsapp.out().contains("whatsapp-business"), whatsapp.out());
        assertTrue(whatsapp.out().contains("checked 2026-11-24"), whatsapp.out());

        Cli.Run none = Cli.run("catalog", "myspace");
        assertEquals(2, none.code());
        assertFalse(none.err().isBlank());
    }

    @Test
    void userCataloguesOverrideTheShippedOne(@TempDir Path dir) throws Exception {
        Path catalogue = Files.writeString(dir.resolve("local.privflowcat"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <privflow:Catalogue xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:privflow="urn:privflow:model:1.0"
                    id="6a1f0000-0000-4000-8000-000000000001" name="Our legal team's catalogue" asOf="2026-12-01">
                  <sources>Legal memo 2026-12-01</sources>
                  <adequacyDecisions key="US" country="US" scope="WHOLE" decisionId="hypothetical" adopted="2021-01-01" source="test"/>
                </privflow:Catalogue>
                """);
        Cli.Run check = Cli.run("check", "--catalogue", catalogue.toString(), CLEANING);
        assertFalse(check.out().contains("transfer-without-tool"), check.out());
        Cli.Run overview = Cli.run("catalog", "--catalogue", dir.toString());
        assertTrue(overview.out().contains("Our legal team's catalogue, as of 2026-12-01"), overview.out());
        Files.writeString(catalogue, "<broken");
        Cli.Run broken = Cli.run("check", "--catalogue", catalogue.toString(), CLEANING);
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("local.privflowcat:1"), broken.err());
    }
}
