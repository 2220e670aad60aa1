/** Package identity: purls and OSV package names turned into normalized package keys, and distribution releases. */
package dev.craft.vuln.purl;
