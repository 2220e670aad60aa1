package dev.craft.server.audit;

import dev.craft.server.api.ApiException;
import dev.craft.server.finding.FindingQueries;
import dev.craft.server.product.Products;
import dev.craft.server.release.Releases;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence of one release, as a zip an auditor can check without craft: the SBOM exactly as uploaded,
 * what craft understood of it, the findings with every triage decision, the organisation's audit chain,
 * and a {@code SHA256SUMS} file ({@code sha256sum -c SHA256SUMS}) plus a manifest with the same checksums.
 * The zip's own SHA-256 is in the {@code Repr-Digest} header (RFC 9530).
 */
@RestController
class EvidenceController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Products products;
    private final Releases releases;
    private final FindingQueries findings;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    EvidenceController(Products products, Releases releases, FindingQueries findings, JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.products = products;
        this.releases = releases;
        this.findings = findings;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    record FileEntry(String name, long bytes, String sha256) {}

    record Manifest(String organisation, String product, String release, String exportedAt, String exportedBy,
            List<FileEntry> files, String note) {}

    record TriageHistory(long findingId, String vulnerabilityId, String componentKey, List<FindingQueries.Triage> decisions) {}

    @GetMapping(value = "/api/v1/orgs/{org}/products/{product}/releases/{version}/evidence", produces = "application/zip")
    @RequiresPermission(Permission.EVIDENCE_EXPORT)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ResponseEntity<byte[]> export(Tenant tenant, @PathVariable String product, @PathVariable String version) throws IOException, SQLException {
        var p = products.require(tenant.orgId(), product);
        var r = releases.require(tenant.orgId(), p.id(), version);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("release.json", json(Map.of("product", p, "release", r)));
        if (r.currentSbomId() != null) {
            record Sbom(byte[] original, String normalized, String mediaType, String sha256) {}
            var sbom = jdbc.sql("select original, normalized::text, media_type, sha256 from sbom where org_id = :org and id = :id")
                    .param("org", tenant.orgId()).param("id", r.currentSbomId())
                    .query((rs, n) -> new Sbom(rs.getBytes(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
            files.put("sbom/original" + extension(sbom.original()), sbom.original());
            files.put("sbom/normalized.json", sbom.normalized().getBytes(StandardCharsets.UTF_8));
        }
        var all = findings.everyFinding(tenant.orgId(), r.id());
        files.put("findings.json", json(all));
        var history = new ArrayList<TriageHistory>();
        for (var f : all) history.add(new TriageHistory(f.id(), f.vulnerabilityId(), f.componentKey(), findings.history(tenant.orgId(), f.id())));
        files.put("triage.json", json(history));
        files.put("audit.json", json(auditExport(tenant.orgId())));

        var entries = new ArrayList<FileEntry>();
        var sums = new StringBuilder();
        for (var e : files.entrySet()) {
            String sha = sha256Hex(e.getValue());
            entries.add(new FileEntry(e.getKey(), e.getValue().length, sha));
            sums.append(sha).append("  ").append(e.getKey()).append('\n');
        }
        var manifest = new Manifest(tenant.slug(), product, version, clock.instant().toString(), tenant.actor(), entries,
                "verify the files with 'sha256sum -c SHA256SUMS' and the audit chain with 'craft audit verify --file audit.json'");
        byte[] zip = zip(files, sums.toString().getBytes(StandardCharsets.UTF_8), json(manifest));
        String name = "craft-evidence-" + tenant.slug() + "-" + product + "-" + version + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(sha256(zip)) + ":")
                .body(zip);
    }

    private Object auditExport(long orgId) throws SQLException {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            var entries = new ArrayList<AuditEntry>();
            var heads = AuditReader.read(connection, orgId, entries::add);
            return Map.of("heads", heads, "entries", entries);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static byte[] zip(Map<String, byte[]> files, byte[] sums, byte[] manifest) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            put(zip, "manifest.json", manifest);
            put(zip, "SHA256SUMS", sums);
            for (var e : files.entrySet()) put(zip, e.getKey(), e.getValue());
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        var entry = new ZipEntry(name);
        entry.setTime(0); // the same content gives the same zip
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static String extension(byte[] original) {
        for (byte b : original) {
            if (Character.isWhitespace(b)) continue;
            return b == '{' ? ".json" : b == '<' ? ".xml" : ".txt";
        }
        return ".txt";
    }

    private static byte[] json(Object value) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new ApiException(dev.craft.server.api.ProblemType.INTERNAL, "SHA-256 unavailable");
        }
    }

    private static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }
}
