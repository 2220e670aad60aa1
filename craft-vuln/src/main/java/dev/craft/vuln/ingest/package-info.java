/** Feed readers: OSV (records, arrays, JSON Lines, folders, osv.dev all.zip, gzip), CISA KEV (JSON, CSV), FIRST EPSS (CSV) and the ENISA EUVD exploited list (API JSON), through one bounded reader that refuses zip and gzip bombs. */
package dev.craft.vuln.ingest;
