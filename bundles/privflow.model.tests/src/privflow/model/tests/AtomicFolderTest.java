// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.model.io.AtomicFile;
import privflow.model.io.AtomicFolder;

class AtomicFolderTest {

    @TempDir
    Path dir;

    private static Map<String, AtomicFile.Content> set(String version) {
        Map<String, AtomicFile.Content> files = new LinkedHashMap<>();
        for (String name : List.of("activities.csv", "transfers.csv", "recipients.csv")) {
            files.put(name, out -> out.write((name + " " + version).getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFolderGetsTheSetAndNothingIsLeftBeside() throws Exception {
        Path out = dir.resolve("register");
        AtomicFolder.write(out, set("v1"));
        assertEquals(List.of("activities.csv", "recipients.csv", "transfers.csv"), names(out));
        assertEquals("transfers.csv v1", Files.readString(out.resolve("transfers.csv")));
        assertEquals(List.of("register"), names(dir), "no work folder is left beside it");
    }

    @Test
    void replacingKeepsTheUsersFilesFoldersAndPermissions() throws Exception {
        Path out = dir.resolve("register");
        AtomicFolder.write(out, set("v1"));
        Files.writeString(out.resolve("README.txt"), "the DPO's notes");
        Files.createDirectories(out.resolve("archive")).resolve("2025.csv").toFile().createNewFile();
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-x---"));
        AtomicFolder.write(out, set("v2"));
        assertEquals(List.of("README.txt", "activities.csv", "archive", "recipients.csv", "transfers.csv"), names(out));
        assertEquals("the DPO's notes", Files.readString(out.resolve("README.txt")));
        assertTrue(Files.exists(out.resolve("archive/2025.csv")));
        assertEquals("activities.csv v2", Files.readString(out.resolve("activities.csv")));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals(List.of("register"), names(dir));
    }

    @Test
    void aFailedWriteLeavesTheWholeOldSet() throws Exception {
        Path out = dir.resolve("register");
        AtomicFolder.write(out, set("v1"));
        Map<String, AtomicFile.Content> failing = set("v2");
        failing.put("transfers.csv", o -> {
            o.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        });
        assertThrows(IOException.class, () -> AtomicFolder.write(out, failing));
        for (String name : names(out)) {
            assertTrue(Files.readString(out.resolve(name)).endsWith("v1"), name + " is still the old one");
        }
        assertEquals(List.of("register"), names(dir), "the half-written set is gone");
    }

    @Test
    void aLinkToAFolderStaysALink() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        AtomicFolder.write(link, set("v1"));
        AtomicFolder.write(link, set("v2"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("activities.csv v2", Files.readString(real.resolve("activities.csv")));
    }

    @Test
    void aFileOrADanglingLinkIsNotReplaced() throws Exception {
        Path file = Files.writeString(dir.resolve("register.csv"), "keep");
        IOException e = assertThrows(IOException.class, () -> AtomicFolder.write(file, set("v1")));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
        assertEquals("keep", Files.readString(file));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nothing"));
        assertThrows(IOException.class, () -> AtomicFolder.write(dangling, set("v1")));
        assertTrue(Files.isSymbolicLink(dangling));
    }

    @Test
    void theNextWriteRecoversWhatAKilledSwapLeft() throws Exception {
        // killed between moving the old folder aside and moving the new one in: only the old one is there
        Path out = dir.resolve("register");
        Path old = Files.createDirectory(dir.resolve(".register.k1ll3d.old"));
        Files.writeString(old.resolve("activities.csv"), "activities.csv v1");
        Files.writeString(old.resolve("notes.txt"), "the user's");
        Path work = Files.createDirectory(dir.resolve(".register.k1ll3d.tmp"));
        Files.writeString(work.resolve("activities.csv"), "half");
        FileTime longAgo = FileTime.fromMillis(System.currentTimeMillis() - 600_000);
        Files.setLastModifiedTime(old, longAgo);
        Files.setLastModifiedTime(work, longAgo);
        Path busy = Files.createDirectory(dir.resolve(".register.busy.tmp"));
        AtomicFolder.write(out, set("v2"));
        assertEquals("the user's", Files.readString(out.resolve("notes.txt")), "the user's file is back");
        assertEquals("activities.csv v2", Files.readString(out.resolve("activities.csv")));
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(work));
        assertTrue(Files.exists(busy), "a work folder in use by another run is left alone");
    }

    @Test
    void scratchFoldersOfKilledWritesAreRemoved() throws Exception {
        Path file = dir.resolve("register.pdf");
        Path stale = Files.createDirectory(dir.resolve(".register.pdf.k1ll3d.parts"));
        Files.writeString(stale.resolve("0.pdf"), "%PDF-");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 600_000));
        Path scratch = AtomicFile.scratchFolder(file);
        assertFalse(Files.exists(stale));
        assertTrue(Files.isDirectory(scratch));
        Files.writeString(scratch.resolve("0.pdf"), "%PDF-");
        AtomicFile.deleteScratchFolder(scratch);
        assertEquals(List.of(), names(dir));
    }
}
