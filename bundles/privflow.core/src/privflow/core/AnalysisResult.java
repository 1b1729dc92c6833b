// SPDX-License-Identifier: EPL-2.0
package privflow.core;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
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

    /**
     * @return the transfer {@code finding} is about: one of its flow's transfers, to the country its
     *         key names if any; {@code null} if the finding is not about a flow with a transfer
     */
    public Transfer transfer(Finding finding) {
        String key = finding.key();
        String country = key.substring(key.lastIndexOf(':') + 1);
        Transfer first = null;
        for (Transfer t : transfers) {
            if (finding.elements().contains(t.flow())) {
                if (t.country().equals(country)) {
                    return t;
                }
                if (first == null) {
                    first = t;
                }
            }
        }
        return first;
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
