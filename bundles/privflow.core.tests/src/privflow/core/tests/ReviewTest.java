// SPDX-License-Identifier: EPL-2.0
package privflow.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import privflow.core.Finding;
import privflow.core.ReviewState;
import privflow.core.Rule;
import privflow.model.ReviewDecision;
import privflow.model.ReviewStatus;
import privflow.model.Service;

/** Review decisions attach to findings by key and go stale when the facts change. */
class ReviewTest {

    private static ReviewDecision decide(ModelBuilder m, Finding finding, ReviewStatus status) {
        ReviewDecision d = ModelBuilder.F.createReviewDecision();
        d.setId("review");
        d.setFindingKey(finding.key());
        d.setStatus(status);
        d.setReviewer("Legal");
        d.setDate(LocalDate.of(2026, 11, 1));
        d.setRationale("Accepted for the pilot");
        d.setFingerprint(finding.fingerprint());
        m.model.getReviews().add(d);
        return d;
    }

    @Test
    void currentDecisionGivesItsStatusAndChangedFactsMakeItStale() {
        ModelBuilder m = new ModelBuilder();
        Service crm = m.service("crm", m.organisation("vendor", "CN"), "CN");
        m.flow("f", m.customers, crm);
        Finding finding = Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).get(0);
        assertEquals(ReviewState.OPEN, finding.review());
        decide(m, finding, ReviewStatus.ACCEPTED);
        Finding reviewed = Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).get(0);
        assertEquals(ReviewState.ACCEPTED, reviewed.review());
        assertEquals(false, reviewed.review().isOpen());

        crm.getProvider().setName("renamed vendor");
        assertEquals(ReviewState.ACCEPTED, Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).get(0).review(),
                "a rename is not a change of facts");

        m.flow("f2", m.customers, crm);
        m.model.getFlows().get(0).getDataCategories().add(m.category("ids", privflow.model.DataKind.IDENTIFIER, false));
        Finding changed = Findings.of(m.model, Rule.TRANSFER_WITHOUT_TOOL).get(0);
        assertEquals(ReviewState.STALE, changed.review());
        assertEquals(true, changed.review().isOpen());
    }

    @Test
    void rejectedAsFalsePositive() {
        ModelBuilder m = new ModelBuilder();
        m.activity.setDataSubjectsInformed(false);
        Finding finding = Findings.of(m.model, Rule.SUBJECTS_NOT_INFORMED).get(0);
        decide(m, finding, ReviewStatus.REJECTED);
        assertEquals(ReviewState.REJECTED, Findings.of(m.model, Rule.SUBJECTS_NOT_INFORMED).get(0).review());
        assertEquals(0, (int) Findings.run(m.model).openCounts().get(privflow.core.Severity.MEDIUM));
    }
}
