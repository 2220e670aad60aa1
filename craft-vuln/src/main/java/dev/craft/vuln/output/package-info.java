/** Scan reports: table, craft JSON (craft-scan/1), SARIF 2.1.0, CycloneDX 1.6 VDR, CSV. */
package dev.craft.vuln.output;
