package dev.craft.server.security;

import dev.craft.server.finding.FindingStore;
import dev.craft.server.finding.Match;
import dev.craft.server.monitoring.Monitoring;
import dev.craft.server.testing.Api;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two organisations with one of everything, for the access-control matrix: {@code own} (where the
 * principals are members) and {@code foreign} (whose ids must stay out of reach from {@code own}).
 */
final class AccessFixture {

    final String own;
    final String foreign;
    /** Path variable values per organisation: org, product, version, supplierId, findingId, alertId, uploadId. */
    final Map<String, String> ownIds = new HashMap<>();
    final Map<String, String> foreignIds = new HashMap<>();

    AccessFixture(int port, JdbcClient jdbc, TransactionTemplate tx, FindingStore findings, Monitoring monitoring) {
        own = Api.newOrg(port);
        foreign = Api.newOrg(port);
        populate(port, own, ownIds, jdbc, tx, findings, monitoring);
        populate(port, foreign, foreignIds, jdbc, tx, findings, monitoring);
    }

    private static void populate(int port, String org, Map<String, String> ids, JdbcClient jdbc, TransactionTemplate tx,
            FindingStore findings, Monitoring monitoring) {
        var admin = Api.admin(port);
        expect(admin.post("/api/v1/orgs/" + org + "/products", Map.of("key", "fixture-product", "name", "Fixture",
                "profile", dev.craft.server.testing.Fixtures.exampleProfile("smart-home-camera.yaml"))), 201);
        expect(admin.post("/api/v1/orgs/" + org + "/products/fixture-product/releases", Map.of("version", "1.0.0",
                "placedOnMarket", "2026-01-15", "memberStates", List.of("DE", "FR"))), 201);
        var supplier = expect(admin.post("/api/v1/orgs/" + org + "/suppliers", Map.of("name", "Fixture Supplier")), 201);
        ids.put("org", org);
        ids.put("product", "fixture-product");
        ids.put("version", "1.0.0");
        ids.put("supplierId", supplier.json().get("id").asString());
        long orgId = jdbc.sql("select id from org where slug = :s").param("s", org).query(Long.class).single();
        long productId = jdbc.sql("select id from product where org_id = :o").param("o", orgId).query(Long.class).single();
        long releaseId = jdbc.sql("select id from release where product_id = :p").param("p", productId).query(Long.class).single();
        var match = new Match("pkg:maven/org.example/lib@1.2.3", "pkg:maven/org.example/lib", "lib", "1.2.3",
                "pkg:maven/org.example/lib@1.2.3", "CVE-2021-44228", List.of("GHSA-jfh8-c2jp-5v3q"), "critical", "fixture",
                true, "CISA KEV", LocalDate.of(2021, 12, 10), Map.of("matcher", "fixture"));
        tx.executeWithoutResult(s -> {
            var recorded = findings.record(orgId, productId, releaseId, List.of(match), true);
            monitoring.newFindings(orgId, releaseId, recorded.inserted(), "fixture", "system:test");
        });
        ids.put("findingId", jdbc.sql("select id from finding where org_id = :o").param("o", orgId).query(Long.class).single().toString());
        ids.put("alertId", jdbc.sql("select id from exploited_alert where org_id = :o").param("o", orgId).query(Long.class).single().toString());
        var pushed = expect(admin.send("PUT", "/api/v1/orgs/" + org + "/products/fixture-product/releases/1.0.0/sbom", "application/json",
                dev.craft.server.testing.Fixtures.sbomWith("fixture-lib")), 201);
        ids.put("uploadId", pushed.json().get("uploadId").asString());
        var advisory = dev.craft.server.testing.Fixtures.importBytes(port, "osv-" + org, "osv", "a.jsonl",
                dev.craft.server.testing.Fixtures.osvRecord("FIXTURE-" + org, "CVE-2099-7777777", "fixture-lib"));
        ids.put("importId", advisory.get("id").asString());
        ids.put("advisoryId", "FIXTURE-" + org);
        ids.put("assessmentId", expect(admin.post("/api/v1/orgs/" + org + "/products/fixture-product/assessments", Map.of()), 201)
                .json().get("id").asString());
        ids.putAll(dev.craft.server.reporting.ReportingFixture.populate(port, org));
    }

    static Api.Response expect(Api.Response r, int status) {
        if (r.status() != status) throw new IllegalStateException("fixture: expected " + status + ", got " + r);
        return r;
    }
}
