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
 * A row of the Transfer Review view: a transfer finding with the third-country transfer it
 * concerns, or a transfer nothing is wrong with.
 *
 * @param finding the transfer finding, or {@code null} for a transfer nothing is wrong with
 * @param transfer the transfer
 */
public record ReviewRow(Finding finding, Transfer transfer) {

    /**
     * @return every transfer finding of {@code result}, then every transfer to a flow, recipient
     *         and country no row shows yet (a recipient's legal entity and its storage in the same
     *         country are one row), in model order
     */
    public static List<ReviewRow> of(AnalysisResult result) {
        List<ReviewRow> rows = new ArrayList<>();
        Set<Transfer.Destination> shown = new HashSet<>();
        for (Finding f : result.findings()) {
            if (!f.rule().isTransferRule()) {
                continue;
            }
            Transfer transfer = f.transfer().orElse(null);
            if (transfer != null) {
                shown.add(transfer.destination());
            }
            rows.add(new ReviewRow(f, transfer));
        }
        for (List<Transfer> same : result.transfersByDestination().values()) {
            if (shown.add(same.get(0).destination())) {
                rows.add(new ReviewRow(null, same.get(0)));
            }
        }
        return rows;
    }
}
