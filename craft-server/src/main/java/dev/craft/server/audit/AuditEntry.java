package dev.craft.server.audit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One entry of the audit trail: who did what to which entity, when, with the state before and after,
 * chained to the previous entry of the same chain by its hash.
 *
 * <p>The hash is SHA-256 over {@link #canonical()}: a line {@code craft-audit-v1}, then one line per
 * field in a fixed order, each written as {@code <UTF-8 byte length>:<value>} (or {@code -} for null).
 * Length prefixes make the encoding unambiguous whatever the values contain, and simple to reproduce
 * in any language: docs/server.md shows it.
 *
 * @param seq        global sequence number (ordering across chains; gaps are normal after rollbacks)
 * @param chainId    the organisation's id, or 0 for instance-wide changes
 * @param chainSeq   position in the chain, 1, 2, 3, ... without gaps
 * @param at         when (UTC, microsecond precision as PostgreSQL stores it)
 * @param actor      {@code user:alice}, {@code api-key:<id> (<name>)} or {@code system:<job>}
 * @param action     what happened, e.g. {@code product.created}, {@code triage.decided}
 * @param entityType the kind of entity changed, e.g. {@code product}
 * @param entityId   its id
 * @param beforeJson the entity before the change (JSON), or null when it was created
 * @param afterJson  the entity after the change (JSON), or null when it was removed
 * @param prevHash   the previous entry's hash in the chain; 64 zeros for the first
 * @param hash       SHA-256 (hex) of the canonical serialization
 */
public record AuditEntry(long seq, long chainId, long chainSeq, Instant at, String actor, String action,
        String entityType, String entityId, String beforeJson, String afterJson, String prevHash, String hash) {

    public static final String GENESIS_HASH = "0".repeat(64);

    public AuditEntry {
        requireNonNull(at, "at must not be null");
        requireNonNull(actor, "actor must not be null");
        requireNonNull(action, "action must not be null");
        requireNonNull(entityType, "entityType must not be null");
        requireNonNull(entityId, "entityId must not be null");
        requireNonNull(prevHash, "prevHash must not be null");
        requireNonNull(hash, "hash must not be null");
    }

    /** PostgreSQL keeps microseconds: hash the instant as it will read back. */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public String canonical() {
        var sb = new StringBuilder("craft-audit-v1\n");
        field(sb, Long.toString(seq));
        field(sb, Long.toString(chainId));
        field(sb, Long.toString(chainSeq));
        field(sb, DateTimeFormatter.ISO_INSTANT.format(at));
        field(sb, actor);
        field(sb, action);
        field(sb, entityType);
        field(sb, entityId);
        field(sb, beforeJson);
        field(sb, afterJson);
        field(sb, prevHash);
        return sb.toString();
    }

    /** The hash this entry should carry, computed from its other fields. */
    public String computeHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public AuditEntry withHash(String newHash) {
        return new AuditEntry(seq, chainId, chainSeq, at, actor, action, entityType, entityId, beforeJson, afterJson, prevHash, newHash);
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-\n");
        } else {
            sb.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
        }
    }
}
