package dev.craft.server.monitoring;

import dev.craft.server.api.ApiException;
import dev.craft.server.api.Page;
import dev.craft.server.api.PageRequest;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.db.Sql;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What monitoring found: the event stream and the exploited-on-market alerts. */
@RestController
@RequestMapping("/api/v1/orgs/{org}")
class MonitoringController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MonitoringController(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Event(long id, Instant at, String kind, String product, String release, Long findingId, JsonNode payload) {}

    /**
     * An actively exploited vulnerability in a release on the EU market: the trigger of an Art 14(1)
     * notification, with what the early warning needs (product, release, member states, exploitation evidence).
     */
    record Alert(long id, String product, String release, long findingId, String componentName, String componentVersion, String purl,
            String vulnerabilityId, String exploitedSource, LocalDate exploitedSince, List<String> memberStates, LocalDate supportEnd,
            Instant raisedAt, String status, String acknowledgedBy, Instant acknowledgedAt) {}

    @GetMapping("/events")
    @RequiresPermission(Permission.MONITORING_READ)
    Page<Event> events(Tenant tenant, @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String kind) {
        var page = PageRequest.of(limit, cursor);
        var rows = jdbc.sql("""
                        select e.id, e.at, e.kind, p.key, r.version, e.finding_id, e.payload::text
                        from monitoring_event e left join product p on p.id = e.product_id left join release r on r.id = e.release_id
                        where e.org_id = :org and e.id > :after and (cast(:kind as text) is null or e.kind = :kind)
                        order by e.id limit :limit""")
                .param("org", tenant.orgId()).param("after", page.after()).param("kind", kind).param("limit", page.fetchSize())
                .query((rs, n) -> new Event(rs.getLong(1), Sql.instant(rs.getObject(2, OffsetDateTime.class)), rs.getString(3),
                        rs.getString(4), rs.getString(5), (Long) rs.getObject(6), JSON.readTree(rs.getString(7))))
                .list();
        return Page.of(rows, page, Event::id);
    }

    static final String ALERT_SELECT = """
            select a.id, p.key, r.version, a.finding_id, a.component_name, a.component_version, a.purl, a.vulnerability_id,
                   a.exploited_source, a.exploited_since, a.member_states, r.support_end, a.raised_at, a.status,
                   a.acknowledged_by, a.acknowledged_at
            from exploited_alert a join product p on p.id = a.product_id join release r on r.id = a.release_id
            """;

    @GetMapping("/alerts")
    @RequiresPermission(Permission.MONITORING_READ)
    Page<Alert> alerts(Tenant tenant, @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String status) {
        var page = PageRequest.of(limit, cursor);
        var rows = jdbc.sql(ALERT_SELECT + """
                        where a.org_id = :org and a.id > :after and (cast(:status as text) is null or a.status = :status)
                        order by a.id limit :limit""")
                .param("org", tenant.orgId()).param("after", page.after()).param("status", status).param("limit", page.fetchSize())
                .query(MonitoringController::alert).list();
        return Page.of(rows, page, Alert::id);
    }

    @GetMapping("/alerts/{alertId}")
    @RequiresPermission(Permission.MONITORING_READ)
    Alert alert(Tenant tenant, @PathVariable long alertId) {
        return jdbc.sql(ALERT_SELECT + " where a.org_id = :org and a.id = :id")
                .param("org", tenant.orgId()).param("id", alertId).query(MonitoringController::alert).optional()
                .orElseThrow(() -> ApiException.notFound("alert " + alertId));
    }

    @PostMapping("/alerts/{alertId}/acknowledge")
    @RequiresPermission(Permission.ALERT_MANAGE)
    @Transactional
    Alert acknowledge(Tenant tenant, @PathVariable long alertId) {
        var before = alert(tenant, alertId);
        if (before.status().equals("acknowledged")) return before;
        jdbc.sql("update exploited_alert set status = 'acknowledged', acknowledged_by = :by, acknowledged_at = :at where org_id = :org and id = :id")
                .param("by", tenant.actor()).param("at", Sql.utc(clock.instant())).param("org", tenant.orgId()).param("id", alertId).update();
        var after = alert(tenant, alertId);
        audit.record(tenant.orgId(), tenant.actor(), "alert.acknowledged", "exploited-alert", alertId, before, after);
        return after;
    }

    private static Alert alert(ResultSet rs, int n) throws SQLException {
        return new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class), List.of((String[]) rs.getArray(11).getArray()),
                rs.getObject(12, LocalDate.class), Sql.instant(rs.getObject(13, OffsetDateTime.class)), rs.getString(14), rs.getString(15),
                Sql.instant(rs.getObject(16, OffsetDateTime.class)));
    }
}
