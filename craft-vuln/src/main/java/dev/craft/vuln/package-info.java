/**
 * Vulnerability intelligence and matching: the advisory store ({@link dev.craft.vuln.AdvisoryStore}), the matching
 * index ({@link dev.craft.vuln.MatchIndex}), the matcher and scanner ({@link dev.craft.vuln.Matcher},
 * {@link dev.craft.vuln.Scanner}) and their results ({@link dev.craft.vuln.ScanResult}, {@link dev.craft.vuln.Finding},
 * {@link dev.craft.vuln.CouldNotCheck}, {@link dev.craft.vuln.MatchExplanation}). Framework-free; the CLI and the
 * server call the same code. Features live in sub-packages: {@code ingest} (feed readers), {@code store} (the file),
 * {@code sync} (HTTP), {@code version} (schemes), {@code range} (vers and native ranges), {@code purl} (package keys),
 * {@code cvss}, {@code vex}, {@code output} (report formats). See docs/vulnerabilities.md and ADRs 0030 to 0034.
 */
package dev.craft.vuln;
