package dev.craft.server.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit trail, in the same transaction as the change it records: a change that rolls back
 * leaves no entry, and an entry cannot exist without its change.
 *
 * <p>Entries are buffered during the transaction and appended just before it commits. Appending locks
 * the chain's head row until the commit, which serialises writers of one organisation; doing it last
 * keeps that lock short, so 50 concurrent CI pushes do not queue for the whole of each other's work.
 */
@Component
public class AuditLog {

    /** The chain of instance-wide changes (organisations, users, advisory imports). */
    public static final long INSTANCE_CHAIN = 0;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.json = AuditJson.MAPPER;
        this.clock = clock;
    }

    /**
     * Records a change. {@code before} and {@code after} are any JSON-serializable values (records, maps),
     * null for "did not exist". Must be called inside a transaction.
     */
    public void record(long chainId, String actor, String action, String entityType, Object entityId, Object before, Object after) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("audit entries are written in the transaction of the change they record; "
                    + "call " + action + " inside @Transactional");
        }
        var pending = new Pending(chainId, actor, action, entityType, String.valueOf(entityId),
                before == null ? null : json.writeValueAsString(before), after == null ? null : json.writeValueAsString(after));
        buffer().add(pending);
    }

    private record Pending(long chainId, String actor, String action, String entityType, String entityId, String before, String after) {}

    private List<Pending> buffer() {
        Object key = AuditLog.class;
        @SuppressWarnings("unchecked")
        List<Pending> buffer = (List<Pending>) TransactionSynchronizationManager.getResource(key);
        if (buffer == null) {
            List<Pending> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(key, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    writePending(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            buffer = fresh;
        }
        return buffer;
    }

    private void writePending(List<Pending> pending) {
        // Lock chains in ascending id order: two transactions touching the same chains cannot deadlock.
        pending.stream().map(Pending::chainId).distinct().sorted().forEach(this::lockHead);
        for (Pending p : pending) append(p);
        pending.clear();
    }

    private void lockHead(long chainId) {
        jdbc.sql("insert into audit_chain (chain_id, last_hash, entries) values (:c, :h, 0) on conflict do nothing")
                .param("c", chainId).param("h", AuditEntry.GENESIS_HASH).update();
        jdbc.sql("select chain_id from audit_chain where chain_id = :c for update").param("c", chainId).query(Long.class).single();
    }

    private void append(Pending p) {
        record Head(String lastHash, long entries) {}
        Head head = jdbc.sql("select last_hash, entries from audit_chain where chain_id = :c")
                .param("c", p.chainId()).query(Head.class).single();
        long seq = jdbc.sql("select nextval(pg_get_serial_sequence('audit_entry', 'seq'))").query(Long.class).single();
        var entry = new AuditEntry(seq, p.chainId(), head.entries() + 1, AuditEntry.truncate(clock.instant()), p.actor(),
                p.action(), p.entityType(), p.entityId(), p.before(), p.after(), head.lastHash(), "");
        entry = entry.withHash(entry.computeHash());
        jdbc.sql("""
                        insert into audit_entry (seq, chain_id, chain_seq, at, actor, action, entity_type, entity_id,
                                                 before_json, after_json, prev_hash, hash)
                        overriding system value
                        values (:seq, :chain, :chainSeq, :at, :actor, :action, :type, :id, :before, :after, :prev, :hash)""")
                .param("seq", entry.seq()).param("chain", entry.chainId()).param("chainSeq", entry.chainSeq())
                .param("at", dev.craft.server.db.Sql.utc(entry.at())).param("actor", entry.actor()).param("action", entry.action())
                .param("type", entry.entityType()).param("id", entry.entityId())
                .param("before", entry.beforeJson()).param("after", entry.afterJson())
                .param("prev", entry.prevHash()).param("hash", entry.hash())
                .update();
        jdbc.sql("update audit_chain set last_seq = :seq, last_hash = :hash, entries = entries + 1 where chain_id = :c")
                .param("seq", seq).param("hash", entry.hash()).param("c", p.chainId()).update();
    }
}
