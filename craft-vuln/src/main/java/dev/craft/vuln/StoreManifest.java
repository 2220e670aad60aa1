package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * The header of an advisory store: its format, when it was written, and the provenance of every source. It is read
 * without loading the advisories, so {@code craft db status} answers at once.
 */
public record StoreManifest(int format, Instant writtenAt, List<SourceInfo> sources) {
    public StoreManifest {
        requireNonNull(writtenAt, "writtenAt must not be null");
        sources = List.copyOf(sources);
    }
}
