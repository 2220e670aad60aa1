package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One advisory, normalized from an OSV record: what is affected, since when it is known, how severe it is.
 *
 * @param id         the advisory id ({@code GHSA-...}, {@code PYSEC-...}, {@code GO-...}, {@code RUSTSEC-...})
 * @param aliases    other ids of the same vulnerability ({@code CVE-...}, {@code GHSA-...}, {@code EUVD-...})
 * @param summary    one-line summary; null when the record has none
 * @param details    the long description; null when none
 * @param published  when it was published; null when unknown
 * @param modified   when it last changed; null when unknown (go-vulndb writes year 1)
 * @param withdrawn  when it was withdrawn; null while it stands. Withdrawn advisories are never matched
 * @param severities CVSS vectors and textual ratings, record-level and per affected package
 * @param affected   the affected packages
 * @param references links, with their OSV type ({@code ADVISORY}, {@code FIX}, {@code WEB}, ...)
 * @param source     the store source it was imported from (provenance)
 */
public record Advisory(
        String id,
        List<String> aliases,
        String summary,
        String details,
        Instant published,
        Instant modified,
        Instant withdrawn,
        List<Severity> severities,
        List<AffectedPackage> affected,
        List<Reference> references,
        String source) {

    public Advisory {
        requireNonNull(id, "id must not be null");
        requireNonNull(source, "source must not be null");
        if (id.isBlank()) throw new IllegalArgumentException("id must not be blank");
        aliases = List.copyOf(aliases);
        severities = List.copyOf(severities);
        affected = List.copyOf(affected);
        references = List.copyOf(references);
    }

    public boolean isWithdrawn() {
        return withdrawn != null;
    }

    /** The id and every alias, in order, without duplicates. */
    public Set<String> ids() {
        var ids = new LinkedHashSet<String>();
        ids.add(id);
        ids.addAll(aliases);
        return ids;
    }

    /** A link to an OSV reference. */
    public record Reference(String type, String url) {
        public Reference {
            requireNonNull(url, "url must not be null");
        }
    }
}
