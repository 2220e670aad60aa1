/** The {@code alpm} version scheme; see {@link dev.craft.vuln.version.alpm.AlpmScheme}. */
package dev.craft.vuln.version.alpm;
