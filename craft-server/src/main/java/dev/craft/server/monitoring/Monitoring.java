package dev.craft.server.monitoring;

import dev.craft.server.audit.AuditLog;
import dev.craft.server.db.Sql;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns new findings into what a PSIRT must see: a {@code finding.new} event per finding, and an
 * {@code exploited_alert} (plus an {@code alert.raised} event) when an actively exploited finding hits a
 * release on the EU market: placed on the market on or before today in at least one member state.
 * The support period does not matter: Art 14 reporting continues after it (Guidance pt 210), so the
 * alert says when support has ended instead of staying silent.
 */
@Component
public class Monitoring {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Monitoring(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records events for new findings of one release and raises the alerts they call for; returns the number of alerts. */
    public int newFindings(long orgId, long releaseId, List<Long> findingIds, String cause, String actor) {
        if (findingIds.isEmpty()) return 0;
        Long[] ids = findingIds.toArray(Long[]::new);
        jdbc.sql("""
                        insert into monitoring_event (org_id, at, kind, product_id, release_id, finding_id, payload)
                        select f.org_id, :at, 'finding.new', f.product_id, f.release_id, f.id,
                               jsonb_build_object('vulnerabilityId', f.vulnerability_id, 'component', f.component_name,
                                                  'version', f.component_version, 'severity', f.severity, 'exploited', f.exploited,
                                                  'cause', cast(:cause as text))
                        from finding f where f.org_id = :org and f.id = any(cast(:ids as bigint[]))""")
                .param("at", Sql.utc(clock.instant())).param("org", orgId).param("ids", ids).param("cause", cause).update();
        return raiseAlerts(orgId, releaseId, ids, actor);
    }

    /** Existing findings became known as actively exploited: record it and raise the alerts it calls for. */
    public int exploitationFound(long orgId, long releaseId, List<Long> findingIds, String cause, String actor) {
        if (findingIds.isEmpty()) return 0;
        Long[] ids = findingIds.toArray(Long[]::new);
        jdbc.sql("""
                        insert into monitoring_event (org_id, at, kind, product_id, release_id, finding_id, payload)
                        select f.org_id, :at, 'finding.exploited', f.product_id, f.release_id, f.id,
                               jsonb_build_object('vulnerabilityId', f.vulnerability_id, 'component', f.component_name,
                                                  'version', f.component_version, 'exploitedSource', f.exploited_source,
                                                  'cause', cast(:cause as text))
                        from finding f where f.org_id = :org and f.id = any(cast(:ids as bigint[]))""")
                .param("at", Sql.utc(clock.instant())).param("org", orgId).param("ids", ids).param("cause", cause).update();
        return raiseAlerts(orgId, releaseId, ids, actor);
    }

    /** A release's market facts changed: exploited findings it already has may now call for alerts. */
    public int marketChanged(long orgId, long releaseId, String actor) {
        Long[] ids = jdbc.sql("select id from finding where org_id = :org and release_id = :r and exploited and removed_at is null")
                .param("org", orgId).param("r", releaseId).query(Long.class).list().toArray(Long[]::new);
        return ids.length == 0 ? 0 : raiseAlerts(orgId, releaseId, ids, actor);
    }

    private int raiseAlerts(long orgId, long releaseId, Long[] findingIds, String actor) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        record Raised(long id, long findingId, String vulnerabilityId, String componentName, String componentVersion,
                String exploitedSource, LocalDate supportEnd, List<String> memberStates) {}
        var raised = jdbc.sql("""
                        insert into exploited_alert (org_id, product_id, release_id, finding_id, component_name, component_version,
                                                     purl, vulnerability_id, exploited_source, exploited_since, member_states, raised_at)
                        select f.org_id, f.product_id, f.release_id, f.id, f.component_name, f.component_version, f.purl,
                               f.vulnerability_id, f.exploited_source, f.exploited_since, r.member_states, :at
                        from finding f join release r on r.id = f.release_id
                        where f.org_id = :org and f.release_id = :release and f.id = any(cast(:ids as bigint[]))
                          and f.exploited and f.removed_at is null
                          and r.placed_on_market is not null and r.placed_on_market <= :today and cardinality(r.member_states) > 0
                        on conflict (finding_id) do nothing
                        returning id, finding_id, vulnerability_id, component_name, component_version, exploited_source,
                                  (select support_end from release where id = :release), member_states""")
                .param("org", orgId).param("release", releaseId).param("ids", findingIds).param("today", today)
                .param("at", Sql.utc(clock.instant()))
                .query((rs, n) -> new Raised(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, LocalDate.class), List.of((String[]) rs.getArray(8).getArray())))
                .list();
        for (Raised a : raised) {
            boolean supportEnded = a.supportEnd() != null && a.supportEnd().isBefore(today);
            Map<String, Object> payload = Map.of("alertId", a.id(), "vulnerabilityId", a.vulnerabilityId(), "component", a.componentName(),
                    "exploitedSource", a.exploitedSource(), "memberStates", a.memberStates(), "supportEnded", supportEnded);
            jdbc.sql("""
                            insert into monitoring_event (org_id, at, kind, product_id, release_id, finding_id, payload)
                            select org_id, :at, 'alert.raised', product_id, release_id, finding_id, cast(:payload as jsonb)
                            from exploited_alert where id = :id""")
                    .param("at", Sql.utc(clock.instant())).param("payload", JSON.writeValueAsString(payload)).param("id", a.id()).update();
            audit.record(orgId, actor, "alert.raised", "exploited-alert", a.id(), null, payload);
        }
        return raised.size();
    }
}
