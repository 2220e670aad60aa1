package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import dev.craft.assess.reporting.ReportStage;
import java.time.Instant;

/**
 * The record that one report stage was filed: when, how, and the platform's reference or receipt. craft cannot file
 * on the single reporting platform itself (it has no public submission API); this is the manufacturer's record.
 *
 * @param stage        which report
 * @param submittedAt  when it was submitted; the incident final-report clock runs from the notification's
 * @param channel      how
 * @param reference    the platform's or CSIRT's reference; null if none was given
 * @param receipt      the stored receipt file, if one was uploaded
 * @param submittedBy  who filed it
 * @param recordedAt   when the record was made in craft
 * @param providedWith when this stage's information was already provided in an earlier submission ("unless the
 *                     relevant information has already been provided", Art 14(2)(b), (c), 14(4)(b), (c)): that
 *                     stage; null otherwise
 * @param note         free text
 */
public record Submission(ReportStage stage, Instant submittedAt, Channel channel, String reference, Receipt receipt,
                         String submittedBy, Instant recordedAt, ReportStage providedWith, String note) {

    public Submission {
        requireNonNull(stage, "stage must not be null");
        requireNonNull(submittedAt, "submittedAt must not be null");
        requireNonNull(channel, "channel must not be null");
        requireNonNull(submittedBy, "submittedBy must not be null");
        requireNonNull(recordedAt, "recordedAt must not be null");
    }

    /** How a report was filed. */
    public enum Channel {
        /** ENISA's single reporting platform (Art 16), the normal channel. */
        SINGLE_REPORTING_PLATFORM,
        /** Directly to the coordinator CSIRT's electronic notification end-point. */
        CSIRT_ENDPOINT,
        /** By e-mail, for example when the platform was unavailable. */
        EMAIL,
        OTHER
    }

    /**
     * A receipt or confirmation file, stored by the server.
     *
     * @param fileName  the uploaded name
     * @param mediaType its media type
     * @param size      bytes
     * @param sha256    hex SHA-256 of the bytes
     */
    public record Receipt(String fileName, String mediaType, long size, String sha256) {
        public Receipt {
            requireNonNull(fileName, "fileName must not be null");
            requireNonNull(sha256, "sha256 must not be null");
            if (!sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
            if (size < 0) throw new IllegalArgumentException("size must not be negative");
        }
    }
}
