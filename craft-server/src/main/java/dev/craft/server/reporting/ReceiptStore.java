package dev.craft.server.reporting;

import dev.craft.report.cases.Submission;
import dev.craft.server.api.ApiException;
import dev.craft.server.db.Sql;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Receipts of filed reports: the uploaded bytes, kept with their SHA-256 so the record can prove what was received. */
@Component
class ReceiptStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReceiptStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the API returns for an upload: the id to cite in a submission, and the hash of the stored bytes. */
    record Stored(long receiptId, String fileName, String mediaType, long size, String sha256, Instant uploadedAt, String uploadedBy) {}

    record Content(Stored info, byte[] content) {}

    Stored store(long orgId, long caseRowId, String fileName, String mediaType, byte[] bytes, String actor) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255 || fileName.contains("/") || fileName.contains("\\")) {
            throw ApiException.invalid("filename must be a plain file name of 1-255 characters, e.g. srp-receipt.pdf");
        }
        String sha256 = sha256(bytes);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into reporting_receipt (org_id, case_id, file_name, media_type, size, sha256, content, uploaded_by, uploaded_at)
                        values (:org, :case, :name, :type, :size, :sha, :content, :by, :at) returning id""")
                .param("org", orgId).param("case", caseRowId).param("name", fileName).param("type", mediaType)
                .param("size", (long) bytes.length).param("sha", sha256).param("content", bytes).param("by", actor)
                .param("at", Sql.utc(now)).query(Long.class).single();
        return new Stored(id, fileName, mediaType, bytes.length, sha256, now, actor);
    }

    Content get(long orgId, long caseRowId, long receiptId) {
        return jdbc.sql("""
                        select id, file_name, media_type, size, sha256, uploaded_at, uploaded_by, content from reporting_receipt
                        where org_id = :org and case_id = :case and id = :id""")
                .param("org", orgId).param("case", caseRowId).param("id", receiptId)
                .query((rs, n) -> new Content(new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        Sql.instant(rs.getObject(6, java.time.OffsetDateTime.class)), rs.getString(7)), rs.getBytes(8)))
                .optional().orElseThrow(() -> ApiException.notFound("receipt " + receiptId));
    }

    /** The receipt a submission cites, as the case records it. */
    Submission.Receipt info(long orgId, String caseKey, long receiptId) {
        return jdbc.sql("""
                        select r.file_name, r.media_type, r.size, r.sha256 from reporting_receipt r join reporting_case c on c.id = r.case_id
                        where r.org_id = :org and c.case_key = :key and r.id = :id""")
                .param("org", orgId).param("key", caseKey).param("id", receiptId)
                .query((rs, n) -> new Submission.Receipt(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .optional().orElseThrow(() -> ApiException.invalid("receipt " + receiptId + " was not uploaded to case " + caseKey
                        + " (upload it first: POST .../receipts?filename=...)"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
