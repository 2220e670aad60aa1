package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * A customer known to use an affected release, to be informed under Art 14(8).
 *
 * @param name       the customer
 * @param contact    e-mail or other contact; null if unknown
 * @param releases   affected releases they use, as {@code productId@version}
 * @param informedAt when they were informed; null if not yet
 */
public record ImpactedCustomer(String name, String contact, List<String> releases, Instant informedAt) {

    public ImpactedCustomer {
        requireNonNull(name, "name must not be null");
        releases = releases == null ? List.of() : List.copyOf(releases);
    }
}
