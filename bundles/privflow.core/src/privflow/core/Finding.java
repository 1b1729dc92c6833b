// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import privflow.core.internal.CountryNames;
import privflow.edit.Labels;
import privflow.model.Identified;
import privflow.model.ReviewDecision;

/**
 * One problem the analysis found: which rule, how severe, about which elements, along which path,
 * why (facts) and what to do (remedies), and where its legal review stands.
 * <p>
 * The key ({@code rule id:element ids...}) is stable across renames and saves, so review decisions
 * stay attached to it. The fingerprint summarises the facts the finding rests on; a decision made
 * on other facts is stale.
 */
public final class Finding {

    /** Something rendered differently in each language. */
    public interface Localizable {
        /** @return the text in {@code locale} */
        String render(Locale locale);
    }

    /**
     * A message key with its arguments, rendered in any shipped language. Arguments that are model
     * elements or enumeration literals render as their {@link Labels}, {@link Localizable}s in the
     * same language, countries and dates as {@link Messages#format} renders them.
     */
    public record Text(String key, Object... arguments) implements Localizable {

        private static final ConcurrentHashMap<String, Text> PLAIN = new ConcurrentHashMap<>();

        /** @return the (shared) text for {@code key} without arguments */
        public static Text of(String key) {
            return PLAIN.computeIfAbsent(key, k -> new Text(k));
        }

