package dev.craft.server.advisory;

import dev.craft.sbom.Component;
import dev.craft.sbom.DependencyGraph;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.SbomFormat;
import dev.craft.sbom.SbomMetadata;
import dev.craft.server.db.Sql;
import dev.craft.server.finding.FindingStore;
import dev.craft.server.monitoring.Monitoring;
import dev.craft.vuln.Exploited;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Continuous monitoring after an advisory import, without rescanning the portfolio: the import's changed
 * package keys find the stored components they touch (one indexed query over every release's current
 * SBOM); only those components are matched again, release by release, each in its own transaction.
 * New findings become events, and alerts where they are actively exploited on the EU market. Ids newly
 * known as exploited (KEV, EUVD) mark the existing findings that carry them, with the same alerts.
 * Running it twice does nothing more than running it once.
 */
@org.springframework.stereotype.Component
class PortfolioMatcher {

    private static final Logger LOG = LoggerFactory.getLogger(PortfolioMatcher.class);
    private static final String ACTOR = "system:monitoring";

    private final JdbcClient jdbc;
    private final AdvisoryIndex index;
    private final FindingStore findings;
    private final Monitoring monitoring;
    private final TransactionTemplate tx;
    private final Clock clock;

    PortfolioMatcher(JdbcClient jdbc, AdvisoryIndex index, FindingStore findings, Monitoring monitoring, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.index = index;
        this.findings = findings;
        this.monitoring = monitoring;
        this.tx = tx;
        this.clock = clock;
    }

    record Affected(long orgId, long productId, long releaseId, String ref, String group, String name, String version, String purl) {}

    void run(long importId) {
        record Job(String source, String[] keys, String[] exploited) {}
        Job job = jdbc.sql("select source, package_keys, exploited_ids from advisory_import where id = :id").param("id", importId)
                .query((rs, n) -> new Job(rs.getString(1), (String[]) rs.getArray(2).getArray(), (String[]) rs.getArray(3).getArray()))
                .single();
        try {
            var loaded = index.refreshIfStale();
            String cause = "advisory import " + importId + " (" + job.source() + ")";
            int newFindings = 0;
            int alerts = 0;
            var releases = new java.util.HashSet<Long>();
            // 1. Components touched by new or changed advisories, in the current SBOM of each release.
            List<Affected> affected = job.keys().length == 0 ? List.of() : jdbc.sql("""
                            select c.org_id, r.product_id, c.release_id, c.ref, c.grp as "group", c.name, c.version, c.purl
                            from component c join release r on r.id = c.release_id and r.current_sbom_id = c.sbom_id
                            where c.package_key = any(cast(:keys as text[]))
                            order by c.release_id""")
                    .param("keys", job.keys()).query(Affected.class).list();
            Map<Long, List<Affected>> byRelease = new LinkedHashMap<>();
            for (Affected a : affected) byRelease.computeIfAbsent(a.releaseId(), k -> new ArrayList<>()).add(a);
            for (var e : byRelease.entrySet()) {
                List<Affected> components = e.getValue();
                Affected first = components.get(0);
                var scan = loaded.scanner().scan(miniSbom(components), cause, List.of());
                Map<String, String> groups = new HashMap<>();
                for (Affected a : components) groups.put(a.ref(), a.group());
                var matches = Matches.of(scan.findings(), groups);
                int[] counts = tx.execute(status -> {
                    var recorded = findings.record(first.orgId(), first.productId(), first.releaseId(), matches, false);
                    int raised = monitoring.newFindings(first.orgId(), first.releaseId(), recorded.inserted(), cause, ACTOR);
                    return new int[] {recorded.inserted().size(), raised};
                });
                newFindings += counts[0];
                alerts += counts[1];
                if (counts[0] > 0) releases.add(first.releaseId());
            }
            // 2. Existing findings whose vulnerability is now known to be actively exploited.
            if (job.exploited().length > 0) alerts += markExploited(job.exploited(), loaded, cause, releases);
            int affectedReleases = releases.size();
            int finalNew = newFindings;
            int finalAlerts = alerts;
            jdbc.sql("""
                            update advisory_import set status = 'done', finished_at = :at, affected_releases = :releases,
                                   new_findings = :findings, alerts = :alerts where id = :id""")
                    .param("at", Sql.utc(clock.instant())).param("releases", affectedReleases).param("findings", finalNew)
                    .param("alerts", finalAlerts).param("id", importId).update();
            LOG.info("{}: {} components re-matched in {} releases, {} new findings, {} alerts", cause, affected.size(),
                    byRelease.size(), newFindings, alerts);
        } catch (RuntimeException e) {
            LOG.error("monitoring after advisory import {} failed", importId, e);
            jdbc.sql("update advisory_import set status = 'failed', finished_at = :at, error = :error where id = :id")
                    .param("at", Sql.utc(clock.instant())).param("error", String.valueOf(e.getMessage())).param("id", importId).update();
        }
    }

    private int markExploited(String[] ids, AdvisoryIndex.Loaded loaded, String cause, Set<Long> releases) {
        record Hit(long id, long orgId, long releaseId, String vulnerabilityId, String[] aliases) {}
        List<Hit> hits = jdbc.sql("""
                        select id, org_id, release_id, vulnerability_id, aliases from finding
                        where not exploited and removed_at is null
                          and (vulnerability_id = any(cast(:ids as text[])) or aliases && cast(:ids as text[]))""")
                .param("ids", ids)
                .query((rs, n) -> new Hit(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), (String[]) rs.getArray(5).getArray()))
                .list();
        Map<Long, List<Long>> byRelease = new LinkedHashMap<>();
        Map<Long, Long> orgOf = new HashMap<>();
        int alerts = 0;
        for (Hit h : hits) {
            var all = new java.util.LinkedHashSet<String>();
            all.add(h.vulnerabilityId());
            all.addAll(List.of(h.aliases()));
            List<Exploited> evidence = loaded.index().exploitation(all);
            if (evidence.isEmpty()) continue;
            Exploited x = evidence.get(0);
            jdbc.sql("update finding set exploited = true, exploited_source = :source, exploited_since = :since where id = :id")
                    .param("source", x.source()).param("since", x.since()).param("id", h.id()).update();
            byRelease.computeIfAbsent(h.releaseId(), k -> new ArrayList<>()).add(h.id());
            orgOf.put(h.releaseId(), h.orgId());
        }
        for (var e : byRelease.entrySet()) {
            long org = orgOf.get(e.getKey());
            alerts += tx.execute(status -> monitoring.exploitationFound(org, e.getKey(), e.getValue(), cause, ACTOR));
            releases.add(e.getKey());
        }
        return alerts;
    }

    /** The touched components as an SBOM, so that the scanner does exactly what it does for an upload. */
    private static Sbom miniSbom(List<Affected> components) {
        var list = new ArrayList<Component>(components.size());
        for (Affected a : components) {
            list.add(new Component(a.ref(), null, a.group(), a.name(), a.version(), null, null, List.of(),
                    a.purl() == null ? List.of() : List.of(a.purl()), List.of(), null, List.of(), List.of(), List.of(), List.of(),
                    null, null, null));
        }
        var metadata = new SbomMetadata(SbomFormat.CYCLONEDX_JSON, "stored", null, null, null, null, List.of(), null, null, List.of(),
                List.of(), List.of(), List.of());
        return new Sbom(metadata, null, list, DependencyGraph.empty(), List.of());
    }
}
