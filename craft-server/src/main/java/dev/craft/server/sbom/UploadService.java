package dev.craft.server.sbom;

import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.SbomReader;
import dev.craft.server.advisory.AdvisoryIndex;
import dev.craft.server.advisory.Matches;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.db.Sql;
import dev.craft.server.finding.FindingQueries;
import dev.craft.server.finding.FindingStore;
import dev.craft.server.finding.Gate;
import dev.craft.server.monitoring.Monitoring;
import dev.craft.server.product.Products;
import dev.craft.server.release.Releases;
import dev.craft.server.security.Tenant;
import dev.craft.vuln.ScanResult;
import dev.craft.vuln.SeverityLevel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CI path: parse the SBOM (craft-sbom), match it (craft-vuln), then store everything in one
 * transaction: the release if new, the SBOM verbatim and normalized, its components, the findings with
 * carried-over triage, events, alerts, the audit entries and the answer. A document the reader rejects
 * stores nothing; a failure anywhere before the commit leaves no trace. Pushing the same bytes again
 * for the same release stores nothing and answers with the findings in force.
 */
@Service
public class UploadService {

    private final Products products;
    private final Releases releases;
    private final SbomStore sboms;
    private final FindingStore findings;
    private final FindingQueries findingQueries;
    private final Monitoring monitoring;
    private final AdvisoryIndex index;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Timer parseTimer;
    private final Timer matchTimer;
    private final Timer storeTimer;

    UploadService(Products products, Releases releases, SbomStore sboms, FindingStore findings, FindingQueries findingQueries,
            Monitoring monitoring, AdvisoryIndex index, AuditLog audit, JdbcClient jdbc, TransactionTemplate tx, Clock clock,
            MeterRegistry meters) {
        this.products = products;
        this.releases = releases;
        this.sboms = sboms;
        this.findings = findings;
        this.findingQueries = findingQueries;
        this.monitoring = monitoring;
        this.index = index;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        // Where a push's time goes, on /actuator/prometheus (craft_upload_seconds{stage=...}).
        this.parseTimer = Timer.builder("craft.upload").tag("stage", "parse").description("reading the SBOM (craft-sbom)").register(meters);
        this.matchTimer = Timer.builder("craft.upload").tag("stage", "match").description("matching it (craft-vuln)").register(meters);
        this.storeTimer = Timer.builder("craft.upload").tag("stage", "store").description("the transaction that stores it").register(meters);
    }

    public record Pushed(UploadResult result, boolean created) {}

    public Pushed push(Tenant tenant, String productKey, String version, byte[] body, String filename, String mediaType, Gate.FailOn failOn) {
        var product = products.require(tenant.orgId(), productKey);
        Releases.requireValidVersion(version);
        String name = filename == null || filename.isBlank() ? "upload" : filename;
        String sha256 = sha256(body);
        SbomReadResult read = parseTimer.record(() -> SbomReader.readWithWarnings(name, body)); // InputException: 422, nothing stored
        var loaded = index.current();
        ScanResult scan = matchTimer.record(() -> loaded.scanner().scan(read.sbom(), name, List.of()));
        Map<String, String> groups = new HashMap<>();
        for (var c : read.sbom().components()) groups.put(c.ref(), c.group());
        var matches = Matches.of(scan.findings(), groups);
        boolean checked = loaded.index().advisories() > 0;
        return storeTimer.record(() -> tx.execute(status -> {
            // Pushes of one release queue here, so that find-or-create and the duplicate check are race-free.
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                    .param("key", tenant.orgId() + "/" + productKey + "@" + version).query((rs, n) -> 1).list();
            Instant now = clock.instant();
            var existing = releases.find(tenant.orgId(), product.id(), version);
            boolean releaseCreated = existing.isEmpty();
            long releaseId;
            if (releaseCreated) {
                releaseId = releases.insert(tenant.orgId(), product.id(), version, null, null, List.of());
                audit.record(tenant.orgId(), tenant.actor(), "release.created", "release", productKey + "@" + version, null,
                        releases.get(tenant.orgId(), releaseId));
            } else {
                releaseId = existing.get().id();
            }
            var already = sboms.find(releaseId, sha256);
            if (already.isPresent()) return new Pushed(repeated(tenant, productKey, version, already.get(), name, failOn, checked, scan, loaded), false);
            var stored = sboms.insert(tenant.orgId(), releaseId, body, sha256, mediaType, read.sbom(),
                    read.warnings().stream().map(p -> p.render()).toList(), tenant.actor(), now);
            var recorded = findings.record(tenant.orgId(), product.id(), releaseId, matches, true);
            int alerts = monitoring.newFindings(tenant.orgId(), releaseId, recorded.inserted(), "sbom upload " + name, tenant.actor());
            var current = findingQueries.current(tenant.orgId(), releaseId);
            var sbomInfo = sbomInfo(stored, name, read);
            var summary = summary(current, recorded.inserted().size(), recorded.removed(), recorded.carriedOver(), alerts);
            var gate = Gate.evaluate(failOn, gateItems(current), checked, notCheckedReason());
            var result = new UploadResult(0, productKey, version, releaseCreated, true, sbomInfo, matching(scan, loaded, checked), summary,
                    items(current), gate, tenant.actor(), now);
            long uploadId = jdbc.sql("""
                            insert into upload (org_id, release_id, sbom_id, fail_on, verdict, result, uploaded_by, uploaded_at)
                            values (:org, :release, :sbom, :failOn, :verdict, '{}'::jsonb, :by, :at) returning id""")
                    .param("org", tenant.orgId()).param("release", releaseId).param("sbom", stored.id()).param("failOn", failOn.label())
                    .param("verdict", gate.verdict()).param("by", tenant.actor()).param("at", Sql.utc(now))
                    .query(Long.class).single();
            result = withId(result, uploadId);
            jdbc.sql("update upload set result = cast(:result as jsonb) where id = :id")
                    .param("result", SbomStore.JSON.writeValueAsString(result)).param("id", uploadId).update();
            jdbc.sql("""
                            insert into monitoring_event (org_id, at, kind, product_id, release_id, payload)
                            values (:org, :at, 'sbom.uploaded', :product, :release, cast(:payload as jsonb))""")
                    .param("org", tenant.orgId()).param("at", Sql.utc(now)).param("product", product.id()).param("release", releaseId)
                    .param("payload", SbomStore.JSON.writeValueAsString(Map.of("uploadId", uploadId, "sha256", sha256,
                            "components", stored.components(), "newFindings", summary.newFindings(), "verdict", gate.verdict())))
                    .update();
            audit.record(tenant.orgId(), tenant.actor(), "sbom.uploaded", "sbom", stored.id(), null, Map.of(
                    "release", productKey + "@" + version, "upload", uploadId, "sha256", sha256, "format", stored.format(),
                    "components", stored.components(), "newFindings", recorded.inserted(), "removedFindings", recorded.removed(),
                    "carriedOverTriage", recorded.carriedOver(), "verdict", gate.verdict()));
            return new Pushed(result, true);
        }));
    }

