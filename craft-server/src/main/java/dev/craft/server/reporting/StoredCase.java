package dev.craft.server.reporting;

import dev.craft.report.cases.ReportingCase;

/** A case as stored: its row id, organisation, the core model's document, and the row version (optimistic lock). */
record StoredCase(long id, long orgId, ReportingCase document, int version) {}
