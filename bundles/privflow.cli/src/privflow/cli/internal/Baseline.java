// SPDX-License-Identifier: EPL-2.0
package privflow.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import privflow.core.Finding;

/**
 * What a previous version found, for {@code check --baseline}: read from a previous model file
 * (analysed as the current one is) or from a previous {@code check} report in JSON or SARIF.
 * Findings are matched by key; one whose facts (fingerprint) or severity changed is updated.
 */
final class Baseline {

    /** How a finding compares with the baseline, as SARIF 2.1.0 names it ({@code baselineState}). */
    enum State {
        NEW, UNCHANGED, UPDATED, ABSENT;

        /** @return the SARIF and JSON name, e.g. {@code new} */
        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A finding of the baseline: its key, fingerprint of facts (if the report had it), severity, rule and message. */
    record Entry(String key, String fingerprint, String severity, String rule, String message) {
    }

    /** Reports larger than this are not read (a check report of 50,000 flows is a few MB). */
    private static final long MAX_REPORT = 256L * 1024 * 1024;

    private final String name;
    private final Map<String, Entry> entries;

    private Baseline(String name, Map<String, Entry> entries) {
        this.name = name;
        this.entries = entries;
    }

    /**
     * @return the baseline in {@code file}: a privflow-check/1 JSON report, a privflow SARIF
     *         report, or else a model, analysed with {@code options} (and {@code scenario})
     * @throws InputException if it is none of these
     */
    static Baseline read(String file, ModelOptions options, String scenario, Locale locale) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new InputException(Messages.format(locale, "Error_NoSuchFile", file)); //$NON-NLS-1$
        }
        String head;
        try (InputStream in = Files.newInputStream(path)) {
            head = new String(in.readNBytes(64), StandardCharsets.UTF_8).stripLeading();
        } catch (IOException e) {
            throw new InputException(Messages.format(locale, "Error_Read", file, String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
        if (head.startsWith("{")) { //$NON-NLS-1$
            return fromReport(file, path, locale);
        }
        CheckedModel model = CheckedModel.load(file, options, scenario);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Finding f : model.analyse(options).findings()) {
            entries.put(f.key(), new Entry(f.key(), f.fingerprint(), f.severity().id(), f.rule().id(), f.message(locale)));
        }
        return new Baseline(file, entries);
    }

    private static Baseline fromReport(String file, Path path, Locale locale) {
        try {
            if (Files.size(path) > MAX_REPORT) {
                throw new InputException(Messages.format(locale, "Error_Baseline", file)); //$NON-NLS-1$
            }
            JsonObject root = JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8)).getAsJsonObject();
            Map<String, Entry> entries = new LinkedHashMap<>();
            if (root.has("schema") && string(root, "schema").startsWith("privflow-check/")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (JsonElement e : array(root, "findings")) { //$NON-NLS-1$
                    JsonObject f = e.getAsJsonObject();
                    add(entries, new Entry(string(f, "key"), string(f, "fingerprint"), string(f, "severity"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            string(f, "rule"), string(f, "message"))); //$NON-NLS-1$ //$NON-NLS-2$
                }
            } else if (root.has("runs")) { //$NON-NLS-1$
                for (JsonElement run : array(root, "runs")) { //$NON-NLS-1$
                    for (JsonElement e : array(run.getAsJsonObject(), "results")) { //$NON-NLS-1$
                        JsonObject r = e.getAsJsonObject();
                        if ("absent".equals(string(r, "baselineState"))) { //$NON-NLS-1$ //$NON-NLS-2$
                            continue;
                        }
                        JsonObject p = r.has("properties") ? r.getAsJsonObject("properties") : new JsonObject(); //$NON-NLS-1$ //$NON-NLS-2$
                        JsonObject message = r.has("message") ? r.getAsJsonObject("message") : new JsonObject(); //$NON-NLS-1$ //$NON-NLS-2$
                        add(entries, new Entry(string(p, "key"), string(p, "factsFingerprint"), string(p, "severity"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                string(r, "ruleId"), string(message, "text"))); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            } else {
                throw new InputException(Messages.format(locale, "Error_Baseline", file)); //$NON-NLS-1$
            }
            return new Baseline(file, entries);
        } catch (IOException | JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new InputException(Messages.format(locale, "Error_Baseline", file), e); //$NON-NLS-1$
        }
    }

    private static void add(Map<String, Entry> entries, Entry entry) {
        if (entry.key() != null && !entry.key().isEmpty()) {
            entries.put(entry.key(), entry);
        }
    }

    private static JsonArray array(JsonObject object, String name) {
        return object.has(name) && object.get(name).isJsonArray() ? object.getAsJsonArray(name) : new JsonArray();
    }

    private static String string(JsonObject object, String name) {
        JsonElement e = object.get(name);
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    /** @return the file the baseline was read from, as given */
    String name() {
        return name;
    }

    /** @return how {@code f} compares with the baseline */
    State stateOf(Finding f) {
        Entry old = entries.get(f.key());
        if (old == null) {
            return State.NEW;
        }
        boolean facts = old.fingerprint() != null && !old.fingerprint().equals(f.fingerprint());
        boolean severity = old.severity() != null && !old.severity().equals(f.severity().id());
        return facts || severity ? State.UPDATED : State.UNCHANGED;
    }

    /** @return the baseline's findings that {@code current} no longer has, in the baseline's order */
    List<Entry> absent(Collection<Finding> current) {
        Set<String> keys = new HashSet<>();
        current.forEach(f -> keys.add(f.key()));
        List<Entry> absent = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (!keys.contains(e.key())) {
                absent.add(e);
            }
        }
        return absent;
    }
}
