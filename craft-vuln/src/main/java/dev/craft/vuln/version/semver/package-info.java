/** The {@code semver} version scheme; see {@link dev.craft.vuln.version.semver.SemVerScheme}. */
package dev.craft.vuln.version.semver;
