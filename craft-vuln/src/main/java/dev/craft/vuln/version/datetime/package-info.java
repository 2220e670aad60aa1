/** The {@code datetime} version scheme; see {@link dev.craft.vuln.version.datetime.DateTimeScheme}. */
package dev.craft.vuln.version.datetime;
