// SPDX-License-Identifier: EPL-2.0
package privflow.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code privflow verify-libraries}: the distribution keeps the signed jars' signature files apart
 * (so that a start-up archive can hold their classes); the command puts them back and verifies each
 * jar. Run on EMF's own signed jar as this OSGi runtime has it.
 */
class VerifyLibrariesTest {

    private static final String CLASS = "org/eclipse/emf/common/util/URI.class";

    @Test
    void signedJarsVerifyWithTheirSignaturesInOrApartAndAChangedClassFails(@TempDir Path dir) throws Exception {
        Path emf = Path.of(org.eclipse.emf.common.util.URI.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(emf.toString().endsWith(".jar"), "EMF runs from its signed jar: " + emf);
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.copy(emf, lib.resolve("emf.jar"));
        rewrite(lib.resolve("emf.jar"), lib.resolve("plain.jar"), name -> name.startsWith("META-INF/ECLIPSE_") ? null : name, false);

        Cli.Run inPlace = Cli.run("verify-libraries", lib.toString());
        assertEquals(0, inPlace.code(), inPlace::toString);
        assertTrue(inPlace.out().contains("emf.jar: signed by CN=Eclipse Foundation"), inPlace::toString);
        assertTrue(inPlace.out().contains("plain.jar: not signed by its publisher"), inPlace::toString);

        Path apart = Files.createDirectories(lib.resolve("signatures/emf.jar/META-INF"));
        try (ZipFile zip = new ZipFile(lib.resolve("emf.jar").toFile())) {
            for (String name : new String[]{"ECLIPSE_.SF", "ECLIPSE_.RSA"}) {
                try (InputStream in = zip.getInputStream(zip.getEntry("META-INF/" + name))) {
                    Files.copy(in, apart.resolve(name));
                }
            }
        }
        Files.move(lib.resolve("plain.jar"), lib.resolve("emf.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Cli.Run kept = Cli.run("verify-libraries", lib.toString());
        assertEquals(0, kept.code(), kept::toString);
        assertTrue(kept.out().contains("emf.jar: signed by CN=Eclipse Foundation"), kept::toString);
        assertTrue(kept.out().contains("1 jars: 1 signed and intact, 0 not signed by their publisher, 0 failed"), kept::toString);

        rewrite(lib.resolve("emf.jar"), lib.resolve("changed.jar"), UnaryOperator.identity(), true);
        Files.move(lib.resolve("changed.jar"), lib.resolve("emf.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Cli.Run changed = Cli.run("verify-libraries", lib.toString());
        assertEquals(1, changed.code(), changed::toString);
        assertTrue(changed.err().contains("emf.jar: FAILED") && changed.err().contains(CLASS), changed::toString);

        Cli.Run fi = Cli.run("verify-libraries", "--lang", "fi", lib.toString());
        assertTrue(fi.err().contains("emf.jar: EP\u00c4ONNISTUI"), fi::toString);
    }

    @Test
    void withoutTheDistributionsFolderItSaysWhichToName(@TempDir Path dir) {
        Cli.Run run = Cli.run("verify-libraries", dir.resolve("none").toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("there is no folder of libraries at") && run.err().contains("none"), run::toString);
    }

    /** Copies {@code from} to {@code to}, entries renamed (or left out, for {@code null}), {@link #CLASS} changed if asked. */
    private static void rewrite(Path from, Path to, UnaryOperator<String> names, boolean change) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = names.apply(entry.getName());
                if (name == null) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    if (change && name.equals(CLASS)) {
                        bytes[bytes.length - 1] ^= 1;
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
    }
}
