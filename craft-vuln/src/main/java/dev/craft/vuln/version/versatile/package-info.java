/** The {@code versatile} version scheme; see {@link dev.craft.vuln.version.versatile.VersatileScheme}. */
package dev.craft.vuln.version.versatile;
