package dev.craft.report.render;

import dev.craft.report.drafts.ReportDraft;
import dev.craft.report.json.ReportJson;

/** A report draft as JSON, following {@code docs/schemas/art14-report-v1.schema.json}. */
public final class DraftJson {

    private DraftJson() {}

    public static byte[] render(ReportDraft d) {
        return ReportJson.write(d);
    }
}
