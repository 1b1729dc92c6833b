// SPDX-License-Identifier: EPL-2.0
package privflow.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The built command-line distribution and the examples, as a user runs them. */
final class Distribution {

    /** The date every document is written as of, so that runs compare. */
    static final String DATE = "2026-12-07";

    private Distribution() {
    }

    static Path privflow() {
        Path privflow = Path.of(System.getProperty("privflow.cli")).resolve("bin/privflow");
        assertTrue(Files.isExecutable(privflow), privflow + " is missing: build the distribution first");
        return privflow;
    }

    /** @return the bundled examples */
    static List<Path> examples() throws IOException {
        List<Path> models = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of(System.getProperty("privflow.examples")))) {
            examples.filter(p -> p.toString().endsWith(".privflow")).sorted().forEach(models::add);
        }
        assertTrue(models.size() >= 4, "the examples are found: " + models);
        return models;
    }

    /** Writes a generated model of {@code services}, {@code flows} and {@code activities} into {@code file}. */
    static void generate(Path file, int services, int flows, int activities) throws Exception {
        Path jar;
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("privflow.bench")))) {
            jar = jars.filter(p -> p.getFileName().toString().matches("privflow\\.bench-.*\\.jar"))
                    .filter(p -> !p.toString().contains("sources")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build privflow.bench first"));
        }
        Path lib = Path.of(System.getProperty("privflow.cli")).resolve("lib");
        run(file.getParent(), List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                jar + File.pathSeparator + lib + "/*", "privflow.bench.LargeModelGenerator", file.toString(),
                Integer.toString(services), Integer.toString(flows), Integer.toString(activities), "7"));
    }

    /** Writes the register of {@code model} in {@code language} into {@code out}, its format from the extension. */
    static void register(Path model, String language, Path out) throws Exception {
        run(out.getParent(), List.of(privflow().toString(), "register", model.toString(), "--lang", language, "--date", DATE,
                "--out", out.toString()));
    }

    /** Runs {@code command}, failing with its output unless it exits with 0 within five minutes. */
    static String run(Path dir, List<String> command) throws Exception {
        Path log = Files.createTempFile(dir, "run", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("timed out: " + command);
        }
        String output = Files.readString(log);
        Files.delete(log);
        assertEquals(0, process.exitValue(), () -> command + " failed: " + output);
        return output;
    }

    /** @return the stem of a model's file name, e.g. {@code cleaning-company} */
    static String stem(Path model) {
        return model.getFileName().toString().replaceFirst("\\.privflow$", "");
    }
}
