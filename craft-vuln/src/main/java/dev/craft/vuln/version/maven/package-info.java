/** The {@code maven} version scheme; see {@link dev.craft.vuln.version.maven.MavenScheme}. */
package dev.craft.vuln.version.maven;
