package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Provenance and counts of one imported source: where it came from, when, its checksum, what it held.
 *
 * @param name         the source name in the store (e.g. {@code osv-pypi}, {@code kev}); unique
 * @param kind         what it holds
 * @param location     the file or URL it was read from
 * @param fetchedAt    when craft read it (UTC)
 * @param sha256       sha256 of the bytes read (the downloaded or given file), hex
 * @param bytes        their size
 * @param records      records kept
 * @param withdrawn    OSV records marked withdrawn (kept, never matched)
 * @param skipped      records that could not be read (see {@code warnings})
 * @param ecosystems   OSV records per ecosystem
 * @param version      the feed's own version: KEV {@code catalogVersion}, EPSS model and date; null otherwise
 * @param etag         the HTTP ETag of the last download, for conditional requests; null for files
 * @param lastModified the HTTP Last-Modified of the last download; null for files
 * @param checkedAt    when a sync last confirmed the source was current (a 304 answer); null when never
 * @param warnings     the first problems met while reading (at most 50), each with file and location
 */
public record SourceInfo(
        String name,
        SourceKind kind,
        String location,
        Instant fetchedAt,
        String sha256,
        long bytes,
        int records,
        int withdrawn,
        int skipped,
        Map<String, Integer> ecosystems,
        String version,
        String etag,
        String lastModified,
        Instant checkedAt,
        List<String> warnings) {

    public SourceInfo {
        requireNonNull(name, "name must not be null");
        requireNonNull(kind, "kind must not be null");
        requireNonNull(location, "location must not be null");
        requireNonNull(fetchedAt, "fetchedAt must not be null");
        requireNonNull(sha256, "sha256 must not be null");
        ecosystems = Map.copyOf(ecosystems);
        warnings = List.copyOf(warnings);
    }

    /** The same source with HTTP validators from a download. */
    public SourceInfo withHttp(String newEtag, String newLastModified) {
        return new SourceInfo(name, kind, location, fetchedAt, sha256, bytes, records, withdrawn, skipped, ecosystems,
                version, newEtag, newLastModified, checkedAt, warnings);
    }

    /** The same source, confirmed current at {@code when}. */
    public SourceInfo checked(Instant when) {
        return new SourceInfo(name, kind, location, fetchedAt, sha256, bytes, records, withdrawn, skipped, ecosystems,
                version, etag, lastModified, when, warnings);
    }
}
