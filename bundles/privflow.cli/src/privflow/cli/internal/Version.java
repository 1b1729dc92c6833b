// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.Locale;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;
import privflow.core.Catalogues;

/** {@code privflow --version}: the bundle's version and the shipped catalogue's date. */
public final class Version implements IVersionProvider {

    /** @return the version of privflow.cli, e.g. {@code 0.1.0}, from its manifest */
    public static String number() {
        String version = bundleVersion();
        int qualifier = version.indexOf('.', version.indexOf('.', version.indexOf('.') + 1) + 1);
        return qualifier > 0 ? version.substring(0, qualifier) : version;
    }

    /** @return the full bundle version, with the build qualifier */
    static String bundleVersion() {
        String own = ownManifestVersion();
        if (own != null) {
            return own;
        }
        try {
            Enumeration<URL> manifests = Version.class.getClassLoader().getResources("META-INF/MANIFEST.MF"); //$NON-NLS-1$
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    Manifest manifest = new Manifest(in);
                    String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName"); //$NON-NLS-1$
                    if (name != null && name.startsWith("privflow.cli") //$NON-NLS-1$
                            && !name.startsWith("privflow.cli.")) { //$NON-NLS-1$
                        return manifest.getMainAttributes().getValue("Bundle-Version"); //$NON-NLS-1$
                    }
                }
            }
        } catch (IOException e) {
            // fall through: the version is unknown
        }
        return "0.0.0"; //$NON-NLS-1$
    }

    /**
     * @return the version in the manifest of the jar this class comes from, read directly (looking
     *         through every jar's manifest opens each signed jar), or {@code null} when not from a jar
     */
    private static String ownManifestVersion() {
        try {
            java.security.CodeSource source = Version.class.getProtectionDomain().getCodeSource();
            if (source == null || !source.getLocation().getPath().endsWith(".jar")) { //$NON-NLS-1$
                return null;
            }
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(new java.io.File(source.getLocation().toURI()), false)) {
                Manifest manifest = jar.getManifest();
                return manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version"); //$NON-NLS-1$
            }
        } catch (IOException | java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String[] getVersion() {
        Locale locale = Languages.current();
        return new String[]{Messages.format(locale, "Version_Text", bundleVersion(), //$NON-NLS-1$
                String.valueOf(Catalogues.shippedAsOf()), Runtime.version().toString())};
    }
}
