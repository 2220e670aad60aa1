/** The {@code lexicographic} version scheme; see {@link dev.craft.vuln.version.lexicographic.LexicographicScheme}. */
package dev.craft.vuln.version.lexicographic;
