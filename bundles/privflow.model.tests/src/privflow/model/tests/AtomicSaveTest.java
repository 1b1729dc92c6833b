// SPDX-License-Identifier: EPL-2.0
package privflow.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "a new file is readable like any other, not private like a temporary file");
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
}
