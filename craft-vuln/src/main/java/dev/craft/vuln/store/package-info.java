/** The advisory store on disk: one file with a JSON manifest header and deflated binary records, written atomically under a lock (ADR 0030). */
package dev.craft.vuln.store;
