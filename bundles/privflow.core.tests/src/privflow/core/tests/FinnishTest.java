// SPDX-License-Identifier: EPL-2.0
package privflow.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import privflow.core.Finding;
import privflow.core.Messages;
import privflow.testing.RepositoryFiles;

/**
 * The Finnish a DPO files as it is: the GDPR's own terms, one per concept, in every Finnish
 * bundle and catalogue text; and the grammar the code produces (numerals with the partitive,
 * countries in the case the sentence needs), rendered for 1, 2 and sample countries and compared
 * with reviewed sentences ({@code expected/grammar.txt}).
 */
class FinnishTest {

    private static final Locale FI = Locale.of("fi");

    /** Rejected terms and what the GDPR's Finnish text uses instead. */
    private static final List<String[]> REJECTED = List.of(
            new String[]{"(?i)alihankki", "alikäsittelijä (28 artiklan 2 ja 4 kohta)"},
            new String[]{"(?i)arkaluonteis", "erityiset henkilötietoryhmät (9 artikla)"},
            new String[]{"(?i)säilytysai", "poistamiselle suunnitellut määräajat (30 artiklan 1 kohdan f alakohta)"},
            new String[]{"(?i)vakiolausek", "vakiosopimuslausekkeet, one term for the standard clauses"},
            new String[]{"(?i)käsittelijäsopimu", "tietojenkäsittelysopimus, one term for the DPA"},
            new String[]{"(?i)tietojen vastaanottaja", "tietojen tuoja, the importer in transfer contexts"},
            new String[]{"(?i)\\bpuolesta\\b", "rekisterinpitäjän lukuun (28 artiklan 1 kohta, 30 artiklan 2 kohta)"},
            new String[]{"(?i)(?<!tietosuoja)selostetta ei nimetty|informoitu, seloste\\b", "tietosuojaseloste for the privacy notice"},
            new String[]{"(?i)rikostuomioita koskev|rikostiedo", "rikostuomioihin ja rikkomuksiin liittyvät henkilötiedot (10 artikla)"},
            new String[]{"(?i)(?<!henkilö)tietoryhm", "henkilötietoryhmä, one term for categories of personal data"},
            new String[]{"(?i)arviopäät", "arviointipäätös, one term for a review decision"},
            new String[]{"\\bArt\\.\\s*\\d", "Finnish citations: 44–46 artikla, 28 artiklan 4 kohta"},
            new String[]{"\\b(the|with|from|and|of)\\b", "Finnish, not English"});

    private static final Pattern EDPB = Pattern.compile("\\bEDPB\\b");

    @Test
    void finnishTextsUseTheRegulationsTerms() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : finnishBundles()) {
            Properties p = load(file);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                check(RepositoryFiles.of("bundles").getParent().relativize(file) + ": " + key, p.getProperty(key), problems);
            }
        }
        String catalogue = Files.readString(RepositoryFiles.of("bundles/privflow.core/catalogue/default.privflowcat"));
        Matcher m = Pattern.compile("(\\w+Fi)=\"([^\"]*)\"|<sourcesFi>([^<]*)</sourcesFi>").matcher(catalogue);
        while (m.find()) {
            String text = m.group(2) != null ? m.group(2) : m.group(3);
            check("default.privflowcat: " + (m.group(1) == null ? "sourcesFi" : m.group(1)), text.replaceAll("https?://\\S+", ""),
                    problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(String where, String value, List<String> problems) {
        String text = value.replaceAll("\\{[^}]*\\}", "#");
        for (String[] rejected : REJECTED) {
            if (Pattern.compile(rejected[0]).matcher(text).find()) {
                problems.add(where + ": \"" + text + "\" -> " + rejected[1]);
            }
        }
        Matcher edpb = EDPB.matcher(text);
        if (edpb.find() && !text.substring(0, edpb.start()).contains("Euroopan tietosuojaneuvosto")) {
            problems.add(where + ": EDPB without \"Euroopan tietosuojaneuvosto\" spelled out first");
        }
    }

    /** Every message with a number or a country's case form, in both languages, as a reviewer read them. */
    @Test
    void numbersAndCountriesReadAsReviewed() throws IOException {
        StringBuilder actual = new StringBuilder();
        actual.append("# Messages with a number or a country's case form, rendered for 1 and US, then 2 and FO.\n");
        actual.append("# Reviewed by a Finnish-speaking data-protection lawyer; other arguments are shown as <n>.\n");
        for (Path fi : finnishBundles()) {
            Path en = fi.resolveSibling(fi.getFileName().toString().replace("_fi.properties", ".properties"));
            if (!Files.exists(en) || !fi.toString().contains("messages")) {
                continue;
            }
            Properties fin = load(fi);
            Properties eng = load(en);
            actual.append("\n## ").append(RepositoryFiles.of("bundles").relativize(fi).getName(0)).append('\n');
            for (String key : new TreeSet<>(fin.stringPropertyNames())) {
                String f = fin.getProperty(key);
                if (!f.contains(",choice,") && !f.contains(",country,") || key.contains(".")) {
                    continue;
                }
                String e = eng.getProperty(key, "");
                for (int sample = 1; sample <= 2; sample++) {
                    Object[] args = arguments(f + e, sample);
                    actual.append(key).append(" [").append(sample).append("] fi: ").append(Messages.fill(FI, f, args)).append('\n');
                    actual.append(key).append(" [").append(sample).append("] en: ").append(Messages.fill(Locale.ENGLISH, e, args))
                            .append('\n');
                }
            }
        }
        Path golden = RepositoryFiles.of("bundles/privflow.core.tests/expected").resolve("grammar.txt");
        if (System.getenv("PRIVFLOW_UPDATE_GOLDEN") != null) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual.toString());
    }

    /** @return arguments for the patterns: numbers where they count, countries where they inflect, else a marker */
    private static Object[] arguments(String patterns, int sample) {
        Matcher m = Pattern.compile("\\{(\\d+)(,(\\w+))?").matcher(patterns);
        int count = 0;
        List<Integer> numbers = new ArrayList<>();
        List<Integer> countries = new ArrayList<>();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            count = Math.max(count, index + 1);
            if ("choice".equals(m.group(3)) || "number".equals(m.group(3))) {
                numbers.add(index);
            } else if ("country".equals(m.group(3))) {
                countries.add(index);
            }
        }
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = numbers.contains(i)
                    ? (Object) sample
                    : countries.contains(i) ? Finding.Country.of(sample == 1 ? "US" : "FO") : "<" + i + ">";
        }
        return args;
    }

    private static List<Path> finnishBundles() throws IOException {
        Path root = RepositoryFiles.of("bundles").getParent();
        List<Path> files = new ArrayList<>();
        for (String dir : new String[]{"bundles", "features"}) {
            try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
                walk.filter(p -> p.getFileName().toString().endsWith("_fi.properties"))
                        .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
