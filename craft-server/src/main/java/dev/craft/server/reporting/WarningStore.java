package dev.craft.server.reporting;

import dev.craft.report.clocks.DueWarning;
import dev.craft.report.clocks.WarningKey;
import dev.craft.server.db.Sql;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of deadline warnings: which (case, deadline, lead time) were claimed, and the delivery of each to
 * each channel. The unique key makes the claim happen once, whatever the number of nodes and restarts.
 */
@Component
class WarningStore {

    private final JdbcClient jdbc;

    WarningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A delivery to send. */
    record PendingDelivery(long id, long warningId, long orgId, String caseKey, String channel, String target, int attempts,
                           String subject, String body, String deadline, long leadSeconds, Instant due) {}

    Set<WarningKey> recorded(long caseRowId, String caseKey) {
        return new HashSet<>(jdbc.sql("select deadline, lead_seconds from reporting_warning where case_id = :c")
                .param("c", caseRowId)
                .query((rs, n) -> new WarningKey(caseKey, rs.getString(1), Duration.ofSeconds(rs.getLong(2)))).list());
    }

    /** Claims a warning; empty when it was claimed before (by this node or another). */
    Optional<Long> claim(long orgId, long caseRowId, DueWarning w, Instant now) {
        return jdbc.sql("""
                        insert into reporting_warning (org_id, case_id, deadline, lead_seconds, due_at, outcome, subject, body, created_at)
                        values (:org, :case, :deadline, :lead, :due, 'due', :subject, :body, :now)
                        on conflict (case_id, deadline, lead_seconds) do nothing returning id""")
                .param("org", orgId).param("case", caseRowId).param("deadline", w.key().deadline())
                .param("lead", w.key().lead().toSeconds()).param("due", Sql.utc(w.due())).param("subject", w.subject())
                .param("body", w.body()).param("now", Sql.utc(now)).query(Long.class).optional();
    }

    void supersede(long orgId, long caseRowId, WarningKey k, Instant due, Instant now) {
        jdbc.sql("""
                        insert into reporting_warning (org_id, case_id, deadline, lead_seconds, due_at, outcome, created_at)
                        values (:org, :case, :deadline, :lead, :due, 'superseded', :now)
                        on conflict (case_id, deadline, lead_seconds) do nothing""")
                .param("org", orgId).param("case", caseRowId).param("deadline", k.deadline()).param("lead", k.lead().toSeconds())
                .param("due", Sql.utc(due)).param("now", Sql.utc(now)).update();
    }

    void addDelivery(long warningId, String channel, String target, Instant now) {
        jdbc.sql("""
                        insert into reporting_delivery (warning_id, channel, target, status, next_try_at)
                        values (:w, :channel, :target, 'pending', :now) on conflict do nothing""")
                .param("w", warningId).param("channel", channel).param("target", target).param("now", Sql.utc(now)).update();
    }

    /**
     * Leases up to {@code limit} due deliveries for {@code lease}: another run (or node) skips them meanwhile, and
     * picks them up again if this one dies before recording the outcome.
     */
    List<PendingDelivery> lease(Instant now, Duration lease, int limit) {
        return jdbc.sql("""
                        with due as (
                            select d.id from reporting_delivery d
                            where d.status = 'pending' and d.next_try_at <= :now
                            order by d.next_try_at limit :limit for update skip locked)
                        update reporting_delivery d set next_try_at = :until, attempts = d.attempts + 1
                        from due, reporting_warning w, reporting_case c
                        where d.id = due.id and w.id = d.warning_id and c.id = w.case_id
                        returning d.id, w.id, w.org_id, c.case_key, d.channel, d.target, d.attempts, w.subject, w.body,
                                  w.deadline, w.lead_seconds, w.due_at""")
                .param("now", Sql.utc(now)).param("until", Sql.utc(now.plus(lease))).param("limit", limit)
                .query((rs, n) -> new PendingDelivery(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getLong(11),
                        Sql.instant(rs.getObject(12, OffsetDateTime.class))))
                .list();
    }

    void sent(long deliveryId, Instant now) {
        jdbc.sql("update reporting_delivery set status = 'sent', sent_at = :now, last_error = null where id = :id")
                .param("now", Sql.utc(now)).param("id", deliveryId).update();
    }

    /** A failed attempt: retried after {@code retryAfter}, or marked failed once {@code giveUp}. */
    void failed(long deliveryId, String error, boolean giveUp, Instant retryAt) {
        jdbc.sql("update reporting_delivery set status = :status, last_error = :error, next_try_at = :next where id = :id")
                .param("status", giveUp ? "failed" : "pending").param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("next", Sql.utc(retryAt)).param("id", deliveryId).update();
    }

    List<CaseView.Warning> forCase(long caseRowId) {
        record Row(long id, String deadline, long lead, String outcome, Instant due, Instant created, String channel, String target,
                   String status, Integer attempts, String error, Instant sent) {}
        var rows = jdbc.sql("""
                        select w.id, w.deadline, w.lead_seconds, w.outcome, w.due_at, w.created_at, d.channel, d.target, d.status,
                               d.attempts, d.last_error, d.sent_at
                        from reporting_warning w left join reporting_delivery d on d.warning_id = w.id
                        where w.case_id = :c order by w.id, d.id""")
                .param("c", caseRowId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        Sql.instant(rs.getObject(5, OffsetDateTime.class)), Sql.instant(rs.getObject(6, OffsetDateTime.class)),
                        rs.getString(7), rs.getString(8), rs.getString(9), (Integer) rs.getObject(10), rs.getString(11),
                        Sql.instant(rs.getObject(12, OffsetDateTime.class))))
                .list();
        var byWarning = new LinkedHashMap<Long, List<Row>>();
        for (Row r : rows) byWarning.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        var out = new ArrayList<CaseView.Warning>();
        byWarning.values().forEach(list -> {
            Row w = list.get(0);
            var deliveries = list.stream().filter(r -> r.channel() != null)
                    .map(r -> new CaseView.Delivery(r.channel(), r.target(), r.status(), r.attempts(), r.error(), r.sent())).toList();
            out.add(new CaseView.Warning(w.deadline(), Duration.ofSeconds(w.lead()), w.outcome(), w.due(), w.created(), deliveries));
        });
        return out;
    }
}
