package dev.craft.server.reporting;

import dev.craft.server.testing.Api;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reporting case with a receipt, an intermediate report and an issued notice, for the access-control matrix:
 * the values of the reporting paths' variables ({caseId}, {stage}, {n}, {receiptId}, {revision}).
 */
public final class ReportingFixture {

    private ReportingFixture() {}

    /** Creates the case in {@code org} (which has release fixture-product 1.0.0) and returns the path variables. */
    public static Map<String, String> populate(int port, String org) {
        var admin = Api.admin(port);
        String base = "/api/v1/orgs/" + org + "/reporting/cases";
        Instant aware = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var opened = expect(admin.post(base, Map.of("kind", "INCIDENT", "title", "Fixture incident", "source", "INTERNAL_DETECTION",
                "description", "fixture", "awareness", Map.of("at", aware.toString(), "basis", "fixture"),
                "releases", List.of(Map.of("product", "fixture-product", "version", "1.0.0")))), 201);
        String caseId = opened.json().get("id").asString();
        var receipt = expect(admin.send("POST", base + "/" + caseId + "/receipts?filename=receipt.txt", "text/plain", "receipt".getBytes()), 201);
        expect(admin.post(base + "/" + caseId + "/intermediate", Map.of("requestedBy", "CSIRT", "requestedAt", aware.plusSeconds(60).toString())), 200);
        expect(admin.post(base + "/" + caseId + "/notices", Map.of("audience", "ALL_USERS", "channel", "web",
                "issuedAt", aware.plusSeconds(120).toString())), 200);
        var ids = new HashMap<String, String>();
        ids.put("caseId", caseId);
        ids.put("stage", "early-warning");
        ids.put("n", "1");
        ids.put("receiptId", receipt.json().get("receiptId").asString());
        ids.put("revision", "1");
        return ids;
    }

    private static Api.Response expect(Api.Response r, int status) {
        if (r.status() != status) throw new IllegalStateException("reporting fixture: expected " + status + ", got " + r);
        return r;
    }
}
