// SPDX-License-Identifier: EPL-2.0
package privflow.core.internal.rules;

import java.util.function.Consumer;

import privflow.core.Finding;
import privflow.core.Rule;
import privflow.core.Severity;
import privflow.core.internal.Engine;
import privflow.model.Service;

/**
 * Rule 13: a service with no known processing location cannot be assessed for transfers; say so
 * rather than assume it is in the EEA.
 */
final class UnknownLocation implements ServiceRule {

    @Override
    public void check(Engine engine, Service service, Consumer<Finding> findings) {
        if (!service.getLocations().isEmpty()) {
            return;
        }
        boolean providerKnown = service.getProvider() != null && service.getProvider().getCountry() != null
                && !service.getProvider().getCountry().isEmpty();
        Finding.Builder builder = Finding.builder(Rule.UNKNOWN_LOCATION).element(service)
                .remedy("Remedy_AddLocations") //$NON-NLS-1$
                .fingerprint(providerKnown, service.getProvider());
        if (providerKnown) {
            builder.severity(Severity.LOW).message("UnknownLocation_Message_ProviderOnly", service, //$NON-NLS-1$
                    Finding.Country.of(service.getProvider().getCountry()));
        } else {
            builder.message("UnknownLocation_Message", service); //$NON-NLS-1$
        }
        findings.accept(builder.build());
    }
}
