package dev.craft.server.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads audit chains with plain JDBC, streaming, so that the server's verify endpoint and
 * {@code craft audit verify --db-url} run the very same code over any number of entries.
 */
public final class AuditReader {

    /** A chain's recorded head: how many entries it has and the last one's hash. */
    public record Head(long chainId, long entries, String lastHash) {}

    private static final String COLUMNS = """
            seq, chain_id, chain_seq, at, actor, action, entity_type, entity_id, before_json, after_json, prev_hash, hash""";

    private AuditReader() {}

    /**
     * Reads the heads and then the entries of one chain (or of all chains when {@code chainId} is null,
     * in seq order) from one snapshot, so that appends running meanwhile cannot make a consistent chain
     * look truncated.
     */
    public static List<Head> read(Connection c, Long chainId, Consumer<AuditEntry> sink) throws SQLException {
        if (!c.getAutoCommit()) return readIn(c, chainId, sink); // the caller's transaction decides the snapshot
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return readIn(c, chainId, sink);
        } finally {
            c.rollback();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(true);
        }
    }

    private static List<Head> readIn(Connection c, Long chainId, Consumer<AuditEntry> sink) throws SQLException {
        List<Head> heads = heads(c, chainId);
        try (var st = c.prepareStatement("select " + COLUMNS + " from audit_entry"
                + (chainId == null ? "" : " where chain_id = ?") + " order by seq")) {
            st.setFetchSize(1000);
            if (chainId != null) st.setLong(1, chainId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) sink.accept(entry(rs));
            }
        }
        return heads;
    }

    private static List<Head> heads(Connection c, Long chainId) throws SQLException {
        var out = new ArrayList<Head>();
        try (var st = c.prepareStatement("select chain_id, entries, last_hash from audit_chain"
                + (chainId == null ? "" : " where chain_id = ?") + " order by chain_id")) {
            if (chainId != null) st.setLong(1, chainId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(new Head(rs.getLong(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** Verifies one chain (or all) as stored, against the recorded heads. */
    public static AuditVerification verify(Connection c, Long chainId) throws SQLException {
        var verification = new AuditVerification();
        List<Head> heads = read(c, chainId, verification::add);
        for (Head h : heads) verification.expectHead(h.chainId(), h.entries(), h.lastHash());
        return verification;
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getLong("chain_id"), rs.getLong("chain_seq"),
                rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("before_json"),
                rs.getString("after_json"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
