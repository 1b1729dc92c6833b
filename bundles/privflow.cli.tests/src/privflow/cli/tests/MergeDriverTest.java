// SPDX-License-Identifier: EPL-2.0
package privflow.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import privflow.model.DataFlowModel;
import privflow.model.Service;
import privflow.model.io.ModelStore;

/**
 * The merge driver, its set-up and the resolution of what it leaves, on repositories scripted
 * through JGit (no git program).
 */
class MergeDriverTest {

    private static final String SLACK_TAG = "<services id=\"817dc06f-62bb-5793-9339-9ee406469b4b\" name=\"Slack\"";

    @TempDir
    Path dir;

    private static String edit(String model, String from, String to) {
        assertTrue(model.contains(from), from);
        return model.replace(from, to);
    }

    private Path[] versions(String ours, String theirs) throws Exception {
        String base = Files.readString(Path.of(Cli.example("midsize-company")));
        Path o = Files.writeString(dir.resolve("base"), base);
        Path a = Files.writeString(dir.resolve("ours"), ours == null ? base : ours);
        Path b = Files.writeString(dir.resolve("theirs"), theirs == null ? base : theirs);
        return new Path[]{o, a, b};
    }

    private static String example() throws Exception {
        return Files.readString(Path.of(Cli.example("midsize-company")));
    }

    private static Service slack(Path file) throws Exception {
        DataFlowModel model = ModelStore.load(file);
        return model.getServices().stream().filter(s -> s.getId().startsWith("817dc06f")).findFirst().orElseThrow();
    }

    @Test
    void editsOfOneXmlLineThatATextMergeCannotJoinMergeCleanly() throws Exception {
        String base = example();
        Path[] f = versions(edit(base, SLACK_TAG, SLACK_TAG + " description=\"Company chat\""),
                edit(base, "contractReference=\"Slack DPA (part of the customer terms)\"", "contractReference=\"Slack DPA 2026\""));

        Cli.Run run = Cli.run("merge-driver", f[0].toString(), f[1].toString(), f[2].toString(), "privacy/model.privflow");

        assertEquals(0, run.code(), run.err());
        Service slack = slack(f[1]);
        assertEquals("Company chat", slack.getDescription());
        assertEquals("Slack DPA 2026", slack.getContractReference());
        assertArrayEquals(Files.readAllBytes(f[1]), ModelStore.toBytes(ModelStore.load(f[1])), "saved as privflow saves");
    }

    @Test
    void aConflictLeavesOurSideInAValidModelAndNamesElementAttributeAndTheThreeValues() throws Exception {
        String base = example();
        Path[] f = versions(edit(base, SLACK_TAG, SLACK_TAG.replace("\"Slack\"", "\"Slack A\"")),
                edit(base, SLACK_TAG, SLACK_TAG.replace("\"Slack\"", "\"Slack B\"")));

        Cli.Run run = Cli.run("merge-driver", f[0].toString(), f[1].toString(), f[2].toString(), "model.privflow", "--lang", "en");

        assertEquals(1, run.code());
        assertTrue(run.err().contains("model.privflow: one conflict"), run.err());
        assertTrue(run.err().contains(
                "[817dc06f-62bb-5793-9339-9ee406469b4b:name] Service \"Slack A\", Name: base \"Slack\", ours \"Slack A\", theirs \"Slack B\""),
                run.err());
        assertTrue(run.err().contains("privflow merge-resolve model.privflow --pick KEY=theirs"), run.err());
        assertEquals("Slack A", slack(f[1]).getName());
        Cli.Run fi = Cli.run("merge-driver", f[0].toString(), f[1].toString(), f[2].toString(), "model.privflow", "--lang", "fi");
        assertTrue(fi.err().contains("Palvelu \"Slack A\", Nimi: kanta \"Slack\", oma \"Slack A\", toinen \"Slack B\""), fi.err());
    }

    @Test
    void aVersionThatIsNotAModelIsAnErrorAndOursIsLeftAsItWas() throws Exception {
        Path[] f = versions(null, "<<<<<<< not a model");
        byte[] before = Files.readAllBytes(f[1]);

        Cli.Run run = Cli.run("merge-driver", f[0].toString(), f[1].toString(), f[2].toString(), "model.privflow", "--lang", "en");

        assertEquals(2, run.code());
        assertTrue(run.err().contains("their version (theirs)"), run.err());
        assertArrayEquals(before, Files.readAllBytes(f[1]));
    }

