/** The {@code debian} version scheme; see {@link dev.craft.vuln.version.debian.DebianScheme}. */
package dev.craft.vuln.version.debian;
