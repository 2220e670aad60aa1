package dev.craft.server.finding;

import dev.craft.server.api.ApiException;
import dev.craft.server.api.PageRequest;
import dev.craft.server.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading findings with their triage in force. */
@Component
public class FindingQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    FindingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a carried-over decision came from. */
    public record Origin(long releaseId, String release, long decisionId) {}

    public record Triage(long id, String state, String justification, List<String> responses, String comment, String decidedBy,
            Instant decidedAt, Origin origin) {}

    public record Finding(long id, String product, String release, String componentKey, String componentName, String componentVersion,
            String purl, String vulnerabilityId, List<String> aliases, String severity, String summary, boolean exploited,
            String exploitedSource, LocalDate exploitedSince, JsonNode details, Instant firstSeenAt, Instant removedAt, Triage triage) {}

    static final String SELECT = """
            select f.id, p.key, r.version, f.component_key, f.component_name, f.component_version, f.purl, f.vulnerability_id,
                   f.aliases, f.severity, f.summary, f.exploited, f.exploited_source, f.exploited_since, f.details::text,
                   f.first_seen_at, f.removed_at,
                   t.id, t.state, t.justification, t.responses, t.comment, t.decided_by, t.decided_at,
                   t.origin_release_id, orr.version, t.origin_decision_id
            from finding f
            join product p on p.id = f.product_id
            join release r on r.id = f.release_id
            left join triage_decision t on t.id = f.current_triage_id
            left join release orr on orr.id = t.origin_release_id
            """;

    public List<Finding> forRelease(long orgId, long releaseId, boolean includeRemoved, PageRequest page) {
        return jdbc.sql(SELECT + """
                        where f.org_id = :org and f.release_id = :release and f.id > :after
                          and (:removed or f.removed_at is null)
                        order by f.id limit :limit""")
                .param("org", orgId).param("release", releaseId).param("after", page.after()).param("removed", includeRemoved)
                .param("limit", page.fetchSize())
                .query(FindingQueries::row).list();
    }

    /** Every current finding of a release, for the gate and the push answer. */
    public List<Finding> current(long orgId, long releaseId) {
        return jdbc.sql(SELECT + " where f.org_id = :org and f.release_id = :release and f.removed_at is null order by f.id")
                .param("org", orgId).param("release", releaseId).query(FindingQueries::row).list();
    }

    /** Every finding a release ever had, removed ones included (for evidence exports). */
    public List<Finding> everyFinding(long orgId, long releaseId) {
        return jdbc.sql(SELECT + " where f.org_id = :org and f.release_id = :release order by f.id")
                .param("org", orgId).param("release", releaseId).query(FindingQueries::row).list();
    }

    public Finding require(long orgId, long findingId) {
        return jdbc.sql(SELECT + " where f.org_id = :org and f.id = :id")
                .param("org", orgId).param("id", findingId).query(FindingQueries::row).optional()
                .orElseThrow(() -> ApiException.notFound("finding " + findingId));
    }

    public List<Triage> history(long orgId, long findingId) {
        return jdbc.sql("""
                        select t.id, t.state, t.justification, t.responses, t.comment, t.decided_by, t.decided_at,
                               t.origin_release_id, orr.version, t.origin_decision_id
                        from triage_decision t left join release orr on orr.id = t.origin_release_id
                        where t.org_id = :org and t.finding_id = :id order by t.id""")
                .param("org", orgId).param("id", findingId)
                .query((rs, n) -> triage(rs, 1)).list();
    }

    static Finding row(ResultSet rs, int n) throws SQLException {
        String details = rs.getString(15);
        return new Finding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), Arrays.asList((String[]) rs.getArray(9).getArray()), rs.getString(10),
                rs.getString(11), rs.getBoolean(12), rs.getString(13), rs.getObject(14, LocalDate.class),
                details == null ? null : JSON.readTree(details), Sql.instant(rs.getObject(16, OffsetDateTime.class)),
                Sql.instant(rs.getObject(17, OffsetDateTime.class)), rs.getObject(18) == null ? null : triage(rs, 18));
    }

    private static Triage triage(ResultSet rs, int from) throws SQLException {
        long originRelease = rs.getLong(from + 7);
        Origin origin = rs.wasNull() ? null : new Origin(originRelease, rs.getString(from + 8), rs.getLong(from + 9));
        return new Triage(rs.getLong(from), rs.getString(from + 1), rs.getString(from + 2),
                Arrays.asList((String[]) rs.getArray(from + 3).getArray()), rs.getString(from + 4), rs.getString(from + 5),
                Sql.instant(rs.getObject(from + 6, OffsetDateTime.class)), origin);
    }
}
