package dev.craft.server.finding;

import dev.craft.server.audit.AuditJson;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records a release's matches as findings, set-based (one statement per step, whatever the number of
 * matches): new ones are inserted, known ones refreshed, vanished ones marked removed, and triage
 * decisions in force for the same vulnerability and component identity in the product's other releases
 * carried over to the new ones, with their origin.
 */
@Component
public class FindingStore {

    private final JdbcClient jdbc;

    FindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What recording changed. */
    public record Recorded(List<Long> inserted, int removed, int carriedOver) {}

    /**
     * Records {@code matches} as the release's complete current findings ({@code complete} = matches not
     * listed are gone, as after a new SBOM) or as additions only (after an advisory import).
     */
    public Recorded record(long orgId, long productId, long releaseId, List<Match> matches, boolean complete) {
        int n = matches.size();
        var keys = new String[n];
        var identities = new String[n];
        var names = new String[n];
        var versions = new String[n];
        var purls = new String[n];
        var vulns = new String[n];
        var aliases = new String[n];
        var severities = new String[n];
        var summaries = new String[n];
        var exploited = new Boolean[n];
        var sources = new String[n];
        var since = new String[n];
        var details = new String[n];
        for (int i = 0; i < n; i++) {
            Match m = matches.get(i);
            keys[i] = m.componentKey();
            identities[i] = m.componentIdentity();
            names[i] = m.componentName();
            versions[i] = m.componentVersion();
            purls[i] = m.purl();
            vulns[i] = m.vulnerabilityId();
            aliases[i] = AuditJson.MAPPER.writeValueAsString(m.aliases());
            severities[i] = m.severity();
            summaries[i] = m.summary();
            exploited[i] = m.exploited();
            sources[i] = m.exploitedSource();
            since[i] = m.exploitedSince() == null ? null : m.exploitedSince().toString();
            details[i] = AuditJson.MAPPER.writeValueAsString(m.details());
        }
        record Row(long id, boolean inserted) {}
        // xmax = 0 tells a fresh insert from an update in ON CONFLICT DO UPDATE.
        List<Row> rows = n == 0 ? List.of() : jdbc.sql("""
                        insert into finding (org_id, product_id, release_id, component_key, component_identity, component_name,
                                             component_version, purl, vulnerability_id, aliases, severity, summary, exploited,
                                             exploited_source, exploited_since, details, first_seen_at)
                        select :org, :product, :release, m.key, m.identity, m.name, m.version, m.purl, m.vuln,
                               array(select jsonb_array_elements_text(m.aliases::jsonb)), m.severity, m.summary, m.exploited,
                               m.source, m.since, m.details::jsonb, now()
                        from unnest(cast(:keys as text[]), cast(:identities as text[]), cast(:names as text[]),
                                    cast(:versions as text[]), cast(:purls as text[]), cast(:vulns as text[]), cast(:aliases as text[]),
                                    cast(:severities as text[]), cast(:summaries as text[]), cast(:exploited as boolean[]),
                                    cast(:sources as text[]), cast(:since as date[]), cast(:details as text[]))
                             as m(key, identity, name, version, purl, vuln, aliases, severity, summary, exploited, source, since, details)
                        on conflict (release_id, component_key, vulnerability_id) do update
                            set removed_at = null, severity = excluded.severity, summary = excluded.summary, aliases = excluded.aliases,
                                exploited = excluded.exploited or finding.exploited,
                                exploited_source = coalesce(excluded.exploited_source, finding.exploited_source),
                                exploited_since = coalesce(excluded.exploited_since, finding.exploited_since),
                                details = excluded.details
                        returning id, (xmax = 0) as inserted""")
                .param("org", orgId).param("product", productId).param("release", releaseId)
                .param("keys", keys).param("identities", identities).param("names", names).param("versions", versions)
                .param("purls", purls).param("vulns", vulns).param("aliases", aliases).param("severities", severities)
                .param("summaries", summaries).param("exploited", exploited).param("sources", sources).param("since", since)
                .param("details", details)
                .query(Row.class).list();
        var all = rows.stream().map(Row::id).toArray(Long[]::new);
        var inserted = new ArrayList<Long>();
        for (Row r : rows) if (r.inserted()) inserted.add(r.id());
        int removed = !complete ? 0 : jdbc.sql("""
                        update finding set removed_at = now()
                        where release_id = :release and removed_at is null and not (id = any(cast(:current as bigint[])))""")
                .param("release", releaseId).param("current", all).update();
        int carried = inserted.isEmpty() ? 0 : carryOver(inserted.toArray(Long[]::new));
        return new Recorded(List.copyOf(inserted), removed, carried);
    }

    /**
     * For each new finding: the most recent decision in force on a finding of another release of the same
     * product, for the same vulnerability and component identity, is copied, naming where it came from.
     */
    private int carryOver(Long[] findingIds) {
        return jdbc.sql("""
                        with carried as (
                            insert into triage_decision (org_id, finding_id, product_id, vulnerability_id, component_identity, state,
                                                         justification, responses, comment, decided_by, decided_at,
                                                         origin_release_id, origin_decision_id)
                            select f.org_id, f.id, f.product_id, f.vulnerability_id, f.component_identity, src.state,
                                   src.justification, src.responses, src.comment, src.decided_by, src.decided_at,
                                   coalesce(src.origin_release_id, src.release_id), coalesce(src.origin_decision_id, src.id)
                            from finding f
                            join lateral (
                                select t.*, tf.release_id
                                from triage_decision t
                                join finding tf on tf.id = t.finding_id and tf.current_triage_id = t.id
                                where t.product_id = f.product_id and t.vulnerability_id = f.vulnerability_id
                                  and t.component_identity = f.component_identity and tf.release_id <> f.release_id
                                order by t.decided_at desc, t.id desc
                                limit 1) src on true
                            where f.id = any(cast(:ids as bigint[])) and f.current_triage_id is null
                            returning id, finding_id)
                        update finding f set current_triage_id = c.id from carried c where f.id = c.finding_id""")
                .param("ids", findingIds).update();
    }
}
