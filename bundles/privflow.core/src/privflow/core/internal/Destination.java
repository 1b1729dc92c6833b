// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal;

import java.util.List;

import privflow.core.Transfer;
import privflow.model.Accessor;
import privflow.model.AdequacyDecision;
import privflow.model.Organisation;
import privflow.model.Service;

/**
 * A place outside the EEA that data sent to a service reaches.
 *
 * @param service the service at the end of the chain
 * @param country the third country
 * @param kind how the data gets there
 * @param importer the organisation there, if identified
 * @param chain the services from the flow's target to {@code service}
 * @param decision the adequacy decision in force for {@code country}, or {@code null}
 * @param accessor whose staff accesses the data from there (remote access), else unspecified
 */
public record Destination(Service service, String country, Transfer.Kind kind, Organisation importer,
        List<Service> chain, AdequacyDecision decision, Accessor accessor) {
}
