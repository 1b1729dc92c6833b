// SPDX-License-Identifier: EPL-2.0

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Moves the signature files of the signed jars in a folder into {@code signatures/<jar>/} beside
 * them, leaving each jar's entries (its manifest with every entry's digest included) as they were.
 * A JVM verifies a signed jar's every class as it loads it and leaves its classes out of a
 * class-data-sharing archive; {@code privflow verify-libraries} puts the signatures back and checks
 * them, so what a user can verify about a jar stays the same. Run by the build as
 * {@code java StripSignatures.java LIBDIR}.
 */
public final class StripSignatures {

    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"); //$NON-NLS-1$

    private StripSignatures() {
    }

    public static void main(String[] args) throws IOException {
        Path lib = Path.of(args[0]);
        List<Path> jars;
        try (Stream<Path> files = Files.list(lib)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList(); //$NON-NLS-1$
        }
        int stripped = 0;
        for (Path jar : jars) {
            stripped += strip(jar, lib.resolve("signatures").resolve(jar.getFileName().toString())) ? 1 : 0; //$NON-NLS-1$
        }
        System.out.println("privflow: signatures of " + stripped + " jars moved to " + lib.resolve("signatures")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static boolean strip(Path jar, Path signatures) throws IOException {
        Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned"); //$NON-NLS-1$
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(e -> SIGNATURE.matcher(e.getName()).matches())) {
                return false;
            }
            Files.createDirectories(signatures.resolve("META-INF")); //$NON-NLS-1$
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(unsigned))) {
                for (ZipEntry entry : zip.stream().toList()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (SIGNATURE.matcher(entry.getName()).matches()) {
                            Files.write(signatures.resolve(entry.getName()), in.readAllBytes());
                            continue;
                        }
                        ZipEntry copy = new ZipEntry(entry.getName());
                        copy.setTime(entry.getTime());
                        out.putNextEntry(copy);
                        in.transferTo(out);
                        out.closeEntry();
                    }
                }
            }
        }
        Files.move(unsigned, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return true;
    }
}
