/**
 * Version schemes: one comparator per ecosystem, and {@link dev.craft.vuln.version.VersionSchemes}, the single
 * table that maps a purl type or an OSV ecosystem to its scheme. Each scheme lives in its own sub-package when
 * craft implements it ({@code rubygems}, {@code semver}, {@code pub}, {@code gentoo}, ...); the others wrap a
 * library (maven-artifact for Maven, versatile for npm, PyPI, Go, Packagist, NuGet, Debian, RPM and Alpine).
 * ADR 0031 records which is which and the measurements behind it.
 */
package dev.craft.vuln.version;
