// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.AnalysisResult;
import privflow.core.Catalogues;
import privflow.core.Severity;
import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramLayout.Point;
import privflow.diagram.SvgExport;
import privflow.diagram.Zone;
import privflow.model.DataFlowModel;
import privflow.model.io.ModelStore;
import privflow.testing.RepositoryFiles;

/** The diagram of the examples: zones, findings, an ELK layout inside OSGi, and the SVG. */
class DiagramTest {

    private static final String WHATSAPP = "2c5f27e7-f92f-5b49-8e37-037fce9ac7b7";
    private static final String WHATSAPP_FLOW = "8052e1ac-075f-5fc1-88d1-fc0147d90a2a";

    private static Diagram diagram(String example, Locale locale) throws Exception {
        DataFlowModel model = ModelStore.load(RepositoryFiles.of("examples/" + example + ".privflow"));
        AnalysisResult result = Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT);
        return Diagram.of(model, result, locale);
    }

    private static Diagram.Node node(Diagram d, String id) {
        return d.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theSvgIsANamedImageAndSeverityIsNotShownByColourAlone() throws Exception {
        Diagram d = diagram("cleaning-company", Locale.of("fi"));
        String svg = SvgExport.svg(d, privflow.diagram.DiagramLayout.of(d), Locale.of("fi"));
        assertTrue(svg.startsWith("<svg ") && svg.substring(0, svg.indexOf('>')).contains("role=\"img\""), svg.substring(0, 300));
        assertTrue(svg.contains("<title id=\"privflow-diagram-title\">Tietovirtakaavio</title>"));
        String desc = svg.substring(svg.indexOf("<desc"), svg.indexOf("</desc>"));
        assertTrue(desc.contains("joista 1 on siirto kolmanteen maahan") && desc.contains("1 kriittinen"), desc);
        int edge = svg.indexOf("data-id=\"" + WHATSAPP_FLOW + "\"");
        String group = svg.substring(edge, svg.indexOf("</g>", edge));
        assertTrue(group.split("<polygon").length - 1 >= 2, "an arrowhead and an octagon marker: " + group);
        assertTrue(group.contains(">!</text>"), group);
        int node = svg.indexOf("data-id=\"" + WHATSAPP + "\"");
        String badge = svg.substring(svg.indexOf("class=\"badge\"", node), svg.indexOf("</g>", svg.indexOf("class=\"badge\"", node)));
        assertTrue(badge.contains("<polygon"), "a triangle for high, not only a red circle: " + badge);
    }

    @Test
    void whatsAppSitsInTheThirdCountryZoneWithItsCriticalFinding() throws Exception {
        Diagram d = diagram("cleaning-company", Locale.ENGLISH);
        Diagram.Node whatsapp = node(d, WHATSAPP);
        assertEquals(Zone.THIRD_COUNTRY, whatsapp.zone(), "US storage, no adequacy decision on 29 Oct 2021");
        assertEquals(Diagram.Kind.SERVICE, whatsapp.kind());
        assertEquals(Severity.HIGH, whatsapp.severity(), "its own findings: an independent controller, unmanaged phones");
        Diagram.Edge flow = d.edges().stream().filter(e -> e.id().equals(WHATSAPP_FLOW)).findFirst().orElseThrow();
        assertTrue(flow.transfer());
        assertEquals(Severity.CRITICAL, flow.severity(), "door codes to the US with nothing covering them");
        assertTrue(flow.label().contains("Door code"), flow.label());
        assertEquals(Zone.EEA, node(d, flow.source()).zone());
        assertEquals(Map.of(Zone.SUBJECTS, 2, Zone.EEA, 2, Zone.THIRD_COUNTRY, 1), d.zoneCounts(),
                "customers and employees, the company's register and the cleaner who holds the WhatsApp contract, WhatsApp;"
                        + " the controller and Meta only provide services, which stand for them");
    }

    @Test
    void hoveringTellsEachFindingWithItsReviewStateAndAnAcceptedOneNoLongerMarksTheFlow() throws Exception {
        DataFlowModel model = ModelStore.load(RepositoryFiles.of("examples/cleaning-company.privflow"));
        AnalysisResult before = Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT);
        Diagram.Edge open = Diagram.of(model, before, Locale.ENGLISH).edges().stream().filter(e -> e.id().equals(WHATSAPP_FLOW))
                .findFirst().orElseThrow();
        assertTrue(open.findings().stream().anyMatch(f -> f.startsWith("critical (open): ")), open.findings().toString());
        assertTrue(open.reviewed().isEmpty());

        for (privflow.core.Finding f : before.findings()) {
            if (!f.elements().isEmpty() && f.elements().get(0) == model.eResource().getEObject(WHATSAPP_FLOW)) {
                privflow.model.ReviewDecision d = privflow.model.PrivflowFactory.eINSTANCE.createReviewDecision();
                d.setFindingKey(f.key());
                d.setFingerprint(f.fingerprint());
                d.setStatus(privflow.model.ReviewStatus.ACCEPTED);
                d.setReviewer("Legal team");
                d.setDate(java.time.LocalDate.of(2026, 11, 20));
                d.setRationale("Migrating to the company's own messaging by March");
                model.getReviews().add(d);
            }
        }
        Diagram after = Diagram.of(model, Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT), Locale.ENGLISH);
        Diagram.Edge accepted = after.edges().stream().filter(e -> e.id().equals(WHATSAPP_FLOW)).findFirst().orElseThrow();
        assertEquals(null, accepted.severity(), "no open finding, no red");
        assertTrue(accepted.findings().isEmpty());
        assertEquals(open.findings().size(), accepted.reviewed().size(), accepted.reviewed().toString());
        assertTrue(accepted.reviewed().get(0).startsWith("reviewed, accepted risk: "), accepted.reviewed().get(0));
        String svg = SvgExport.svg(after, DiagramLayout.of(after), Locale.ENGLISH);
        assertTrue(svg.contains("reviewed, accepted risk: "), "the SVG's tooltip tells it too");
    }

    @Test
    void theLayoutKeepsNodesInTheirZonesApartAndTransfersCrossABorder() throws Exception {
        for (String example : List.of("cleaning-company", "midsize-company")) {
            Diagram d = diagram(example, Locale.ENGLISH);
            DiagramLayout layout = DiagramLayout.of(d);
            assertEquals(d.nodes().size(), layout.nodes().size());
            for (Diagram.Node n : d.nodes()) {
                Box box = layout.nodes().get(n.id());
                Box zone = layout.zones().get(n.zone());
                if (zone != null) {
                    assertTrue(inside(box, zone), n.label() + " " + box + " outside " + n.zone() + " " + zone);
                }
                for (Diagram.Node other : d.nodes()) {
                    if (other != n) {
                        assertFalse(overlap(box, layout.nodes().get(other.id())), n.label() + " overlaps " + other.label());
                    }
                }
            }
            for (Diagram.Edge e : d.edges()) {
                List<Point> route = layout.edges().get(e.id());
                if (!e.source().equals(e.target())) {
                    assertTrue(route != null && route.size() >= 2, e.label());
                }
                if (e.transfer() && node(d, e.source()).zone() != node(d, e.target()).zone()) {
                    Zone from = node(d, e.source()).zone();
                    Box fromZone = layout.zones().get(from);
                    Point end = route.get(route.size() - 1);
                    assertTrue(fromZone == null || !contains(fromZone, end), "a transfer leaves its zone: " + e.label());
                }
            }
            assertEquals(layout, DiagramLayout.of(d), "the same diagram gets the same layout");
        }
    }

    @Test
    void theSvgHasAZoneNodeAndEdgeElementForEachAndIsStable() throws Exception {
        Diagram d = diagram("cleaning-company", Locale.ENGLISH);
        DiagramLayout layout = DiagramLayout.of(d);
        String svg = SvgExport.svg(d, layout, Locale.ENGLISH);
        assertEquals(svg, SvgExport.svg(diagram("cleaning-company", Locale.ENGLISH), DiagramLayout.of(d), Locale.ENGLISH));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        Map<String, Integer> counts = new java.util.HashMap<>();
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        Element whatsapp = null;
        Element transfer = null;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            counts.merge(g.getAttribute("class").split(" ")[0], 1, Integer::sum);
            if (WHATSAPP.equals(g.getAttribute("data-id"))) {
                whatsapp = g;
            }
            if (WHATSAPP_FLOW.equals(g.getAttribute("data-id"))) {
                transfer = g;
            }
        }
        assertEquals(d.nodes().size(), counts.get("node"));
        assertEquals(d.edges().size(), counts.get("edge"));
        assertEquals(layout.zones().size(), counts.get("zone"));
        assertTrue(whatsapp.getAttribute("class").contains("finding-high"));
        assertTrue(title(whatsapp).contains("consumer terms"), title(whatsapp));
        assertEquals("edge transfer finding-critical", transfer.getAttribute("class"));
        assertTrue(title(transfer).contains("no transfer tool"), title(transfer));
        assertTrue(svg.contains("Third countries without an adequacy decision"));
        String finnish = SvgExport.svg(diagram("cleaning-company", Locale.of("fi")), layout, Locale.of("fi"));
        assertTrue(finnish.contains("Euroopan talousalue"));
        assertNotEquals(svg, finnish);
    }

    private static String title(Element g) {
        return g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
    }

    private static boolean inside(Box b, Box zone) {
        return b.x() >= zone.x() && b.y() >= zone.y() && b.x() + b.width() <= zone.x() + zone.width() + 0.01
                && b.y() + b.height() <= zone.y() + zone.height() + 0.01;
    }

    private static boolean contains(Box zone, Point p) {
        return p.x() > zone.x() && p.x() < zone.x() + zone.width() && p.y() > zone.y() && p.y() < zone.y() + zone.height();
    }

    private static boolean overlap(Box a, Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }
}
