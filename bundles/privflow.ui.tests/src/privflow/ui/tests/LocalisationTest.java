// SPDX-License-Identifier: EPL-2.0
package privflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import privflow.testing.RepositoryFiles;

/**
 * Every privflow contribution a person reads is localised: plugin.xml names, labels, descriptions
 * and tooltips are {@code %keys}, and each bundle's Finnish properties have every English key.
 */
class LocalisationTest {

    private static final List<String> BUNDLES = List.of("privflow.ui", "privflow.diagram.ui", "privflow.edit", "privflow.branding");

    /** Elements whose {@code name} is an identifier, not a text. */
    private static final java.util.Set<String> NOT_READ = java.util.Set.of("property", "parameter", "key", "attribute");

    private static final Pattern READ = Pattern.compile("\\s(name|label|description|tooltip)=\"([^\"]*)\"");

    @Test
    void pluginXmlTextsAreKeys() throws Exception {
        List<String> literal = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Path xml = RepositoryFiles.of("bundles/" + bundle).resolve("plugin.xml");
            if (!Files.exists(xml)) {
                continue;
            }
            String text = Files.readString(xml);
            Matcher m = READ.matcher(text);
            while (m.find()) {
                String element = text.substring(text.lastIndexOf('<', m.start()) + 1).split("[\\s>]", 2)[0];
                if (!NOT_READ.contains(element) && !m.group(2).startsWith("%") && !m.group(2).isEmpty()) {
                    literal.add(bundle + ": " + m.group(1) + "=\"" + m.group(2) + "\"");
                }
            }
        }
        assertEquals(List.of(), literal, "texts written into plugin.xml stay English in Finnish");
    }

    @Test
    void finnishPropertiesHaveEveryKey() throws Exception {
        int checked = 0;
        for (String bundle : BUNDLES) {
            Path dir = RepositoryFiles.of("bundles/" + bundle);
            if (!Files.exists(dir.resolve("plugin.properties"))) {
                continue;
            }
            TreeSet<String> english = keys(dir.resolve("plugin.properties"));
            TreeSet<String> finnish = keys(dir.resolve("plugin_fi.properties"));
            TreeSet<String> missing = new TreeSet<>(english);
            missing.removeAll(finnish);
            assertEquals(new TreeSet<String>(), missing, bundle + "/plugin_fi.properties lacks keys");
            checked += english.size();
        }
        assertTrue(checked > 240, checked + " keys checked");
    }

    private static TreeSet<String> keys(Path file) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
