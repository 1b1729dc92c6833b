// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Repository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;
import privflow.model.io.AtomicFile;
import privflow.model.merge.Conflict;
import privflow.model.merge.Side;

/**
 * {@code privflow merge-resolve MODEL [--take ours|theirs] [--pick KEY=ours|theirs]...}: after a
 * merge that left {@code MODEL} conflicted, lists the conflicts (without options) or merges again
 * from the three versions git keeps in its index with the sides chosen, writes the file and marks
 * it resolved ({@code git add}). Reads the repository with JGit; no {@code git} program needed.
 */
@Command(name = "merge-resolve", mixinStandardHelpOptions = true, sortOptions = false)
final class MergeResolveCommand extends ModelCommand {

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "mergeResolve.model")
    Path model;

    @Option(names = "--take", paramLabel = "ours|theirs", descriptionKey = "mergeResolve.take")
    String take;

    @Option(names = "--pick", paramLabel = "KEY=ours|theirs", descriptionKey = "mergeResolve.pick")
    Map<String, String> picks = new LinkedHashMap<>();

    @Override
    public Integer call() {
        Locale locale = locale();
        Side fallback = take == null ? Side.OURS : side(take, "--take", locale); //$NON-NLS-1$
        Map<String, Side> chosen = new LinkedHashMap<>();
        picks.forEach((key, value) -> chosen.put(key, side(value, "--pick " + key, locale))); //$NON-NLS-1$
        try (Repository repository = GitRevision.repositoryOf(model, locale, "Error_ResolveNotInGit")) { //$NON-NLS-1$
            String path = GitRevision.pathIn(repository, model);
            byte[][] stages = stages(repository, path, locale);
            Path scratch = AtomicFile.scratchFolder(model);
            try {
                Path base = Files.write(scratch.resolve("base"), stages[0]); //$NON-NLS-1$
                Path ours = Files.write(scratch.resolve("ours"), stages[1]); //$NON-NLS-1$
                Path theirs = Files.write(scratch.resolve("theirs"), stages[2]); //$NON-NLS-1$
                ThreeWayMerge.Outcome outcome = ThreeWayMerge.merge(path, base, ours, theirs,
                        c -> chosen.getOrDefault(c.key(), fallback), locale);
                List<Conflict> conflicts = outcome.conflicts();
                Set<String> unknown = new TreeSet<>(chosen.keySet());
                unknown.removeAll(conflicts.stream().map(Conflict::key).toList());
                if (!unknown.isEmpty()) {
                    throw new InputException(Messages.format(locale, "Error_ResolveUnknownKey", String.join(", ", unknown), //$NON-NLS-1$ //$NON-NLS-2$
                            conflicts.stream().filter(ThreeWayMerge::isChoice).map(Conflict::key).collect(Collectors.joining(", ")))); //$NON-NLS-1$
                }
                if (take == null && chosen.isEmpty()) {
                    out().println(Messages.format(locale, "Merge_Conflicts", path, conflicts.size())); //$NON-NLS-1$
                    ThreeWayMerge.print(conflicts, locale, out());
                    out().flush();
                    return conflicts.isEmpty() ? Main.OK : Main.FINDINGS;
                }
                AtomicFile.write(model, outcome.merged());
                try (Git git = new Git(repository)) {
                    git.add().addFilepattern(path).call();
                }
                long theirsTaken = conflicts.stream().filter(ThreeWayMerge::isChoice)
                        .filter(c -> chosen.getOrDefault(c.key(), fallback) == Side.THEIRS).count();
                out().println(Messages.format(locale, "Merge_Resolved", path, conflicts.stream().filter(ThreeWayMerge::isChoice).count(), //$NON-NLS-1$
                        theirsTaken));
                ThreeWayMerge.print(conflicts.stream().filter(c -> !ThreeWayMerge.isChoice(c)).toList(), locale, out());
                out().flush();
                return Main.OK;
            } finally {
                AtomicFile.deleteScratchFolder(scratch);
            }
        } catch (IOException | GitAPIException e) {
            throw new InputException(Messages.format(locale, "Error_MergeIo", model, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
    }

    private static Side side(String value, String where, Locale locale) {
        return switch (value) {
            case "ours" -> Side.OURS; //$NON-NLS-1$
            case "theirs" -> Side.THEIRS; //$NON-NLS-1$
            default -> throw new InputException(Messages.format(locale, "Error_ResolveSide", where, value)); //$NON-NLS-1$
        };
    }

    /** @return base, ours and theirs as git's index holds them while {@code path} is conflicted; an empty base if there is none */
    private static byte[][] stages(Repository repository, String path, Locale locale) throws IOException {
        byte[][] stages = {new byte[0], null, null};
        DirCache index = repository.readDirCache();
        for (int i = index.findEntry(path); i >= 0 && i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            if (!entry.getPathString().equals(path)) {
                break;
            }
            int stage = entry.getStage();
            if (stage >= DirCacheEntry.STAGE_1 && stage <= DirCacheEntry.STAGE_3) {
                stages[stage - 1] = repository.open(entry.getObjectId()).getCachedBytes(GitRevision.MAX_BYTES_INT);
            }
        }
        if (stages[1] == null && stages[2] == null) {
            throw new InputException(Messages.format(locale, "Error_ResolveNotConflicted", path)); //$NON-NLS-1$
        }
        if (stages[1] == null || stages[2] == null) {
            throw new InputException(Messages.format(locale, "Error_ResolveFileDeleted", path)); //$NON-NLS-1$
        }
        return stages;
    }
}
