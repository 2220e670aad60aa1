package dev.craft.server.advisory;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.db.Sql;
import dev.craft.vuln.Advisory;
import dev.craft.vuln.EuvdEntry;
import dev.craft.vuln.KevEntry;
import dev.craft.vuln.MatchIndex;
import dev.craft.vuln.PackageKey;
import dev.craft.vuln.SourceSnapshot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an imported (or synced) source and finds out what changed: advisories new or modified since the
 * source's last import, and vulnerabilities newly known as actively exploited. Their package keys and
 * ids go to the monitoring job, scheduled in the same transaction.
 */
@Component
public class AdvisoryImports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final AdvisorySources sources;
    private final SchedulerClient scheduler;
    private final AuditLog audit;
    private final Clock clock;

    AdvisoryImports(JdbcClient jdbc, AdvisorySources sources, SchedulerClient scheduler, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.scheduler = scheduler;
        this.audit = audit;
        this.clock = clock;
    }

    /** One import and what it did; the monitoring fields fill in when the job is done. */
    public record ImportView(long id, String source, String kind, String status, int records, int changed, int packageKeys,
            int newlyExploited, Integer affectedReleases, Integer newFindings, Integer alerts, String error, Instant startedAt,
            Instant finishedAt) {}

    @Transactional
    public ImportView store(SourceSnapshot snapshot, String actor) {
        long importId = jdbc.sql("""
                        insert into advisory_import (source, kind, requested_by, started_at, status)
                        values (:source, :kind, :by, :at, 'matching') returning id""")
                .param("source", snapshot.name()).param("kind", snapshot.info().kind().name()).param("by", actor)
                .param("at", Sql.utc(clock.instant())).query(Long.class).single();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> exploited = new LinkedHashSet<>();
        Set<String> previouslyExploited = exploitedIds(sources.load(snapshot.name()));
        sources.save(snapshot, importId); // before its advisories, which reference it
        int changed = switch (snapshot.content()) {
            case SourceSnapshot.OsvContent osv -> storeAdvisories(snapshot.name(), osv.advisories(), keys);
            case SourceSnapshot.KevContent kev -> newlyExploited(kevIds(kev.entries()), previouslyExploited, exploited);
            case SourceSnapshot.EuvdContent euvd -> newlyExploited(euvdIds(euvd.entries()), previouslyExploited, exploited);
            case SourceSnapshot.EpssContent epss -> 0;
        };
        jdbc.sql("""
                        update advisory_import set records = :records, changed = :changed, package_keys = :keys, exploited_ids = :exploited
                        where id = :id""")
                .param("records", snapshot.info().records()).param("changed", changed)
                .param("keys", keys.toArray(String[]::new)).param("exploited", exploited.toArray(String[]::new)).param("id", importId)
                .update();
        audit.record(AuditLog.INSTANCE_CHAIN, actor, "advisories.imported", "advisory-source", snapshot.name(), null,
                Map.of("import", importId, "kind", snapshot.info().kind().name(), "sha256", snapshot.info().sha256(),
                        "location", snapshot.info().location(), "records", snapshot.info().records(), "changed", changed,
                        "newlyExploited", exploited.size()));
        scheduler.schedule(AdvisoryJobs.MONITOR.instance(Long.toString(importId)).data(importId).build(), clock.instant());
        return get(importId);
    }

    public ImportView get(long id) {
        return jdbc.sql("""
                        select id, source, kind, status, records, changed, cardinality(package_keys), cardinality(exploited_ids),
                               affected_releases, new_findings, alerts, error, started_at, finished_at
                        from advisory_import where id = :id""")
                .param("id", id)
                .query((rs, n) -> new ImportView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10),
                        (Integer) rs.getObject(11), rs.getString(12), Sql.instant(rs.getObject(13, java.time.OffsetDateTime.class)),
                        Sql.instant(rs.getObject(14, java.time.OffsetDateTime.class))))
                .optional().orElseThrow(() -> dev.craft.server.api.ApiException.notFound("import " + id));
    }

    /** Upserts the source's advisories, removes the ones it no longer has; returns how many are new or changed. */
    private int storeAdvisories(String source, List<Advisory> advisories, Set<String> changedKeys) {
        Map<String, String> before = new HashMap<>();
        jdbc.sql("select id, content_sha256 from advisory where source = :s").param("s", source)
                .query(rs -> {
                    before.put(rs.getString(1), rs.getString(2));
                });
        int n = advisories.size();
        var ids = new String[n];
        var aliases = new String[n];
        var summaries = new String[n];
        var modified = new String[n];
        var withdrawn = new String[n];
        var keys = new String[n];
        var shas = new String[n];
        int changed = 0;
        for (int i = 0; i < n; i++) {
            Advisory a = advisories.get(i);
            String sha = sha256(JSON.writeValueAsString(a));
            List<String> packageKeys = MatchIndex.packageKeysOf(a).stream().map(PackageKey::toString).toList();
            if (!sha.equals(before.get(a.id()))) {
                changed++;
                changedKeys.addAll(packageKeys);
            }
            ids[i] = a.id();
            aliases[i] = JSON.writeValueAsString(a.aliases());
            summaries[i] = a.summary();
            modified[i] = a.modified() == null ? null : a.modified().toString();
            withdrawn[i] = a.withdrawn() == null ? null : a.withdrawn().toString();
            keys[i] = JSON.writeValueAsString(packageKeys);
            shas[i] = sha;
        }
        jdbc.sql("""
                        insert into advisory (source, id, aliases, summary, modified, withdrawn, package_keys, content_sha256)
                        select :source, a.id, array(select jsonb_array_elements_text(a.aliases::jsonb)), a.summary,
                               a.modified::timestamptz, a.withdrawn::timestamptz,
                               array(select jsonb_array_elements_text(a.keys::jsonb)), a.sha
                        from unnest(cast(:ids as text[]), cast(:aliases as text[]), cast(:summaries as text[]), cast(:modified as text[]),
                                    cast(:withdrawn as text[]), cast(:keys as text[]), cast(:shas as text[]))
                             as a(id, aliases, summary, modified, withdrawn, keys, sha)
                        on conflict (source, id) do update set aliases = excluded.aliases, summary = excluded.summary,
                            modified = excluded.modified, withdrawn = excluded.withdrawn, package_keys = excluded.package_keys,
                            content_sha256 = excluded.content_sha256
                        where advisory.content_sha256 <> excluded.content_sha256""")
                .param("source", source).param("ids", ids).param("aliases", aliases).param("summaries", summaries)
                .param("modified", modified).param("withdrawn", withdrawn).param("keys", keys).param("shas", shas)
                .update();
        jdbc.sql("delete from advisory where source = :s and not (id = any(cast(:ids as text[])))").param("s", source).param("ids", ids).update();
        return changed;
    }

    /** Ids the source did not list at its last import: vulnerabilities newly known as exploited. */
    private static int newlyExploited(Set<String> ids, Set<String> previous, Set<String> out) {
        for (String id : ids) if (!previous.contains(id)) out.add(id);
        return out.size();
    }

    private static Set<String> exploitedIds(List<SourceSnapshot> snapshots) {
        Set<String> ids = new java.util.HashSet<>();
        for (SourceSnapshot s : snapshots) {
            switch (s.content()) {
                case SourceSnapshot.KevContent k -> ids.addAll(kevIds(k.entries()));
                case SourceSnapshot.EuvdContent e -> ids.addAll(euvdIds(e.entries()));
                default -> { }
            }
        }
        return ids;
    }

    private static Set<String> kevIds(List<KevEntry> entries) {
        var ids = new LinkedHashSet<String>();
        for (KevEntry k : entries) ids.add(k.cveId());
        return ids;
    }

    private static Set<String> euvdIds(List<EuvdEntry> entries) {
        var ids = new LinkedHashSet<String>();
        for (EuvdEntry e : entries) {
            ids.add(e.euvdId());
            ids.addAll(e.aliases());
        }
        return ids;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> list(Set<String> s) {
        return new ArrayList<>(s);
    }
}
