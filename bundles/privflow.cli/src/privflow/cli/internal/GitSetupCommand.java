// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;
import privflow.model.io.AtomicFile;

/**
 * {@code privflow git-setup [DIR]}: installs the merge driver into the repository {@code DIR} is in:
 * the driver in the repository's own configuration ({@code merge.privflow.driver}) and, in
 * {@code .gitattributes} at the top of the work tree, {@code merge=privflow} for models and their
 * diagram positions. Running it again changes nothing.
 */
@Command(name = "git-setup", mixinStandardHelpOptions = true, sortOptions = false)
final class GitSetupCommand extends ModelCommand {

    /** The lines {@code .gitattributes} needs. */
    static final List<String> ATTRIBUTES = List.of("*.privflow merge=privflow", "*.privflow.layout merge=privflow"); //$NON-NLS-1$ //$NON-NLS-2$

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "gitSetup.dir")
    Path dir = Path.of(""); //$NON-NLS-1$

    @Override
    public Integer call() {
        Locale locale = locale();
        try (Repository repository = GitRevision.repositoryOf(dir, locale, "Error_SetupNotInGit")) { //$NON-NLS-1$
            StoredConfig config = repository.getConfig();
            config.setString("merge", "privflow", "name", Messages.get(Locale.ROOT, "gitSetup.driverName")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            config.setString("merge", "privflow", "driver", launcher() + " merge-driver %O %A %B %P"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            config.save();
            Path attributes = repository.getWorkTree().toPath().resolve(".gitattributes"); //$NON-NLS-1$
            List<String> lines = Files.exists(attributes)
                    ? new ArrayList<>(Files.readAllLines(attributes, StandardCharsets.UTF_8))
                    : new ArrayList<>();
            List<String> missing = ATTRIBUTES.stream().filter(a -> lines.stream().noneMatch(l -> l.strip().equals(a))).toList();
            if (!missing.isEmpty()) {
                lines.addAll(missing);
                AtomicFile.write(attributes, (String.join("\n", lines) + '\n').getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
            }
            out().println(
                    Messages.format(locale, "GitSetup_Done", repository.getWorkTree(), config.getString("merge", "privflow", "driver"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            missing.isEmpty() ? Messages.get(locale, "GitSetup_AttributesPresent") : String.join(", ", missing))); //$NON-NLS-1$ //$NON-NLS-2$
            out().flush();
            return Main.OK;
        } catch (IOException e) {
            throw new InputException(Messages.format(locale, "Error_MergeIo", dir.toAbsolutePath(), String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
    }

    /** @return the command that starts this privflow, quoted for the shell git runs drivers with */
    private static String launcher() {
        String launcher = System.getProperty("privflow.launcher", "privflow"); //$NON-NLS-1$ //$NON-NLS-2$
        return launcher.matches("[A-Za-z0-9_./+-]+") ? launcher : "'" + launcher.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }
}
