package dev.craft.report.routing;

import static java.util.Objects.requireNonNull;

import dev.craft.report.cases.MemberState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What Art 14(7) needs to know to pick the coordinator CSIRT. {@code null} always means "not recorded" and makes
 * the routing name the missing fact; an empty list means "there is none".
 *
 * @param establishedInUnion            whether the manufacturer has any establishment in the Union; null = derive
 *                                      from {@code establishments} when that is non-empty
 * @param cybersecurityDecisionsIn      the Member State where decisions on the products' cybersecurity are
 *                                      predominantly taken
 * @param decisionsLocationDeterminable false records the law's "cannot be determined" (then the employee count
 *                                      decides)
 * @param establishments                establishments in the Union, with employee numbers
 * @param authorisedRepresentatives     authorised representatives, with the number of products each acts for
 * @param importers                     importers, with the number of products each places on the market
 * @param distributors                  distributors, with the number of products each makes available
 * @param usersByMemberState            number of users per Member State
 * @param earlierUsersRouting           where earlier notifications went under point (d), if any
 */
public record RoutingFacts(Boolean establishedInUnion, MemberState cybersecurityDecisionsIn,
                           Boolean decisionsLocationDeterminable, List<Establishment> establishments,
                           List<Operator> authorisedRepresentatives, List<Operator> importers, List<Operator> distributors,
                           Map<MemberState, Long> usersByMemberState, MemberState earlierUsersRouting) {

    public static final RoutingFacts NONE = new RoutingFacts(null, null, null, null, null, null, null, null, null);

    public RoutingFacts {
        establishments = establishments == null ? null : List.copyOf(establishments);
        authorisedRepresentatives = authorisedRepresentatives == null ? null : List.copyOf(authorisedRepresentatives);
        importers = importers == null ? null : List.copyOf(importers);
        distributors = distributors == null ? null : List.copyOf(distributors);
        usersByMemberState = usersByMemberState == null || usersByMemberState.isEmpty()
                ? usersByMemberState == null ? null : Map.of()
                : Map.copyOf(new EnumMap<>(usersByMemberState));
    }

    /**
     * An establishment of the manufacturer in the Union.
     *
     * @param memberState where
     * @param employees   how many employees; null if not recorded
     */
    public record Establishment(MemberState memberState, Integer employees) {
        public Establishment {
            requireNonNull(memberState, "memberState must not be null");
            if (employees != null && employees < 0) throw new IllegalArgumentException("employees must not be negative");
        }
    }

    /**
     * An authorised representative, importer or distributor of the manufacturer's products.
     *
     * @param name         who
     * @param memberState  where it is established
     * @param productCount for how many of the manufacturer's products it acts, places or makes available; null if
     *                     not recorded
     */
    public record Operator(String name, MemberState memberState, Integer productCount) {
        public Operator {
            requireNonNull(name, "name must not be null");
            requireNonNull(memberState, "memberState must not be null");
            if (productCount != null && productCount < 0) throw new IllegalArgumentException("productCount must not be negative");
        }
    }
}
