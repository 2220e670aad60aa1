/** The {@code pub} version scheme; see {@link dev.craft.vuln.version.pub.PubScheme}. */
package dev.craft.vuln.version.pub;
