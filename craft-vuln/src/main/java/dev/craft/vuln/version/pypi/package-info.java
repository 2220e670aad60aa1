/** The {@code pypi} version scheme; see {@link dev.craft.vuln.version.pypi.Pep440Scheme}. */
package dev.craft.vuln.version.pypi;
