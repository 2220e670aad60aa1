/** Feed downloads over the JDK HTTP client: conditional requests, resumable downloads, paged APIs; finished downloads go through the same import as files (ADR 0034). */
package dev.craft.vuln.sync;
