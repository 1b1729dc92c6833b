// SPDX-License-Identifier: EPL-2.0
package privflow.ui.internal.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import privflow.core.AnalysisResult;
import privflow.core.Finding;
import privflow.core.Transfer;

/**
 * A row of the Transfer Review view: a third-country transfer with the finding about it, a
 * transfer finding with no transfer of its own (e.g. about a service), or a covered transfer.
 *
 * @param finding the transfer finding, or {@code null} for a transfer nothing is wrong with
 * @param transfer the transfer, or {@code null}
 */
public record ReviewRow(Finding finding, Transfer transfer) {

    /** @return every transfer and every transfer finding of {@code result}, findings first, in model order */
    public static List<ReviewRow> of(AnalysisResult result) {
        List<ReviewRow> rows = new ArrayList<>();
        Set<Transfer> covered = new HashSet<>();
        for (Finding f : result.findings()) {
            if (!f.rule().isTransferRule()) {
                continue;
            }
            Transfer transfer = f.transfer().orElse(null);
            if (transfer != null) {
                covered.add(transfer);
            }
            rows.add(new ReviewRow(f, transfer));
        }
        for (Transfer t : result.transfers()) {
            if (!covered.contains(t)) {
                rows.add(new ReviewRow(null, t));
            }
        }
        return rows;
    }
}
