// SPDX-License-Identifier: EPL-2.0
package privflow.model.io;

import org.eclipse.emf.ecore.EObject;

import privflow.model.ContractType;
import privflow.model.DataFlowModel;
import privflow.model.ReviewDecision;
import privflow.model.Service;

/**
 * Reads format 1.0 files. Format 1.1 added where a service's data lands, who accesses a location,
 * transfer tools in contracts and known organisations; none of that needs a rename. What changed
 * in meaning: a service used under consumer terms is no longer reported as lacking a processor
 * contract but as a disclosure to an independent controller, so a review decision on the old
 * finding follows it to the new key (and shows as stale until it is confirmed, because the finding
 * now rests on other facts).
 */
final class Version10Migration extends ModelMigration {

    static final String NAMESPACE = "urn:privflow:model:1.0"; //$NON-NLS-1$

    private static final String OLD_RULE = "no-processor-contract:"; //$NON-NLS-1$
    private static final String NEW_RULE = "independent-controller:"; //$NON-NLS-1$

    Version10Migration() {
        super(NAMESPACE);
    }

    @Override
    public void migrate(EObject root) {
        if (!(root instanceof DataFlowModel model)) {
            return;
        }
        for (ReviewDecision decision : model.getReviews()) {
            String key = decision.getFindingKey();
            if (key == null || !key.startsWith(OLD_RULE)) {
                continue;
            }
            String serviceId = key.substring(OLD_RULE.length());
            for (Service service : model.getServices()) {
                if (serviceId.equals(service.getId()) && service.getContract() == ContractType.CONSUMER_TERMS_PERSONAL) {
                    decision.setFindingKey(NEW_RULE + serviceId);
                }
            }
        }
    }
}
