// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;
import privflow.model.io.AtomicFile;
import privflow.model.merge.Conflict;
import privflow.model.merge.Side;

/**
 * {@code privflow merge-driver %O %A %B %P}: git's merge driver for models and their diagram
 * positions ({@code privflow git-setup} installs it). Writes the merge into {@code %A}, our side
 * wherever the two sides conflict, so the file stays a valid model; reports each conflict and exits
 * 1 when there are any, so git marks the file as conflicted.
 */
@Command(name = "merge-driver", mixinStandardHelpOptions = true, sortOptions = false)
final class MergeDriverCommand extends ModelCommand {

    @Parameters(index = "0", paramLabel = "BASE", descriptionKey = "mergeDriver.base")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", descriptionKey = "mergeDriver.ours")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", descriptionKey = "mergeDriver.theirs")
    Path theirs;

    @Parameters(index = "3", arity = "0..1", paramLabel = "PATH", descriptionKey = "mergeDriver.path")
    String path;

    @Override
    public Integer call() {
        Locale locale = locale();
        String name = path != null ? path : ours.toString();
        ThreeWayMerge.Outcome outcome = ThreeWayMerge.merge(name, base, ours, theirs, c -> Side.OURS, locale);
        try {
            AtomicFile.write(ours, outcome.merged());
        } catch (IOException e) {
            throw new InputException(Messages.format(locale, "Error_Write", ours, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
        List<Conflict> conflicts = outcome.conflicts();
        if (conflicts.isEmpty()) {
            return Main.OK;
        }
        err().println(Messages.format(locale, "Merge_Conflicts", name, conflicts.size())); //$NON-NLS-1$
        ThreeWayMerge.print(conflicts, locale, err());
        if (conflicts.stream().anyMatch(ThreeWayMerge::isChoice)) {
            err().println(Messages.format(locale, "Merge_HowToResolve", name)); //$NON-NLS-1$
        }
        err().flush();
        return Main.FINDINGS;
    }
}
