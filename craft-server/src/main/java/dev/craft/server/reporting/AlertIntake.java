package dev.craft.server.reporting;

import dev.craft.assess.reporting.EnterpriseSize;
import dev.craft.report.cases.AffectedRelease;
import dev.craft.report.cases.CaseActions;
import dev.craft.report.cases.CaseChange;
import dev.craft.report.cases.CaseOpening;
import dev.craft.report.cases.FindingSnapshot;
import dev.craft.report.cases.Operator;
import dev.craft.report.cases.Signal;
import dev.craft.server.api.ApiException;
import dev.craft.server.db.Sql;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in the monitoring's exploited-on-market alerts: each alert opens a reporting case, or proposes one, or
 * joins the open case about the same vulnerability, as the organisation's {@code alertIntake} setting says. Each
 * alert is taken in once, in its own transaction, with the intake row as the record.
 */
@Component
class AlertIntake {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AlertIntake.class);

    private final JdbcClient jdbc;
    private final CaseStore cases;
    private final CaseService service;
    private final OrgSettingsStore settings;
    private final FindingSnapshots findings;
    private final TransactionTemplate tx;
    private final Clock clock;

    AlertIntake(JdbcClient jdbc, CaseStore cases, CaseService service, OrgSettingsStore settings, FindingSnapshots findings,
                TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.service = service;
        this.settings = settings;
        this.findings = findings;
        this.tx = tx;
        this.clock = clock;
    }

    /** An alert not taken in yet. */
    record NewAlert(long id, long orgId, String orgName, long findingId, Instant raisedAt) {}

    /**
     * Takes in every alert not yet taken in; returns how many. Each alert has its own transaction: one that fails
     * (logged) is retried on the next run and does not hold up the others.
     */
    int takeNew() {
        int n = 0;
        List<Long> pending = jdbc.sql("""
                        select a.id from exploited_alert a
                        where not exists (select 1 from reporting_alert_intake i where i.alert_id = a.id)
                        order by a.id limit 500""").query(Long.class).list();
        for (long alertId : pending) {
            try {
                Boolean taken = tx.execute(status -> {
                    Optional<NewAlert> a = locked(alertId);
                    a.ifPresent(x -> take(x, settings.get(x.orgId()).alertIntake(), CaseOpening.CRAFT));
                    return a.isPresent();
                });
                if (Boolean.TRUE.equals(taken)) n++;
            } catch (RuntimeException e) {
                LOG.error("reporting: cannot take in exploited alert {}; it is retried on the next run", alertId, e);
            }
        }
        return n;
    }

    /** The alert, locked, unless another node took it in meanwhile or holds it. */
    private Optional<NewAlert> locked(long alertId) {
        return jdbc.sql("""
                        select a.id, a.org_id, o.name, a.finding_id, a.raised_at
                        from exploited_alert a join org o on o.id = a.org_id
                        where a.id = :id and not exists (select 1 from reporting_alert_intake i where i.alert_id = a.id)
                        for update of a skip locked""")
                .param("id", alertId)
                .query((rs, i) -> new NewAlert(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        Sql.instant(rs.getObject(5, OffsetDateTime.class))))
                .optional();
    }

    /**
     * Opens (or joins) the case of one alert now, whatever the intake setting: a person asked for it. Returns the
     * case's row id; an alert already in a case returns that case.
     */
    long takeOne(long orgId, long alertId, String actor) {
        Long row = tx.execute(status -> {
            NewAlert a = jdbc.sql("""
                            select a.id, a.org_id, o.name, a.finding_id, a.raised_at from exploited_alert a join org o on o.id = a.org_id
                            where a.org_id = :org and a.id = :id for update of a""")
                    .param("org", orgId).param("id", alertId)
                    .query((rs, i) -> new NewAlert(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                            Sql.instant(rs.getObject(5, OffsetDateTime.class))))
                    .optional().orElseThrow(() -> ApiException.notFound("alert " + alertId));
            var taken = jdbc.sql("select case_id from reporting_alert_intake where alert_id = :id").param("id", alertId)
                    .query((rs, i) -> (Long) rs.getObject(1)).optional();
            if (taken.isPresent() && taken.get() != null) return taken.get();
            jdbc.sql("delete from reporting_alert_intake where alert_id = :id").param("id", alertId).update();
            return take(a, "open", actor);
        });
        return row;
    }

    private Long take(NewAlert a, String mode, String actor) {
        OrgSettings org = settings.get(a.orgId());
        Long caseRow = null;
        if (!mode.equals("off")) {
            FindingSnapshots.FindingData data = findings.load(a.orgId(), a.findingId());
            var ids = new ArrayList<String>();
            ids.add(data.vulnerabilityId());
            ids.addAll(data.aliases());
            FindingSnapshot finding = FindingSnapshots.finding(data);
            AffectedRelease release = FindingSnapshots.release(data);
            Signal signal = FindingSnapshots.signal(data, a.id(), a.raisedAt());
            var existing = cases.activeFor(a.orgId(), ids);
            if (existing.isPresent()) {
                CaseChange change = CaseActions.addExploitedFinding(existing.get().document(), finding, release, signal);
                caseRow = service.save(existing.get(), change, actor).id();
            } else {
                Operator operator = org.operator() != null ? org.operator()
                        : new Operator(a.orgName(), Operator.Role.MANUFACTURER, false, EnterpriseSize.UNKNOWN, null, null, null, null, null, null);
                boolean propose = mode.equals("propose");
                caseRow = service.open(a.orgId(), actor, key -> CaseOpening.fromExploitedFindings(key, signal, List.of(finding),
                        List.of(release), operator, propose)).id();
            }
            jdbc.sql("""
                            insert into monitoring_event (org_id, at, kind, product_id, release_id, finding_id, payload)
                            select a.org_id, :at, 'report.case', a.product_id, a.release_id, a.finding_id,
                                   jsonb_build_object('alertId', a.id, 'caseId', c.case_key, 'status', c.status)
                            from exploited_alert a, reporting_case c where a.id = :alert and c.id = :case""")
                    .param("at", Sql.utc(clock.instant())).param("alert", a.id()).param("case", caseRow).update();
        }
        jdbc.sql("insert into reporting_alert_intake (alert_id, org_id, case_id, taken_at) values (:a, :org, :c, :at)")
                .param("a", a.id()).param("org", a.orgId()).param("c", caseRow).param("at", Sql.utc(clock.instant())).update();
        return caseRow;
    }

}
