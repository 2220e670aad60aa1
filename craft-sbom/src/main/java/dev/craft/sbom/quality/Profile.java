package dev.craft.sbom.quality;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A named list of rules (cra, bsi-tr-03183-2, ntia-2021, cisa-2026), loaded from data. */
public record Profile(String id, String title, String version, String source, List<Rule> rules) {
    public Profile {
        requireNonNull(id, "id must not be null");
        requireNonNull(title, "title must not be null");
        requireNonNull(version, "version must not be null");
        requireNonNull(source, "source must not be null");
        rules = List.copyOf(rules);
    }
}
