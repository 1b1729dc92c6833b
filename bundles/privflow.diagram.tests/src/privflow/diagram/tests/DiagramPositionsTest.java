// SPDX-License-Identifier: EPL-2.0
package privflow.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.core.Analysis;
import privflow.core.AnalysisOptions;
import privflow.core.Catalogues;
import privflow.diagram.Diagram;
import privflow.diagram.DiagramLayout;
import privflow.diagram.DiagramLayout.Box;
import privflow.diagram.DiagramLayout.Point;
import privflow.diagram.DiagramPositions;
import privflow.diagram.Zone;
import privflow.model.DataFlowModel;
import privflow.model.io.ModelStore;
import privflow.model.merge.Conflict;
import privflow.model.merge.Side;
import privflow.testing.RepositoryFiles;

/** Positions the user gave the nodes: saved beside the model in a git-friendly file, and applied over the automatic layout. */
class DiagramPositionsTest {

    private static final String WHATSAPP = "2c5f27e7-f92f-5b49-8e37-037fce9ac7b7";

    @Test
    void twoEngineersMovingDifferentNodesMergeAndTwoMovesOfOneNodeAreAConflict() {
        DiagramPositions base = new DiagramPositions();
        base.put("a", new Box(0, 0, 100, 40));
        base.put("b", new Box(200, 0, 100, 40));
        base.put("c", new Box(400, 0, 100, 40));
        DiagramPositions ours = new DiagramPositions();
        ours.setAll(base.all());
        DiagramPositions theirs = new DiagramPositions();
        theirs.setAll(base.all());
        ours.put("a", new Box(10, 10, 100, 40));
        ours.put("c", new Box(410, 0, 100, 40));
        theirs.put("b", new Box(210, 50, 100, 40));
        theirs.put("c", new Box(400, 90, 100, 40));
        theirs.put("d", new Box(600, 0, 100, 40));

        List<Conflict> conflicts = DiagramPositions.merge(base, ours, theirs, c -> Side.OURS);

        assertEquals(1, conflicts.size());
        assertEquals("c", conflicts.get(0).id());
        assertEquals("410 0 100 40", conflicts.get(0).ours());
        assertEquals("400 90 100 40", conflicts.get(0).theirs());
        assertEquals(new Box(10, 10, 100, 40), ours.get("a"));
        assertEquals(new Box(210, 50, 100, 40), ours.get("b"));
        assertEquals(new Box(410, 0, 100, 40), ours.get("c"));
        assertEquals(new Box(600, 0, 100, 40), ours.get("d"));
    }

    @Test
    void positionsAreSavedBesideTheModelOneSortedLinePerNodeSoAMoveIsAOneLineDiff(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("crm.privflow");
        Path file = DiagramPositions.beside(model);
        assertEquals(dir.resolve("crm.privflow.layout"), file);
        DiagramPositions positions = new DiagramPositions();
        positions.put("c", new Box(300.4, 40, 120, 44));
        positions.put("a", new Box(10, 20.6, 130, 44));
        positions.put("b", new Box(160, 20, 120, 60));
        positions.write(file);
        List<String> before = Files.readAllLines(file);
        assertEquals(List.of("# privflow diagram positions 1", "a 10 21 130 44", "b 160 20 120 60", "c 300 40 120 44"), before);

        DiagramPositions read = DiagramPositions.read(file);
        assertEquals(positions.all(), read.all());
        read.put("b", new Box(500, 20, 120, 60));
        read.write(file);
        List<String> after = Files.readAllLines(file);
        assertEquals(before.size(), after.size());
        long changed = java.util.stream.IntStream.range(0, after.size()).filter(i -> !before.get(i).equals(after.get(i))).count();
        assertEquals(1, changed, "moving one node changes one line");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void noPositionsMeansNoFileAndAMissingFileMeansAutomaticLayout(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.privflow.layout");
        assertTrue(DiagramPositions.read(file).isEmpty());
        DiagramPositions positions = new DiagramPositions();
        positions.put("a", new Box(1, 2, 3, 4));
        positions.write(file);
        assertTrue(Files.exists(file));
        positions.setAll(java.util.Map.of());
        positions.write(file);
        assertFalse(Files.exists(file), "auto-layout removes the file instead of leaving an empty one");
    }

    @Test
    void coordinatesMustBeFiniteAndWithinReason(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.privflow.layout");
        for (String bad : new String[]{"a NaN 2 3 4", "a 1 Infinity 3 4", "a 1 2 1e308 4", "a -2e6 2 3 4"}) {
            Files.writeString(file, "# privflow diagram positions 1\n" + bad + "\n");
            IOException e = assertThrows(IOException.class, () -> DiagramPositions.read(file), bad);
            assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        }
        Files.writeString(file, "# privflow diagram positions 1\na -300 1000000 120 44\n");
        assertEquals(1000000, DiagramPositions.read(file).get("a").y(), 0, "a large but sane drawing is fine");
    }

    @Test
    void onlyARegularPositionsFileIsReadAndNothingElseIsEchoed(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.layout"));
        IOException e = assertThrows(IOException.class, () -> DiagramPositions.read(folder));
        assertTrue(e.getMessage().contains(folder.toString()) && e.getMessage().contains("not a regular file"), e.getMessage());

        Path fifo = dir.resolve("fifo.layout");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor() == 0) {
            IOException f = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> assertThrows(IOException.class, () -> DiagramPositions.read(fifo)), "a pipe must not block");
            assertTrue(f.getMessage().contains("not a regular file"), f.getMessage());
        }

