// SPDX-License-Identifier: EPL-2.0
package privflow.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff MODEL --since REV} and {@code check --baseline REV} on a repository scripted through
 * JGit: the base commit has the mid-size example, the working tree the edited model (billing
 * renamed, the salary flow to India removed). No git program is used.
 */
class GitRevisionTest {

    @TempDir
    Path dir;

    private Path repository() throws Exception {
        Path model = dir.resolve("privacy/model.privflow");
        Files.createDirectories(model.getParent());
        Files.copy(Path.of(Cli.example("midsize-company")), model);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("privacy/model.privflow").call();
            git.commit().setMessage("Base").setAuthor("Privacy Engineer", "pe@example.com")
                    .setCommitter("Privacy Engineer", "pe@example.com").setSign(false).call();
        }
        String edited = Files.readString(model).replace("name=\"Customer service and billing\"", "name=\"Customer service\"");
        int start = edited.indexOf("<flows id=\"2efe729e-7fa1-5df2-8ca2-d99f6b7bb4a3\"");
        edited = edited.substring(0, start) + edited.substring(edited.indexOf("/>", start) + 2);
        Files.writeString(model, edited);
        return model;
    }

    @Test
    void diffSinceARevisionReadsTheCommittedModel() throws Exception {
        Path model = repository();
        Cli.Run run = Cli.run("diff", model.toString(), "--since", "HEAD");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("renamed from \"Customer service and billing\""), run.out());
        assertTrue(run.out().contains("- Salary data to payroll (removed)"), run.out());
        Cli.Run same = Cli.run("diff", model.toString(), "--since", "main");
        assertEquals(1, same.code(), "main is the base commit too");
    }

    @Test
    void checkBaselineOnARevisionGatesOnlyWhatTheChangeAdds() throws Exception {
        Path model = repository();
        Cli.Run run = Cli.run("check", model.toString(), "--baseline", "HEAD", "--format", "json");
        String absent = run.out().substring(run.out().indexOf("\"absent\""));
        assertTrue(absent.contains("onward-transfer:2efe729e"), "the India finding went away with the commit's flow: " + run.out());
        Cli.Run gate = Cli.run("check", model.toString(), "--baseline", "HEAD", "--new-only", "--fail-on", "low");
        assertEquals(0, gate.code(), "removing a flow adds no finding: " + gate.out() + gate.err());
    }

    @Test
    void theRegistersChangeLogCanBeSinceARevision() throws Exception {
        Path model = repository();
        Path json = dir.resolve("register.json");
        Cli.Run run = Cli.run("register", model.toString(), "--changes-since", "HEAD", "--date", "2026-12-07", "--out", json.toString(),
                "--lang", "en");
        assertEquals(0, run.code(), run.err());
        String register = Files.readString(json);
        assertTrue(register.contains("\"title\" : \"Changes since HEAD\"") || register.contains("\"title\": \"Changes since HEAD\""),
                register.substring(Math.max(0, register.length() - 2000)));
        assertTrue(register.contains("Salary data to payroll"), "the flow removed since the commit is listed");
    }

    @Test
    void revisionsThatDoNotExistAndFilesOutsideARepositorySaySo() throws Exception {
        Path model = repository();
        Cli.Run unknown = Cli.run("diff", model.toString(), "--since", "no-such-branch");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("has no revision \"no-such-branch\""), unknown.err());
        Path outside = Files.createTempFile("outside", ".privflow");
        try {
            Files.copy(model, outside, StandardCopyOption.REPLACE_EXISTING);
            Cli.Run none = Cli.run("diff", outside.toString(), "--since", "HEAD");
            assertEquals(2, none.code());
            assertTrue(none.err().contains("is not in a git repository"), none.err());
        } finally {
            Files.delete(outside);
        }
        Path untracked = dir.resolve("privacy/new.privflow");
        Files.copy(model, untracked);
        Cli.Run notThere = Cli.run("diff", untracked.toString(), "--since", "HEAD");
        assertEquals(2, notThere.code());
        assertTrue(notThere.err().contains("privacy/new.privflow is not in revision HEAD"), notThere.err());
    }
}
