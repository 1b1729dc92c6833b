// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of the analysis found: the findings in a deterministic order (model order of the
 * element each is about, then rule order) and every third-country transfer.
 */
public final class AnalysisResult {

    private final List<Finding> findings;
    private final List<Transfer> transfers;
    private final LocalDate asOf;
    private final LegalFacts facts;
    private Map<String, Finding> byKey;
    private Map<Transfer, List<Finding>> byTransfer;
    private Map<Transfer.Destination, List<Transfer>> byDestination;

    AnalysisResult(List<Finding> findings, List<Transfer> transfers, LocalDate asOf, LegalFacts facts) {
        this.findings = Collections.unmodifiableList(findings);
        this.transfers = Collections.unmodifiableList(transfers);
        this.asOf = asOf;
        this.facts = facts;
    }

    /** @return the findings, in a deterministic order */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the third-country transfers, covered or not, in model order */
    public List<Transfer> transfers() {
        return transfers;
    }

    /**
     * @return the transfers grouped by {@link Transfer#destination() destination}, in model order of
     *         each destination's first transfer
     */
    public Map<Transfer.Destination, List<Transfer>> transfersByDestination() {
        if (byDestination == null) {
            Map<Transfer.Destination, List<Transfer>> map = new LinkedHashMap<>();
            for (Transfer t : transfers) {
                map.computeIfAbsent(t.destination(), k -> new ArrayList<>(2)).add(t);
            }
            map.replaceAll((k, v) -> List.copyOf(v));
            byDestination = Collections.unmodifiableMap(map);
        }
        return byDestination;
    }

    /** @return the date whose legal facts were applied */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the legal facts applied (with the scenario, if any) */
    public LegalFacts facts() {
        return facts;
    }

    /** @return the finding with {@code key}, or {@code null} */
    public Finding finding(String key) {
        if (byKey == null) {
            Map<String, Finding> map = new LinkedHashMap<>();
            for (Finding f : findings) {
                map.put(f.key(), f);
            }
            byKey = map;
        }
        return byKey.get(key);
    }

    /** @return the findings that concern {@code transfer}, in the order of {@link #findings()} */
    public List<Finding> findingsAbout(Transfer transfer) {
        if (byTransfer == null) {
            Map<Transfer, List<Finding>> map = new IdentityHashMap<>();
            for (Finding f : findings) {
                f.transfer().ifPresent(t -> map.computeIfAbsent(t, k -> new ArrayList<>(2)).add(f));
            }
            byTransfer = map;
        }
        return byTransfer.getOrDefault(transfer, List.of());
    }

    /** @return how many findings there are of each severity that are still open */
    public Map<Severity, Integer> openCounts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            if (f.review().isOpen()) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