        Path zero = dir.resolve("zero.layout");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        IOException z = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(IOException.class, () -> DiagramPositions.read(zero)));
        assertTrue(z.getMessage().contains("not a regular file"), z.getMessage());

        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET first line\nmore\n");
        Path link = dir.resolve("link.layout");
        Files.createSymbolicLink(link, secret);
        IOException l = assertThrows(IOException.class, () -> DiagramPositions.read(link));
        assertTrue(l.getMessage().contains("not a privflow positions file"), l.getMessage());
        assertFalse(l.getMessage().contains("TOP-SECRET"), "nothing of another file is echoed: " + l.getMessage());

        Path garbage = dir.resolve("garbage.layout");
        Files.write(garbage, new byte[]{(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3, 0x28});
        IOException g = assertThrows(IOException.class, () -> DiagramPositions.read(garbage));
        assertTrue(g.getMessage().contains(garbage.toString()) && g.getMessage().contains("UTF-8"), g.getMessage());
    }

    @Test
    void aDamagedLineIsReportedWithFileAndLineNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.privflow.layout");
        Files.writeString(file, "# privflow diagram positions 1\na 1 2 3 4\nb 1 two 3 4\n");
        IOException e = assertThrows(IOException.class, () -> DiagramPositions.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("line 3") && e.getMessage().contains("b 1 two 3 4"),
                e.getMessage());
        Files.writeString(file, "a 1 2 0 4\n");
        assertThrows(IOException.class, () -> DiagramPositions.read(file), "a node without width is refused");
    }

    @Test
    void forgottenElementsAreDroppedBeforeSaving() {
        DiagramPositions positions = new DiagramPositions();
        positions.put("kept", new Box(1, 2, 3, 4));
        positions.put("deleted", new Box(1, 2, 3, 4));
        positions.retain(Set.of("kept", "unrelated"));
        assertEquals(Set.of("kept"), positions.all().keySet());
    }

    @Test
    void aMovedNodeKeepsItsPlaceItsFlowsFollowAndItsZoneGrowsAroundIt() throws Exception {
        DataFlowModel model = ModelStore.load(RepositoryFiles.of("examples/cleaning-company.privflow"));
        Diagram diagram = Diagram.of(model, Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT),
                java.util.Locale.ENGLISH);
        DiagramLayout auto = DiagramLayout.of(diagram);
        DiagramPositions positions = new DiagramPositions();
        Box moved = new Box(900, 700, 150, 50);
        positions.put(WHATSAPP, moved);

        DiagramLayout layout = auto.with(diagram, positions);
        assertEquals(moved, layout.nodes().get(WHATSAPP));
        diagram.nodes().stream().filter(n -> !n.id().equals(WHATSAPP))
                .forEach(n -> assertEquals(auto.nodes().get(n.id()), layout.nodes().get(n.id()), "other nodes stay: " + n.label()));
        Diagram.Node whatsapp = diagram.nodes().stream().filter(n -> n.id().equals(WHATSAPP)).findFirst().orElseThrow();
        Box zone = layout.zones().get(whatsapp.zone());
        assertEquals(Zone.THIRD_COUNTRY, whatsapp.zone());
        assertTrue(zone.x() < moved.x() && zone.y() < moved.y() && zone.x() + zone.width() > moved.x() + moved.width()
                && zone.y() + zone.height() > moved.y() + moved.height(), "the zone holds the node: " + zone);
        assertTrue(layout.width() >= zone.x() + zone.width() && layout.height() >= zone.y() + zone.height());
        int rerouted = 0;
        for (Diagram.Edge edge : diagram.edges()) {
            List<Point> route = layout.edges().get(edge.id());
            if (edge.target().equals(WHATSAPP)) {
                Point end = route.get(route.size() - 1);
                assertTrue(onBorder(end, moved), "the flow ends on the moved node: " + end);
                for (int i = 1; i < route.size(); i++) {
                    Point a = route.get(i - 1);
                    Point b = route.get(i);
                    assertTrue(a.x() == b.x() || a.y() == b.y(), "orthogonal: " + route);
                }
                assertNotEquals(auto.edges().get(edge.id()), route);
                rerouted++;
            }
        }
        assertTrue(rerouted > 0);
        assertEquals(auto, auto.with(diagram, new DiagramPositions()), "no positions, the automatic layout");
    }

    @Test
    void aNodeMovedToTheTopEdgeKeepsItsZonesTitleInsideTheDrawing() throws Exception {
        DataFlowModel model = ModelStore.load(RepositoryFiles.of("examples/cleaning-company.privflow"));
        Diagram diagram = Diagram.of(model, Analysis.run(model, Catalogues.facts(null, model), AnalysisOptions.DEFAULT),
                java.util.Locale.ENGLISH);
        DiagramLayout auto = DiagramLayout.of(diagram);
        DiagramPositions positions = new DiagramPositions();
        positions.put(WHATSAPP, new Box(-30, 0, 150, 50));

        DiagramLayout layout = auto.with(diagram, positions);
        Box node = layout.nodes().get(WHATSAPP);
        Box zone = layout.zones().get(Zone.THIRD_COUNTRY);
        assertTrue(zone.x() >= 0 && zone.y() >= 0, "the zone with its title starts inside the drawing: " + zone);
        assertTrue(zone.y() + 26 <= node.y(), "the title band is above the node, not over it: " + zone + " " + node);
        layout.nodes().values().forEach(b -> assertTrue(b.x() >= 0 && b.y() >= 0, "every node is in the drawing: " + b));
        layout.edges().values().forEach(r -> r.forEach(p -> assertTrue(p.x() >= 0 && p.y() >= 0, "and every flow: " + r)));
        double dx = node.x() + 30;
        double dy = node.y();
        assertTrue(dx > 0 && dy > 0, "the drawing moved right and down");
        diagram.nodes().stream().filter(n -> !n.id().equals(WHATSAPP)).forEach(n -> {
            Box before = auto.nodes().get(n.id());
            Box after = layout.nodes().get(n.id());
            assertEquals(before.x() + dx, after.x(), 1e-9, "all nodes move together: " + n.label());
            assertEquals(before.y() + dy, after.y(), 1e-9, "all nodes move together: " + n.label());
        });
    }

    private static boolean onBorder(Point p, Box b) {
        boolean inX = p.x() >= b.x() && p.x() <= b.x() + b.width();
        boolean inY = p.y() >= b.y() && p.y() <= b.y() + b.height();
        return inX && inY && (p.x() == b.x() || p.x() == b.x() + b.width() || p.y() == b.y() || p.y() == b.y() + b.height());
    }
}
