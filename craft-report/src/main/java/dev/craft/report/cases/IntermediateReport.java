package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An intermediate report with status updates, made at the coordinator CSIRT's request (Art 14(6)). The law sets
 * no period for it; the CSIRT's request may.
 *
 * @param id               sequence within the case ("1", "2", ...)
 * @param requestedAt      when the CSIRT asked
 * @param requestedBy      which CSIRT, and who
 * @param requestReference the CSIRT's reference; null if none
 * @param dueAt            the date the CSIRT asked for; null if none
 * @param statusUpdate     the update to send; null until written
 * @param submission       the filing record; null until filed
 */
public record IntermediateReport(String id, Instant requestedAt, String requestedBy, String requestReference, Instant dueAt,
                                 String statusUpdate, Filing submission) {

    public IntermediateReport {
        requireNonNull(id, "id must not be null");
        requireNonNull(requestedAt, "requestedAt must not be null");
        requireNonNull(requestedBy, "requestedBy must not be null");
    }

    /** The filing record of an intermediate report (same fields as a stage submission). */
    public record Filing(Instant submittedAt, Submission.Channel channel, String reference, Submission.Receipt receipt,
                         String submittedBy, Instant recordedAt) {
        public Filing {
            requireNonNull(submittedAt, "submittedAt must not be null");
            requireNonNull(channel, "channel must not be null");
            requireNonNull(submittedBy, "submittedBy must not be null");
            requireNonNull(recordedAt, "recordedAt must not be null");
        }
    }
}