    /** The same bytes again: nothing is stored; the answer reflects the findings in force now. */
    private UploadResult repeated(Tenant tenant, String product, String version, SbomStore.Stored stored, String name, Gate.FailOn failOn,
            boolean checked, ScanResult scan, AdvisoryIndex.Loaded loaded) {
        record First(long id, String by, Instant at) {}
        var first = jdbc.sql("select id, uploaded_by, uploaded_at from upload where sbom_id = :s order by id limit 1").param("s", stored.id())
                .query((rs, n) -> new First(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
                .single();
        long releaseId = jdbc.sql("select release_id from sbom where id = :s").param("s", stored.id()).query(Long.class).single();
        var current = findingQueries.current(tenant.orgId(), releaseId);
        var info = new UploadResult.SbomInfo(stored.id(), name, stored.sha256(), stored.format(), stored.specVersion(), stored.components(),
                stored.sizeBytes(), List.of(), List.of());
        return new UploadResult(first.id(), product, version, false, false, info, matching(scan, loaded, checked),
                summary(current, 0, 0, 0, 0), items(current), Gate.evaluate(failOn, gateItems(current), checked, notCheckedReason()),
                first.by(), first.at());
    }

    private static UploadResult withId(UploadResult r, long id) {
        return new UploadResult(id, r.product(), r.release(), r.releaseCreated(), r.sbomStored(), r.sbom(), r.matching(), r.findings(),
                r.items(), r.gate(), r.uploadedBy(), r.uploadedAt());
    }

    private static UploadResult.SbomInfo sbomInfo(SbomStore.Stored s, String name, SbomReadResult read) {
        return new UploadResult.SbomInfo(s.id(), name, s.sha256(), s.format(), s.specVersion(), s.components(), s.sizeBytes(),
                read.warnings().stream().map(p -> p.render()).limit(50).toList(),
                read.schemaErrors().stream().map(p -> p.render()).limit(50).toList());
    }

    private static UploadResult.Matching matching(ScanResult scan, AdvisoryIndex.Loaded loaded, boolean checked) {
        return new UploadResult.Matching(checked ? "matched" : "not-checked", checked ? null : notCheckedReason(),
                loaded.index().advisories(), scan.couldNotCheck().size(),
                scan.couldNotCheck().stream().limit(20).map(c -> c.component().name() + " " + c.component().version() + ": " + c.reason()).toList(),
                scan.stats().micros());
    }

    static String notCheckedReason() {
        return "the server's advisory store is empty: import advisories (POST /api/v1/admin/advisories/import) so that vulnerabilities can be matched";
    }

    private static UploadResult.Summary summary(List<FindingQueries.Finding> current, int added, int removed, int carried, int alerts) {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (SeverityLevel s : SeverityLevel.values()) bySeverity.put(s.label(), 0);
        int open = 0;
        int exploited = 0;
        for (var f : current) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            if (isOpen(f)) open++;
            if (f.exploited()) exploited++;
        }
        return new UploadResult.Summary(current.size(), open, exploited, bySeverity, added, removed, carried, alerts);
    }

    private static boolean isOpen(FindingQueries.Finding f) {
        return f.triage() == null || !Gate.CLOSED_STATES.contains(f.triage().state());
    }

    private static List<Gate.Item> gateItems(List<FindingQueries.Finding> current) {
        return current.stream().map(f -> new Gate.Item(f.vulnerabilityId(), f.purl() != null ? f.purl() : f.componentName(),
                f.purl() != null ? null : f.componentVersion(), SeverityLevel.fromText(f.severity()), f.exploited(), f.exploitedSource(),
                f.triage() == null ? null : f.triage().state())).toList();
    }

    private static List<UploadResult.Item> items(List<FindingQueries.Finding> current) {
        return current.stream().map(f -> new UploadResult.Item(f.id(), f.vulnerabilityId(), f.aliases(), f.severity(), f.exploited(),
                f.exploitedSource(), f.componentName(), f.componentVersion(), f.purl(), f.triage() == null ? null : f.triage().state(),
                f.triage() == null ? null : f.triage().origin())).toList();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
