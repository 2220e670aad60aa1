/** The {@code openssl} version scheme; see {@link dev.craft.vuln.version.openssl.OpenSslScheme}. */
package dev.craft.vuln.version.openssl;
