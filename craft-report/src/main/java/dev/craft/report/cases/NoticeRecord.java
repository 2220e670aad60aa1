package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A user notice issued under Art 14(8). Each issue is one revision of the case's advisory.
 *
 * @param revision  1, 2, ... (the CSAF tracking version)
 * @param issuedAt  when it went out
 * @param audience  impacted users only, or all users
 * @param channel   how (e-mail, web page, customer portal, CSAF provider)
 * @param reference URL or message id; null if none
 * @param issuedBy  who issued it
 * @param summary   what changed in this revision
 */
public record NoticeRecord(int revision, Instant issuedAt, Audience audience, String channel, String reference,
                           String issuedBy, String summary) {

    public NoticeRecord {
        if (revision < 1) throw new IllegalArgumentException("revision starts at 1");
        requireNonNull(issuedAt, "issuedAt must not be null");
        requireNonNull(audience, "audience must not be null");
        requireNonNull(channel, "channel must not be null");
        requireNonNull(issuedBy, "issuedBy must not be null");
        requireNonNull(summary, "summary must not be null");
    }

    /** Art 14(8): the impacted users, and where appropriate all users. */
    public enum Audience {
        IMPACTED_USERS, ALL_USERS
    }
}
