// SPDX-License-Identifier: EPL-2.0
package privflow.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a file so that readers see either the old or the new content, never a half-written one:
 * the bytes go to a temporary file in the same folder, are flushed to disk, and the temporary
 * file is then renamed over the target. Only regular files are replaced (through a symbolic link,
 * which stays); a replaced file keeps its permissions and a new one follows the user's umask;
 * temporaries a killed write left behind are removed by the next write.
 */
public final class AtomicFile {

    /** Produces the content of a file. */
    @FunctionalInterface
    public interface Content {
        /** @param out where to write; do not close it */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFile() {
    }

    /** The permissions of the file a write replaces carry over to the new one. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
            Files.setPosixFilePermissions(tmp, permissions);
        }
    }

    /** Temporaries not written to for this long are left over from a write that was killed. */
    private static final long STALE_MILLIS = 60_000;

    /** Deletes the temporaries that earlier, killed writes of {@code target} left beside it. */
    private static void deleteStaleTemporaries(Path dir, String name) {
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(dir, "." + globEscaped(name) + "*.tmp")) { //$NON-NLS-1$ //$NON-NLS-2$
            for (Path tmp : temporaries) {
                if (Files.isRegularFile(tmp, LinkOption.NOFOLLOW_LINKS)
                        && now - Files.getLastModifiedTime(tmp).toMillis() > STALE_MILLIS) {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy; the write itself goes on
        }
    }

    static String globEscaped(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @return the regular file a write of {@code file} replaces: {@code file} itself, or the file a
     *         symbolic link points to (the link stays); an error for anything else (a folder, a
     *         device, a pipe, a dangling link), which is never replaced
     */
    private static Path regularTarget(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target)) {
            if (!Files.exists(target)) {
                throw new IOException(file + ": a link to nothing; privflow does not replace it"); //$NON-NLS-1$
            }
            target = target.toRealPath();
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + ": not a regular file (a folder, a device or a pipe); privflow does not replace it"); //$NON-NLS-1$
        }
        return target;
    }

    /** @return a random name part, unlikely to be used by anyone else */
    static String randomName() {
        return Long.toUnsignedString(RANDOM.nextLong(), 36);
    }

    /**
     * Makes a fresh hidden folder beside {@code file} for the parts a write of it is built from,
     * after deleting the part folders of earlier, killed writes of the same file. The caller
     * deletes it with {@link #deleteScratchFolder(Path)} when done.
     */
    public static Path scratchFolder(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        String name = target.getFileName().toString();
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, "." + globEscaped(name) + ".*" + PARTS)) { //$NON-NLS-1$ //$NON-NLS-2$
            for (Path folder : stale) {
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                        && now - Files.getLastModifiedTime(folder).toMillis() > STALE_MILLIS) {
                    deleteScratchFolder(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy; the write itself goes on
        }
        return Files.createDirectory(dir.resolve("." + name + '.' + randomName() + PARTS)); //$NON-NLS-1$
    }

    /** Deletes a folder made by {@link #scratchFolder(Path)} and the regular files in it. */
    public static void deleteScratchFolder(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file);
                }
            }
        }
        Files.deleteIfExists(folder);
    }

    private static final String PARTS = ".parts"; //$NON-NLS-1$

    /** Replaces {@code file} with {@code bytes}. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /**
     * Replaces {@code file} with what {@code content} writes. If writing fails, the file is
     * unchanged and no temporary file is left behind.
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = regularTarget(file);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        deleteStaleTemporaries(dir, target.getFileName().toString());
        // not Files.createTempFile, which makes the file private: a new file follows the user's umask
        Path tmp = dir.resolve("." + target.getFileName() + '.' + randomName() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
