/** CVSS base scores computed from vectors with ae-security (ADR 0033). */
package dev.craft.vuln.cvss;
