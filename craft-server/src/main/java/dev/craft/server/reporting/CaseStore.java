package dev.craft.server.reporting;

import dev.craft.report.cases.FindingSnapshot;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.json.CaseJson;
import dev.craft.server.api.ApiException;
import dev.craft.server.db.Sql;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reporting cases in PostgreSQL: one row per case with the core model's JSON document as the source of truth and a
 * few columns for lists and lookups. Every query filters on the organisation.
 */
@Component
class CaseStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One line of the case list. */
    record Summary(@com.fasterxml.jackson.annotation.JsonIgnore long rowId, String caseKey, String kind, String status, String title, Instant awareness, Instant openedAt,
                   Instant updatedAt) {}

    Optional<StoredCase> find(long orgId, String caseKey, boolean forUpdate) {
        return jdbc.sql("select id, org_id, document::text, version from reporting_case where org_id = :org and case_key = :key"
                        + (forUpdate ? " for update" : ""))
                .param("org", orgId).param("key", caseKey).query(CaseStore::row).optional();
    }

    StoredCase get(long orgId, String caseKey, boolean forUpdate) {
        return find(orgId, caseKey, forUpdate).orElseThrow(() -> ApiException.notFound("reporting case " + caseKey));
    }

    StoredCase byRowId(long rowId, boolean forUpdate) {
        return jdbc.sql("select id, org_id, document::text, version from reporting_case where id = :id" + (forUpdate ? " for update" : ""))
                .param("id", rowId).query(CaseStore::row).single();
    }

    /** The PROPOSED or OPEN case of the organisation about one of these vulnerability ids, if any (alerts group into it). */
    Optional<StoredCase> activeFor(long orgId, Collection<String> vulnerabilityIds) {
        return jdbc.sql("""
                        select id, org_id, document::text, version from reporting_case
                        where org_id = :org and status in ('PROPOSED', 'OPEN') and vulnerability_id = any(cast(:ids as text[]))
                        order by id limit 1 for update""")
                .param("org", orgId).param("ids", vulnerabilityIds.toArray(String[]::new)).query(CaseStore::row).optional();
    }

    /** Row ids of every PROPOSED or OPEN case, of every organisation: the warning job's work list. */
    List<Long> activeIds() {
        return jdbc.sql("select id from reporting_case where status in ('PROPOSED', 'OPEN') order by id").query(Long.class).list();
    }

    StoredCase insert(long orgId, ReportingCase c) {
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into reporting_case (org_id, case_key, kind, status, title, vulnerability_id, awareness_at, document,
                                                    opened_at, updated_at)
                        values (:org, :key, :kind, :status, :title, :vuln, :aware, cast(:doc as jsonb), :opened, :now)
                        returning id""")
                .param("org", orgId).param("key", c.id()).param("kind", c.kind().name()).param("status", c.status().name())
                .param("title", c.title()).param("vuln", vulnerabilityId(c)).param("aware", Sql.utc(c.awareness().at()))
                .param("doc", json(c)).param("opened", Sql.utc(c.openedAt())).param("now", Sql.utc(now))
                .query(Long.class).single();
        return new StoredCase(id, orgId, c, 1);
    }

    /** Saves a changed case; refuses when someone else changed it since it was read. */
    StoredCase update(StoredCase stored, ReportingCase after) {
        int n = jdbc.sql("""
                        update reporting_case set document = cast(:doc as jsonb), status = :status, title = :title, kind = :kind,
                               awareness_at = :aware, vulnerability_id = :vuln, version = version + 1, updated_at = :now
                        where id = :id and version = :version""")
                .param("doc", json(after)).param("status", after.status().name()).param("title", after.title())
                .param("kind", after.kind().name()).param("aware", Sql.utc(after.awareness().at())).param("vuln", vulnerabilityId(after))
                .param("now", Sql.utc(clock.instant())).param("id", stored.id()).param("version", stored.version()).update();
        if (n != 1) throw ApiException.conflict("reporting case " + after.id() + " was changed meanwhile: read it again and retry");
        return new StoredCase(stored.id(), stored.orgId(), after, stored.version() + 1);
    }

    List<Summary> list(long orgId, String status, long after, int limit) {
        return jdbc.sql("""
                        select id, case_key, kind, status, title, awareness_at, opened_at, updated_at from reporting_case
                        where org_id = :org and id > :after and (cast(:status as text) is null or status = :status)
                        order by id limit :limit""")
                .param("org", orgId).param("after", after).param("status", status).param("limit", limit)
                .query((rs, n) -> new Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Sql.instant(rs.getObject(6, OffsetDateTime.class)), Sql.instant(rs.getObject(7, OffsetDateTime.class)),
                        Sql.instant(rs.getObject(8, OffsetDateTime.class))))
                .list();
    }

    String orgName(long orgId) {
        return jdbc.sql("select name from org where id = :id").param("id", orgId).query(String.class).single();
    }

    /** The next case id of the organisation: RC-2026-0001, RC-2026-0002, ... */
    String nextKey(long orgId) {
        int year = clock.instant().atOffset(ZoneOffset.UTC).getYear();
        int n = jdbc.sql("""
                        insert into reporting_case_counter (org_id, year, last) values (:org, :year, 1)
                        on conflict (org_id, year) do update set last = reporting_case_counter.last + 1
                        returning last""")
                .param("org", orgId).param("year", year).query(Integer.class).single();
        return String.format("RC-%d-%04d", year, n);
    }

    /** The vulnerability a case is about: the first finding's CVE, else its advisory id. */
    static String vulnerabilityId(ReportingCase c) {
        for (FindingSnapshot f : c.findings()) return f.cve() != null ? f.cve() : f.advisoryId();
        return null;
    }

    private static String json(ReportingCase c) {
        return new String(CaseJson.write(c), StandardCharsets.UTF_8);
    }

    private static StoredCase row(ResultSet rs, int n) throws SQLException {
        var doc = CaseJson.read("reporting_case " + rs.getLong(1), new ByteArrayInputStream(rs.getString(3).getBytes(StandardCharsets.UTF_8)));
        return new StoredCase(rs.getLong(1), rs.getLong(2), doc, rs.getInt(4));
    }
}