    @Test
    void diagramPositionsMergeNodeByNode() throws Exception {
        Path o = Files.writeString(dir.resolve("o"), "# privflow diagram positions 1\na 0 0 100 40\nb 200 0 100 40\n");
        Path a = Files.writeString(dir.resolve("a"), "# privflow diagram positions 1\na 10 0 100 40\nb 200 0 100 40\n");
        Path b = Files.writeString(dir.resolve("b"), "# privflow diagram positions 1\na 0 0 100 40\nb 200 80 100 40\nc 5 5 10 10\n");

        Cli.Run run = Cli.run("merge-driver", o.toString(), a.toString(), b.toString(), "model.privflow.layout");

        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("# privflow diagram positions 1", "a 10 0 100 40", "b 200 80 100 40", "c 5 5 10 10"), Files.readAllLines(a));
    }

    @Test
    void gitSetupInstallsTheDriverOnceAndAConflictedMergeIsResolvedFromTheIndex() throws Exception {
        Path model = dir.resolve("privacy/model.privflow");
        Files.createDirectories(model.getParent());
        String base = example();
        Files.writeString(model, base);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, "Base");
            Cli.Run setup = Cli.run("git-setup", model.getParent().toString(), "--lang", "en");
            assertEquals(0, setup.code(), setup.err());
            assertEquals(List.of("*.privflow merge=privflow", "*.privflow.layout merge=privflow"),
                    Files.readAllLines(dir.resolve(".gitattributes")));
            StoredConfig config = git.getRepository().getConfig();
            config.load();
            assertTrue(config.getString("merge", "privflow", "driver").endsWith(" merge-driver %O %A %B %P"));
            assertEquals(0, Cli.run("git-setup", dir.toString()).code());
            assertEquals(2, Files.readAllLines(dir.resolve(".gitattributes")).size(), "a second run adds nothing");

            git.branchCreate().setName("theirs").call();
            Files.writeString(model, edit(base, SLACK_TAG, SLACK_TAG.replace("\"Slack\"", "\"Slack (ours)\"")));
            commit(git, "Ours");
            git.checkout().setName("theirs").call();
            Files.writeString(model, edit(base, SLACK_TAG, SLACK_TAG.replace("\"Slack\"", "\"Slack (theirs)\"")));
            commit(git, "Theirs");
            git.checkout().setName("main").call();
            MergeResult merge = git.merge().include(git.getRepository().resolve("theirs")).call();
            assertEquals(MergeResult.MergeStatus.CONFLICTING, merge.getMergeStatus());

            Cli.Run list = Cli.run("merge-resolve", model.toString(), "--lang", "en");
            assertEquals(1, list.code(), list.err());
            assertTrue(list.out().contains("[817dc06f-62bb-5793-9339-9ee406469b4b:name]"), list.out());

            Cli.Run unknown = Cli.run("merge-resolve", model.toString(), "--pick", "nothing=theirs", "--lang", "en");
            assertEquals(2, unknown.code());
            assertTrue(unknown.err().contains("no conflict has the key nothing"), unknown.err());

            Cli.Run resolve = Cli.run("merge-resolve", model.toString(), "--pick", "817dc06f-62bb-5793-9339-9ee406469b4b:name=theirs",
                    "--lang", "en");
            assertEquals(0, resolve.code(), resolve.err());
            assertEquals("Slack (theirs)", slack(model).getName());
            assertTrue(git.status().call().getConflicting().isEmpty(), "marked resolved");
            assertFalse(Files.readString(model).contains("<<<<<<<"));

            Cli.Run again = Cli.run("merge-resolve", model.toString(), "--lang", "en");
            assertEquals(2, again.code());
            assertTrue(again.err().contains("is not conflicted"), again.err());
        }
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("Privacy Engineer", "pe@example.com").setCommitter("Privacy Engineer", "pe@example.com")
                .setSign(false).call();
    }
}
