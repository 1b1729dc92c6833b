// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import privflow.model.io.AtomicFile;

/**
 * A model file as a git revision has it, read with JGit from the repository the file is in (no
 * {@code git} program needed). The content is written to a scratch file and then loaded like any
 * other untrusted model file.
 */
final class GitRevision {

    /** Larger than any model privflow writes; a blob above it is refused rather than read into memory. */
    private static final long MAX_BYTES = 512L * 1024 * 1024;
    /** {@link #MAX_BYTES} for JGit's readers, which take an int. */
    static final int MAX_BYTES_INT = (int) MAX_BYTES;

    private GitRevision() {
    }

    /**
     * @return what {@code reader} reads from a scratch file holding {@code model}'s content at
     *         {@code revision}; the file is deleted afterwards
     * @throws InputException if the file is in no repository, the revision does not exist, or the
     *         file is not in it
     */
    static <T> T read(Path model, String revision, Locale locale, Function<String, T> reader) {
        Path dir;
        try {
            dir = Files.createTempDirectory("privflow-revision"); //$NON-NLS-1$
        } catch (IOException e) {
            throw new InputException(Messages.format(locale, "Error_GitRead", model, revision, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
        try {
            return reader.apply(materialize(model, revision, dir, locale).toString());
        } finally {
            try {
                AtomicFile.deleteScratchFolder(dir);
            } catch (IOException e) {
                dir.toFile().deleteOnExit();
            }
        }
    }

    /**
     * @return the repository {@code file} is in (the caller closes it)
     * @throws InputException with the message {@code errorKey} (taking the file) if it is in none
     */
    static Repository repositoryOf(Path file, Locale locale, String errorKey) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            throw new InputException(Messages.format(locale, errorKey, file));
        }
        return builder.setMustExist(true).build();
    }

    /** @return {@code file}'s path in {@code repository}'s work tree, with forward slashes */
    static String pathIn(Repository repository, Path file) throws IOException {
        Path work = repository.getWorkTree().toPath().toRealPath();
        return work.relativize(file.toAbsolutePath().normalize().toRealPath()).toString().replace('\\', '/');
    }

    private static Path materialize(Path model, String revision, Path dir, Locale locale) {
        Path file = model.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new InputException(Messages.format(locale, "Error_NoSuchFile", model)); //$NON-NLS-1$
        }
        try (Repository repository = repositoryOf(file, locale, "Error_NotInGit")) { //$NON-NLS-1$
            Path work = repository.getWorkTree().toPath().toRealPath();
            String path = pathIn(repository, file);
            ObjectId tree;
            try {
                tree = repository.resolve(revision + "^{tree}"); //$NON-NLS-1$
            } catch (RevisionSyntaxException e) {
                tree = null;
            }
            if (tree == null) {
                throw new InputException(Messages.format(locale, "Error_NoRevision", revision, work)); //$NON-NLS-1$
            }
            try (TreeWalk walk = TreeWalk.forPath(repository, path, tree)) {
                if (walk == null || walk.isSubtree()) {
                    throw new InputException(Messages.format(locale, "Error_NotInRevision", path, revision)); //$NON-NLS-1$
                }
                ObjectLoader blob = repository.open(walk.getObjectId(0));
                if (blob.getSize() > MAX_BYTES) {
                    throw new InputException(Messages.format(locale, "Error_RevisionTooLarge", path, revision, blob.getSize())); //$NON-NLS-1$
                }
                String name = file.getFileName().toString().replaceFirst("\\.privflow$", "") + '@' //$NON-NLS-1$ //$NON-NLS-2$
                        + revision.replaceAll("[^A-Za-z0-9._-]", "_") + ".privflow"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Path out = dir.resolve(name);
                Files.write(out, blob.getBytes());
                return out;
            }
        } catch (LargeObjectException | IOException e) {
            throw new InputException(Messages.format(locale, "Error_GitRead", model, revision, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
    }
}
