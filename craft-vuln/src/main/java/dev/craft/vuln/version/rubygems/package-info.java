/** The {@code rubygems} version scheme; see {@link dev.craft.vuln.version.rubygems.GemRequirement}. */
package dev.craft.vuln.version.rubygems;
