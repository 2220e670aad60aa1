package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A component that could not be checked, or could not be checked against some advisories, and why. Never read it as
 * "no vulnerabilities": it means craft does not know.
 *
 * @param component   the component
 * @param reason      what stopped the check (no purl, unparseable purl or version, a range that cannot be evaluated)
 * @param advisoryIds the advisories that could not be evaluated; empty when the component could not be looked up at all
 */
public record CouldNotCheck(ComponentRef component, String reason, List<String> advisoryIds) {
    public CouldNotCheck {
        requireNonNull(component, "component must not be null");
        requireNonNull(reason, "reason must not be null");
        advisoryIds = List.copyOf(advisoryIds);
    }
}
