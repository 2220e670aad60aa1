package dev.craft.report.drafts;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.craft.assess.reporting.StageState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A report draft for one stage of one case, with every item the law requires for that stage and the identification
 * the platform needs, ready to copy into the single reporting platform's form. Serialised as
 * {@code docs/schemas/art14-report-v1.schema.json}.
 *
 * @param schema         the JSON schema id
 * @param caseId         the case
 * @param kind           {@code vulnerability} or {@code incident}
 * @param stage          which report
 * @param title          a heading: "Early warning: CVE-2026-1234 exploited, in Camera X 2.1.0"
 * @param cite           the article that requires the report
 * @param generatedAt    when the draft was made
 * @param awareness      when the manufacturer became aware
 * @param clock          the stage's clock; null for an intermediate report without a CSIRT date
 * @param recipient      where it goes, in words
 * @param applicability  the case's verdict (REPORTABLE, UNDETERMINED, ...)
 * @param items          identification items, then the law's items in the law's order
 * @param missingRequired ids of required items that are not complete
 * @param notes          what a person should read before filing
 * @param kbVersion      version of the Art 14 knowledge base the draft follows
 */
public record ReportDraft(@JsonProperty("$schema") String schema, String caseId, String kind, DraftStage stage, String title, String cite,
                          Instant generatedAt, Instant awareness, Clock clock, String recipient, String applicability,
                          List<DraftItem> items, List<String> missingRequired, List<String> notes, String kbVersion) {

    public static final String SCHEMA_ID = "https://craft.dev/schemas/art14-report-v1.schema.json";

    public ReportDraft {
        requireNonNull(caseId, "caseId must not be null");
        requireNonNull(stage, "stage must not be null");
        items = List.copyOf(items);
        missingRequired = List.copyOf(missingRequired);
        notes = List.copyOf(notes);
    }

    /**
     * The stage's clock at generation time.
     *
     * @param clockStarts the event that starts it ({@code awareness}, {@code corrective_measure_available},
     *                    {@code notification_submitted}, {@code csirt_request})
     * @param period      ISO-8601 period; null for a CSIRT-set date
     * @param clockStart  when it started; null while not started
     * @param due         when the report is due; null while the clock has not started
     * @param state       OPEN, OVERDUE, SUBMITTED, ...
     * @param remaining   time left (negative when overdue); null when not running
     * @param submitted   when it was submitted; null if not
     * @param notes       explanations (exemptions, readings of open points)
     */
    public record Clock(String clockStarts, String period, Instant clockStart, Instant due, StageState state, Duration remaining,
                        Instant submitted, List<String> notes) {
        public Clock {
            notes = List.copyOf(notes);
        }
    }
}
