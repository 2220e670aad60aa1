package dev.craft.sbom.diff;

import static java.util.Objects.requireNonNull;

import dev.craft.sbom.Component;
import java.util.List;

/**
 * How one component differs between two SBOMs.
 *
 * @param kind     what happened
 * @param key      how the two sides were matched: {@code purl:type/namespace/name} or {@code name:group/name|type}
 * @param before   the component in the old SBOM; null when added
 * @param after    the component in the new SBOM; null when removed
 * @param ordering the version ordering used for UPGRADED/DOWNGRADED ({@code maven}, {@code npm}, ..., {@code generic}); null otherwise
 * @param details  licence and identity changes, one line each ({@code licence: MIT -> Apache-2.0})
 */
public record ComponentChange(Kind kind, String key, Component before, Component after, String ordering, List<String> details) {

    public enum Kind { ADDED, REMOVED, UPGRADED, DOWNGRADED, CHANGED }

    public ComponentChange {
        requireNonNull(kind, "kind must not be null");
        requireNonNull(key, "key must not be null");
        details = List.copyOf(details);
    }
}
