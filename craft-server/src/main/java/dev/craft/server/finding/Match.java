package dev.craft.server.finding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One vulnerability matched to one component of a release, as the matching stage reports it: the input
 * the finding store records. Built from craft-vuln's findings by {@code dev.craft.server.advisory}.
 *
 * @param componentKey      the component's purl, or {@code ref:<bom-ref>} when it has none: unique in a release
 * @param componentIdentity what stays the same across releases (purl without version, or group/name): the carry-over key
 * @param severity          critical, high, medium, low or unknown
 * @param exploitedSource   who says it is actively exploited (e.g. {@code CISA KEV}); null when nobody does
 * @param details           how the match was made: matcher, searched-by, found, version comparison
 */
public record Match(String componentKey, String componentIdentity, String componentName, String componentVersion, String purl,
        String vulnerabilityId, List<String> aliases, String severity, String summary, boolean exploited, String exploitedSource,
        LocalDate exploitedSince, Map<String, Object> details) {

    public Match {
        requireNonNull(componentKey, "componentKey must not be null");
        requireNonNull(componentIdentity, "componentIdentity must not be null");
        requireNonNull(componentName, "componentName must not be null");
        requireNonNull(vulnerabilityId, "vulnerabilityId must not be null");
        aliases = List.copyOf(aliases);
        requireNonNull(severity, "severity must not be null");
        details = Map.copyOf(details);
        if (exploited && exploitedSource == null) throw new IllegalArgumentException("an exploited match names its source");
    }
}
