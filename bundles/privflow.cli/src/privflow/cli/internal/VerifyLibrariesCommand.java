// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import privflow.cli.Main;

/**
 * {@code privflow verify-libraries [DIR]}: checks the jars of the distribution against the
 * signatures their publishers made. The distribution keeps the signature files of the signed jars
 * in {@code lib/signatures/JAR/} (a JVM verifies every class of a signed jar as it loads it and
 * leaves those classes out of its start-up archive, which made every command start 0.2 s later);
 * this puts each jar's signature back into a copy of it and verifies the copy as a JVM would: every
 * entry signed and matching its digest, every entry the signed manifest names present.
 */
@Command(name = "verify-libraries", mixinStandardHelpOptions = true, sortOptions = false)
final class VerifyLibrariesCommand extends ModelCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "verifyLibraries.dir")
    Path dir;

    @Override
    public Integer call() {
        Locale locale = locale();
        Path lib = dir != null ? dir : launcherLibraries();
        if (lib == null || !Files.isDirectory(lib)) {
            throw new InputException(Messages.format(locale, "Error_VerifyNoLibraries", lib == null ? "lib" : lib.toAbsolutePath())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(lib)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList(); //$NON-NLS-1$
        } catch (IOException e) {
            throw new InputException(Messages.format(locale, "Error_VerifyNoLibraries", lib.toAbsolutePath()), e); //$NON-NLS-1$
        }
        int signed = 0;
        int unsigned = 0;
        int failed = 0;
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            Path signatures = lib.resolve("signatures").resolve(name).resolve("META-INF"); //$NON-NLS-1$ //$NON-NLS-2$
            try {
                boolean apart = Files.isDirectory(signatures);
                if (!apart && !signed(jar)) {
                    unsigned++;
                    out().println(Messages.format(locale, "Verify_Unsigned", name)); //$NON-NLS-1$
                    continue;
                }
                Verified verified = apart ? verify(jar, signatures, locale) : verify(jar, locale);
                signed++;
                out().println(Messages.format(locale, "Verify_Signed", name, verified.signer(), verified.entries())); //$NON-NLS-1$
            } catch (IOException | SecurityException e) {
                failed++;
                err().println(Messages.format(locale, "Verify_Failed", name, String.valueOf(e.getMessage()))); //$NON-NLS-1$
            }
        }
        out().println(Messages.format(locale, "Verify_Summary", jars.size(), signed, unsigned, failed)); //$NON-NLS-1$
        out().flush();
        return failed > 0 ? Main.FINDINGS : Main.OK;
    }

    /** @return the distribution's {@code lib} folder, beside the {@code bin} of the launcher that started this */
    private static Path launcherLibraries() {
        String launcher = System.getProperty("privflow.launcher"); //$NON-NLS-1$
        Path bin = launcher == null ? null : Path.of(launcher).toAbsolutePath().getParent();
        return bin == null || bin.getParent() == null ? null : bin.getParent().resolve("lib"); //$NON-NLS-1$
    }

    private record Verified(String signer, int entries) {
    }

    /** @return whether {@code jar} holds signature files of its own */
    private static boolean signed(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")); //$NON-NLS-1$
        }
    }

    /** @return who signed {@code jar} with the signature files in {@code signatures}, and how many entries were checked */
    private static Verified verify(Path jar, Path signatures, Locale locale) throws IOException {
        Path copy = Files.createTempFile("privflow-verify", ".jar"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            resign(jar, signatures, copy);
            return verify(copy, locale);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** @return who signed {@code jar}, a jar with its signature files, and how many entries were checked */
    private static Verified verify(Path jar, Locale locale) throws IOException {
        try (JarFile signedCopy = new JarFile(jar.toFile(), true)) {
            if (signedCopy.getManifest() == null) {
                throw new SecurityException(Messages.get(locale, "Verify_NoManifest")); //$NON-NLS-1$
            }
            for (String named : signedCopy.getManifest().getEntries().keySet()) {
                if (signedCopy.getEntry(named) == null) {
                    throw new SecurityException(Messages.format(locale, "Verify_Missing", named)); //$NON-NLS-1$
                }
            }
            String signer = null;
            int entries = 0;
            for (Enumeration<JarEntry> all = signedCopy.entries(); all.hasMoreElements();) {
                JarEntry entry = all.nextElement();
                try (InputStream in = signedCopy.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                if (entry.isDirectory() || entry.getName().startsWith("META-INF/")) { //$NON-NLS-1$
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    throw new SecurityException(Messages.format(locale, "Verify_NotSigned", entry.getName())); //$NON-NLS-1$
                }
                if (signer == null && signers[0].getSignerCertPath().getCertificates().get(0) instanceof X509Certificate c) {
                    signer = c.getSubjectX500Principal().getName();
                }
                entries++;
            }
            if (signer == null) {
                throw new SecurityException(Messages.get(locale, "Verify_NoSignedEntry")); //$NON-NLS-1$
            }
            return new Verified(signer, entries);
        }
    }

    /** Writes {@code jar}'s entries and the signature files in {@code signatures} to {@code copy}, manifest and signatures first. */
    private static void resign(Path jar, Path signatures, Path copy) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(signatures)) {
            files = list.sorted().toList();
        }
        try (ZipFile zip = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            List<ZipEntry> rest = new ArrayList<>();
            for (ZipEntry entry : zip.stream().toList()) {
                if (JarFile.MANIFEST_NAME.equalsIgnoreCase(entry.getName())) {
                    copyEntry(zip, entry, out);
                } else {
                    rest.add(entry);
                }
            }
            for (Path file : files) {
                out.putNextEntry(new ZipEntry("META-INF/" + file.getFileName())); //$NON-NLS-1$
                Files.copy(file, out);
                out.closeEntry();
            }
            for (ZipEntry entry : rest) {
                copyEntry(zip, entry, out);
            }
        }
    }

    private static void copyEntry(ZipFile zip, ZipEntry entry, ZipOutputStream out) throws IOException {
        out.putNextEntry(new ZipEntry(entry.getName()));
        try (InputStream in = zip.getInputStream(entry)) {
            in.transferTo(out);
        }
        out.closeEntry();
    }
}