        @Override
        public String render(Locale locale) {
            Object[] rendered = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                rendered[i] = switch (arguments[i]) {
                    case Country c -> c;
                    case EObject e -> Labels.of(e, locale);
                    case Enumerator e -> Labels.of(e, locale);
                    case Localizable l -> l.render(locale);
                    case null -> ""; //$NON-NLS-1$
                    default -> arguments[i];
                };
            }
            return Messages.format(locale, key, rendered);
        }
    }

    /** A catalogue text given in English and, where the catalogue has it, in Finnish. */
    public record Translated(String english, String finnish) implements Localizable {

        @Override
        public String render(Locale locale) {
            if ("fi".equals(locale.getLanguage()) && finnish != null && !finnish.isBlank()) { //$NON-NLS-1$
                return finnish;
            }
            return english == null ? "" : english; //$NON-NLS-1$
        }
    }

    /**
     * A country, rendered as its name and code in the reader's language. A Finnish message picks
     * the case the sentence needs with {@code {n,country,in}} (also {@code genitive}, {@code to},
     * {@code from}, {@code partitive}); the forms are catalogue data ({@code CountryEntry}).
     */
    public record Country(String code) implements Localizable {

        /** The grammatical forms a message can ask for. */
        public enum Form {
            /** The name itself: Intia. */
            NOMINATIVE,
            /** Whose: Intian. */
            GENITIVE,
            /** Where: Intiassa. */
            IN,
            /** Whither: Intiaan. */
            TO,
            /** Whence: Intiasta. */
            FROM,
            /** Of which, e.g. with koskeva: Intiaa. */
            PARTITIVE
        }

        private static final ConcurrentHashMap<String, Country> CACHE = new ConcurrentHashMap<>();

        /** @return the (shared) country for {@code code} */
        public static Country of(String code) {
            return code == null ? new Country(null) : CACHE.computeIfAbsent(code, Country::new);
        }

        @Override
        public String render(Locale locale) {
            return render(locale, Form.NOMINATIVE);
        }

        /** @return the name in {@code form} (where the language inflects names) and the code */
        public String render(Locale locale, Form form) {
            if (code == null) {
                return ""; //$NON-NLS-1$
            }
            String name = CountryNames.name(code, locale, form);
            return name == null ? code : name + " (" + code + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private final Rule rule;
    private final Severity severity;
    private String key;
    private final String[] keyParts;
    private final List<EObject> elements;
    private final List<EObject> path;
    private final Transfer transfer;
    private final Text message;
    private final List<Text> remedies;
    private final Supplier<List<Text>> factsSupplier;
    private List<Text> facts;
    private final Supplier<Object[]> fingerprintFacts;
    private String fingerprint;
    private ReviewState review = ReviewState.OPEN;
    private ReviewDecision decision;

    private Finding(Rule rule, Severity severity, String[] keyParts, List<EObject> elements, List<EObject> path,
            Transfer transfer, Text message, List<Text> remedies, Supplier<List<Text>> facts,
            Supplier<Object[]> fingerprintFacts) {
        this.rule = rule;
        this.severity = severity;
        this.keyParts = keyParts;
        this.elements = elements;
        this.path = path;
        this.transfer = transfer;
        this.message = message;
        this.remedies = remedies;
        this.factsSupplier = facts;
        this.fingerprintFacts = fingerprintFacts;
    }

    /** @return the rule that raised this finding */
    public Rule rule() {
        return rule;
    }

    /** @return the severity, after adjustments */
    public Severity severity() {
        return severity;
    }

    /** @return the stable key: rule id and the ids of the elements involved */
    public String key() {
        if (key == null) {
            StringBuilder text = new StringBuilder(64).append(rule.id());
            for (EObject element : elements) {
                text.append(':').append(segment(element));
            }
            for (String part : keyParts) {
                text.append(':').append(part);
            }
            key = text.toString();
        }
        return key;
    }

    /** @return {@code key().hashCode()}, worked out without building the key */
    public int keyHash() {
        if (key != null) {
            return key.hashCode();
        }
        int hash = rule.id().hashCode();
        for (EObject element : elements) {
            hash = followedBy(hash, segment(element));
        }
        for (String part : keyParts) {
            hash = followedBy(hash, String.valueOf(part));
        }
        return hash;
    }

    /**
     * @return whether {@code other} (of this or another version of the model) has the same
     *         {@link #key() key}; the keys are built only where their parts differ
     */
    public boolean keyEquals(Finding other) {
        if (key != null && other.key != null) {
            return key.equals(other.key);
        }
        if (rule.id().equals(other.rule.id()) && elements.size() == other.elements.size()
                && Arrays.equals(keyParts, other.keyParts)) {
            boolean same = true;
            for (int i = 0; i < elements.size() && same; i++) {
                same = segment(elements.get(i)).equals(segment(other.elements.get(i)));
            }
            if (same) {
                return true;
            }
        }
        return key().equals(other.key());
    }

    private static String segment(EObject element) {
        return element instanceof Identified i ? String.valueOf(i.getId()) : element.eClass().getName();
    }

    /** @return the hash code of a text with hash code {@code hash} followed by ':' and {@code part} */
    private static int followedBy(int hash, String part) {
        int power = 1;
        int base = 31;
        for (int n = part.length(); n > 0; n >>= 1) {
            if ((n & 1) != 0) {
                power *= base;
            }
            base *= base;
        }
        return (31 * hash + ':') * power + part.hashCode();
    }

    /** @return whether {@code other} has the same key, without building either key */
    public boolean sameKey(Finding other) {
        return rule == other.rule && elements.equals(other.elements) && Arrays.equals(keyParts, other.keyParts);
    }

    /** @return the model elements involved, {@link #subject()} first; their ids make the key */
    public List<EObject> elements() {
        return elements;
    }

    /**
     * @return the element the finding is about: the one a marker, a SARIF location or a diagram
     *         badge goes on
     */
    public EObject subject() {
        return elements.get(0);
    }

    /**
     * @return the third-country transfer the finding concerns, or empty if it concerns none (a
     *         finding about an activity, a service or a channel)
     */
    public Optional<Transfer> transfer() {
        return Optional.ofNullable(transfer);
    }

    /** @return the flows and services that lead to the problem, in order; may be empty */
    public List<EObject> path() {
        return path;
    }

    /** @return what is wrong, in {@code locale} */
    public String message(Locale locale) {
        return message.render(locale);
    }

    /** @return the message key and arguments */
    public Text messageText() {
        return message;
    }

    /** @return what to do about it, at least one */
    public List<Text> remedies() {
        return remedies;
    }

    /** @return the facts the finding rests on, for explanations */
    public List<Text> facts() {
        if (facts == null) {
            facts = factsSupplier.get();
        }
        return facts;
    }

    /** @return a short hash of the facts; a review decision with another fingerprint is stale */
    public String fingerprint() {
        if (fingerprint == null) {
            StringBuilder text = new StringBuilder(64).append(rule.id());
            appendFacts(text, fingerprintFacts.get());
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
                fingerprint = HexFormat.of().formatHex(hash, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return fingerprint;
    }

    private static void appendFacts(StringBuilder text, Object[] facts) {
        for (Object fact : facts) {
            switch (fact) {
                case Object[] nested -> appendFacts(text, nested);
                case Collection<?> nested -> appendFacts(text, nested.toArray());
                case Identified i -> text.append('\u001f').append(i.getId());
                case null -> text.append('\u001f');
                default -> text.append('\u001f').append(fact);
            }
        }
    }

    /** @return where the review stands */
    public ReviewState review() {
        return review;
    }

    /** @return the review decision recorded for this finding (maybe stale), or {@code null} */
    public ReviewDecision decision() {
        return decision;
    }

    /** Sets the review state from {@code reviewDecision} (or open if {@code null}); used by the engine. */
    public void applyReview(ReviewDecision reviewDecision) {
        this.decision = reviewDecision;
        if (reviewDecision == null) {
            review = ReviewState.OPEN;
        } else if (!fingerprint().equals(reviewDecision.getFingerprint())) {
            review = ReviewState.STALE;
        } else {
            review = switch (reviewDecision.getStatus()) {
                case ACCEPTED -> ReviewState.ACCEPTED;
                case MITIGATED -> ReviewState.MITIGATED;
                case REJECTED -> ReviewState.REJECTED;
                default -> ReviewState.OPEN;
            };
        }
    }

    /** @return a builder for a finding of {@code rule}, with the rule's default severity */
    public static Builder builder(Rule rule) {
        return new Builder(rule);
    }

    /** Assembles a finding; used by the rules. */
    public static final class Builder {
        private final Rule rule;
        private Severity severity;
        private String[] keyParts = new String[0];
        private EObject first;
        private EObject second;
        private List<EObject> path = List.of();
        private Transfer transfer;
        private Text message;
        private final List<Text> remedies = new ArrayList<>(3);
        private final List<Text> facts = new ArrayList<>(2);
        private Supplier<List<Text>> lazyFacts;
        private Text severityReason;
        private Supplier<Object[]> fingerprint = () -> new Object[0];

        private Builder(Rule rule) {
            this.rule = rule;
            this.severity = rule.defaultSeverity();
        }

        /**
         * Adds an element the finding is about (at most two; the first is its subject); its id
         * becomes part of the key.
         */
        public Builder element(EObject element) {
            if (first == null) {
                first = element;
            } else if (second == null) {
                second = element;
            } else {
                throw new IllegalStateException("a finding is about one or two elements"); //$NON-NLS-1$
            }
            return this;
        }

        /** Adds a plain part to the key, e.g. a country code. */
        public Builder keyPart(String part) {
            String[] parts = Arrays.copyOf(keyParts, keyParts.length + 1);
            parts[keyParts.length] = part;
            keyParts = parts;
            return this;
        }

        /** The transfer the finding concerns; its path becomes the finding's unless one is set. */
        public Builder transfer(Transfer value) {
            this.transfer = value;
            return this;
        }

        public Builder severity(Severity value) {
            this.severity = value;
            this.severityReason = null;
            return this;
        }

        /**
         * Sets a severity other than the rule's default with the fact that says why; the fact is
         * listed first, and dropped if the severity is set again without a reason.
         */
        public Builder severity(Severity value, Text reason) {
            this.severity = value;
            this.severityReason = reason;
            return this;
        }

        /** The path; the list is kept as given, so do not change it afterwards. */
        public Builder path(List<EObject> value) {
            this.path = Collections.unmodifiableList(value);
            return this;
        }

        public Builder message(String messageKey, Object... arguments) {
            this.message = new Text(messageKey, arguments);
            return this;
        }

        public Builder remedy(String messageKey, Object... arguments) {
            remedies.add(arguments.length == 0 ? Text.of(messageKey) : new Text(messageKey, arguments));
            return this;
        }

        public Builder fact(String messageKey, Object... arguments) {
            facts.add(new Text(messageKey, arguments));
            return this;
        }

        /** Facts computed only when an explanation asks for them; they come after those added with {@link #fact}. */
        public Builder lazyFacts(Supplier<List<Text>> supplier) {
            this.lazyFacts = supplier;
            return this;
        }

        /** The facts whose change makes a review decision stale (elements count by id). */
        public Builder fingerprint(Object... values) {
            this.fingerprint = () -> values;
            return this;
        }

        /** Like {@link #fingerprint(Object...)}, computed only when needed. */
        public Builder lazyFingerprint(Supplier<Object[]> values) {
            this.fingerprint = values;
            return this;
        }

        public Finding build() {
            if (first == null || message == null || remedies.isEmpty()) {
                throw new IllegalStateException(rule + " needs a subject, a message and a remedy"); //$NON-NLS-1$
            }
            List<EObject> elements = second == null ? List.of(first) : List.of(first, second);
            if (path.isEmpty() && transfer != null) {
                path = transfer.path();
            }
            List<Text> given = facts;
            if (severityReason != null && severity != rule.defaultSeverity()) {
                given = new ArrayList<>(facts.size() + 1);
                given.add(severityReason);
                given.addAll(facts);
            }
            List<Text> eager = given.isEmpty() ? List.of() : List.copyOf(given);
            Supplier<List<Text>> lazy = lazyFacts;
            Supplier<List<Text>> all = lazy == null ? () -> eager : () -> {
                List<Text> combined = new ArrayList<>(eager);
                combined.addAll(lazy.get());
                return List.copyOf(combined);
            };
            return new Finding(rule, severity, keyParts, elements, path, transfer, message,
                    Collections.unmodifiableList(remedies), all, fingerprint);
        }
    }

    @Override
    public String toString() {
        return severity.id() + ' ' + key;
    }
}
