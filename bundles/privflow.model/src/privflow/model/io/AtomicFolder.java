// SPDX-License-Identifier: EPL-2.0
package privflow.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a set of files into a folder so that readers see either the whole old set or the whole
 * new one, never a mix: the new set is written and flushed in a fresh hidden folder beside the
 * target, which then takes the target's place; whatever else the user kept in the folder is moved
 * over into the new one, never deleted. A killed write leaves the previous folder complete under
 * a hidden name beside it, and the next write moves the user's files from there back in.
 * <p>
 * Where the folder cannot change places (the working directory of this process, a mount point,
 * a parent folder that is not writable) the files are replaced one by one, each atomically, from a
 * work folder inside it.
 */
public final class AtomicFolder {

    private static final String WORK = ".tmp"; //$NON-NLS-1$
    private static final String OLD = ".old"; //$NON-NLS-1$
    private static final long STALE_MILLIS = 60_000;

    private AtomicFolder() {
    }

    /**
     * Writes {@code files} (file name to content; names without folders) into {@code folder},
     * creating it if needed.
     *
     * @throws IOException if the folder is not a folder or cannot be written; it is then as before
     */
    public static void write(Path folder, Map<String, AtomicFile.Content> files) throws IOException {
        for (String name : files.keySet()) {
            if (name.isEmpty() || name.contains("/") || name.startsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw new IllegalArgumentException(name);
            }
        }
        Path target = folder.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            if (!Files.isDirectory(target)) {
                throw new IOException(folder + ": a link to nothing or to a file; privflow writes a folder of files here"); //$NON-NLS-1$
            }
            target = target.toRealPath();
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(folder + ": not a folder; privflow does not replace it"); //$NON-NLS-1$
        }
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException(folder + ": the root folder cannot be the output"); //$NON-NLS-1$
        }
        Files.createDirectories(parent);
        recover(target, files.keySet());
        Path work;
        boolean beside = true;
        try {
            work = writeSet(target.resolveSibling(hidden(target, WORK)), target, files);
        } catch (AccessDeniedException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
            work = writeSet(target.resolve(hidden(target, WORK)), target, files);
            beside = false;
        }
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (!beside || !canChangePlaces(target) || !swap(work, target, files.keySet())) {
                    replaceOneByOne(work, target, files.keySet());
                }
            } else {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
                syncFolder(parent);
            }
        } finally {
            deleteSet(work, files.keySet());
        }
    }

    private static String hidden(Path target, String kind) {
        return "." + target.getFileName() + '.' + AtomicFile.randomName() + kind; //$NON-NLS-1$
    }

    private static Path writeSet(Path work, Path target, Map<String, AtomicFile.Content> files) throws IOException {
        Files.createDirectory(work);
        try {
            if (Files.isDirectory(target) && Files.getFileStore(work).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(work, Files.getPosixFilePermissions(target));
            }
            for (Map.Entry<String, AtomicFile.Content> file : files.entrySet()) {
                Path path = work.resolve(file.getKey());
                try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    file.getValue().writeTo(out);
                }
                try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            syncFolder(work);
            return work;
        } catch (IOException | RuntimeException e) {
            deleteSet(work, files.keySet());
            throw e;
        }
    }

    /**
     * Puts {@code work} in the place of {@code target} and moves the user's other entries over.
     *
     * @return false if the folders could not change places (nothing changed then)
     */
    private static boolean swap(Path work, Path target, Set<String> ours) throws IOException {
        Path old = target.resolveSibling(hidden(target, OLD));
        try {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            return false;
        }
        try {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        syncFolder(target.getParent());
        moveTheUsersEntries(old, target, ours);
        return true;
    }

    private static void replaceOneByOne(Path work, Path target, Set<String> ours) throws IOException {
        for (String name : ours) {
            Path to = target.resolve(name);
            if (Files.exists(to, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(to, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(to + ": not a regular file; privflow does not replace it"); //$NON-NLS-1$
            }
        }
        for (String name : ours) {
            Files.move(work.resolve(name), target.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(target);
    }

    /**
     * Moves everything in {@code from} that is not one of our files into {@code to} (where the
     * name is free), then deletes {@code from} if nothing of the user's is left in it.
     */
    private static void moveTheUsersEntries(Path from, Path to, Set<String> ours) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(from)) {
            stream.forEach(entries::add);
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            Path destination = to.resolve(name);
            if (!ours.contains(name) && !Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(entry, destination, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        deleteSet(from, ours);
    }

    /** Deletes our files in {@code folder}, then the folder if it is empty. */
    private static void deleteSet(Path folder, Set<String> ours) {
        try {
            for (String name : ours) {
                Path file = folder.resolve(name);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file);
                }
            }
            try (DirectoryStream<Path> rest = Files.newDirectoryStream(folder)) {
                if (!rest.iterator().hasNext()) {
                    Files.delete(folder);
                }
            }
        } catch (IOException e) {
            // what cannot be deleted stays; the next write tries again
        }
    }

    /**
     * Finishes what killed writes of {@code target} left beside it (untouched for a minute): the
     * user's entries of a previous folder move back in, our files and empty work folders go.
     */
    private static void recover(Path target, Set<String> ours) throws IOException {
        long now = System.currentTimeMillis();
        String glob = "." + AtomicFile.globEscaped(target.getFileName().toString()) + ".*{" + WORK + ',' + OLD + '}'; //$NON-NLS-1$ //$NON-NLS-2$
        List<Path> leftovers = new ArrayList<>();
        for (Path dir : List.of(target.getParent(), target)) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
                for (Path leftover : stream) {
                    if (Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)
                            && now - Files.getLastModifiedTime(leftover).toMillis() > STALE_MILLIS) {
                        leftovers.add(leftover);
                    }
                }
            }
        }
        for (Path leftover : leftovers) {
            if (leftover.getFileName().toString().endsWith(OLD) && leftover.getParent().equals(target.getParent())) {
                if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(leftover, target, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    moveTheUsersEntries(leftover, target, ours);
                }
            } else {
                deleteSet(leftover, ours);
            }
        }
    }

    /**
     * @return whether {@code folder} can be moved aside: not this process's working directory or
     *         one above it, and on the same file system as its parent
     */
    private static boolean canChangePlaces(Path folder) throws IOException {
        Path cwd = Path.of("").toAbsolutePath().normalize(); //$NON-NLS-1$
        if (cwd.startsWith(folder) || cwd.toRealPath().startsWith(folder)) {
            return false;
        }
        return Files.getFileStore(folder).equals(Files.getFileStore(folder.getParent()));
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every file system lets a folder be flushed; the renames are still atomic
        }
    }
}
