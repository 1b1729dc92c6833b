// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.model.io.AtomicFile;
import privflow.model.io.ModelStore;

class AtomicSaveTest {

    @TempDir
    Path dir;

    @Test
    void crashMidSaveLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("model.privflow");
        ModelStore.save(ModelStoreTest.smallModel(), file);
        byte[] before = Files.readAllBytes(file);
        assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write(before, 0, before.length / 2);
            throw new IOException("disk full");
        }));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        ModelStore.load(file);
    }

    @Test
    void saveKeepsThePermissionsOfTheFileItReplaces() throws Exception {
        Path file = dir.resolve("shared.privflow");
        ModelStore.save(ModelStoreTest.smallModel(), file);
        Path ordinary = dir.resolve("ordinary.txt");
        Files.newOutputStream(ordinary).close(); // what the user's umask gives a new file
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(file),
                "a new file follows the umask like any other, not private like a temporary file");
        Files.delete(ordinary);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        ModelStore.save(ModelStore.load(file), file);
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void saveReplacesTheFile() throws Exception {
        Path file = dir.resolve("model.privflow");
        Files.writeString(file, "old");
        var model = ModelStoreTest.smallModel();
        ModelStore.save(model, file);
        assertEquals("Small", ModelStore.load(file).getName());
    }

    @Test
    void aLinkIsWrittenThroughAndKept() throws Exception {
        Path real = dir.resolve("real.privflow");
        ModelStore.save(ModelStoreTest.smallModel(), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.privflow"), real);
        AtomicFile.write(link, "new".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(real), "the file it points to has the new content");
    }

    @Test
    void aSpecialFileOrFolderIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(folder, new byte[]{1}));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertTrue(Files.isDirectory(folder));
        Path fifo = dir.resolve("fifo");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            assertThrows(IOException.class, () -> AtomicFile.write(fifo, new byte[]{1}));
            assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe is still a pipe");
        }
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nothing"));
        assertThrows(IOException.class, () -> AtomicFile.write(dangling, new byte[]{1}));
        assertTrue(Files.isSymbolicLink(dangling));
    }

    @Test
    void temporariesOfAKilledWriteAreRemovedByTheNextOne() throws Exception {
        Path file = dir.resolve("register.xlsx");
        Path stale = Files.writeString(dir.resolve(".register.xlsx.k1ll3d.tmp"), "half");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 600_000));
        Path fresh = Files.writeString(dir.resolve(".register.xlsx.busy.tmp"), "being written by another run");
        AtomicFile.write(file, new byte[]{42});
        assertFalse(Files.exists(stale), "a temporary nobody wrote to for ten minutes is removed");
        assertTrue(Files.exists(fresh), "one being written now is left alone");
    }
}
