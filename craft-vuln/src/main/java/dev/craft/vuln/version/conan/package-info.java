/** The {@code conan} version scheme; see {@link dev.craft.vuln.version.conan.ConanScheme}. */
package dev.craft.vuln.version.conan;
