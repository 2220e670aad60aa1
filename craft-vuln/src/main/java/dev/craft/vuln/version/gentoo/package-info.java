/** The {@code gentoo} version scheme; see {@link dev.craft.vuln.version.gentoo.GentooScheme}. */
package dev.craft.vuln.version.gentoo;
