package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import dev.craft.assess.reporting.EnterpriseSize;
import dev.craft.report.routing.RoutingFacts;

/**
 * Who the case is for: the economic operator, its role for the affected products, and the facts that decide
 * where its reports go.
 *
 * @param name                          legal name
 * @param role                          its role for the affected products
 * @param treatedAsManufacturer         an importer or distributor that places the product under its own name or
 *                                      substantially modifies it is treated as the manufacturer (Art 21)
 * @param enterpriseSize                for the Art 64(10)(a) note
 * @param website                       its web address (the CSAF publisher namespace); null if not recorded
 * @param securityContact               where users and CSIRTs reach its PSIRT; null if not recorded
 * @param onBehalfOf                    for an authorised representative: the manufacturer it acts for
 * @param stewardInvolvedInDevelopment  for a steward: involved in developing the affected product (Art 24(3))
 * @param stewardInfrastructureAffected for a steward: the incident affects the network and information systems it
 *                                      provides for development (Art 24(3))
 * @param routing                       the Art 14(7) facts; null if none recorded
 */
public record Operator(String name, Role role, boolean treatedAsManufacturer, EnterpriseSize enterpriseSize,
                       String website, String securityContact, String onBehalfOf,
                       Boolean stewardInvolvedInDevelopment, Boolean stewardInfrastructureAffected, RoutingFacts routing) {

    public Operator {
        requireNonNull(name, "name must not be null");
        requireNonNull(role, "role must not be null");
        if (enterpriseSize == null) enterpriseSize = EnterpriseSize.UNKNOWN;
        if (routing == null) routing = RoutingFacts.NONE;
    }

    /** The operator roles that matter for Art 14. */
    public enum Role {
        MANUFACTURER, AUTHORISED_REPRESENTATIVE, IMPORTER, DISTRIBUTOR, OPEN_SOURCE_STEWARD
    }
}
