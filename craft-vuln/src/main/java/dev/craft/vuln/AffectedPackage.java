package dev.craft.vuln;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One {@code affected[]} entry of an OSV record.
 *
 * @param ecosystem         the OSV ecosystem as written ({@code PyPI}, {@code Debian:11}, {@code crates.io}, ...)
 * @param name              the package name in the ecosystem's notation ({@code group:artifact} for Maven)
 * @param purl              {@code package.purl} when the record gives one, else null
 * @param ranges            the ranges, in record order
 * @param versions          the explicitly listed affected versions
 * @param severities        severities given for this package only
 * @param sourceConstraints the original version constraints of a converted database, kept because the ranges
 *                          could not express them exactly; null when none
 */
public record AffectedPackage(
        String ecosystem,
        String name,
        String purl,
        List<AffectedRange> ranges,
        List<String> versions,
        List<Severity> severities,
        SourceConstraints sourceConstraints) {

    public AffectedPackage {
        requireNonNull(ecosystem, "ecosystem must not be null");
        requireNonNull(name, "name must not be null");
        ranges = List.copyOf(ranges);
        versions = List.copyOf(versions);
        severities = List.copyOf(severities);
    }
}
