package dev.craft.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.server.testing.Api;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The reporting API by hand: an incident case from opening to filed reports, with the audit trail and access rules. */
@ReportingServerTest
class ReportingApiTest {

    @LocalServerPort
    int port;

    String org;
    Api admin;
    String base;

    @BeforeEach
    void setUp() {
        TestClock.INSTANCE.set(Instant.parse("2026-10-05T10:00:00Z"));
        org = Api.newOrg(port);
        admin = Api.admin(port);
        base = "/api/v1/orgs/" + org + "/reporting";
        assertThat(admin.post("/api/v1/orgs/" + org + "/products", Map.of("key", "cam-x1", "name", "Aurora Cam X1")).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/orgs/" + org + "/products/cam-x1/releases", Map.of("version", "2.4.1",
                "placedOnMarket", "2025-06-01", "supportEnd", "2030-06-01", "memberStates", List.of("DE", "FR"))).status()).isEqualTo(201);
        var settings = admin.put(base + "/settings", Map.of("operator", Map.of("name", "Aurora Cameras GmbH", "role", "MANUFACTURER",
                "enterpriseSize", "SMALL", "website", "https://aurora-cameras.example", "securityContact", "psirt@aurora-cameras.example",
                "routing", Map.of("establishedInUnion", true, "cybersecurityDecisionsIn", "DE"))));
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
    }

    private JsonNode openIncident() {
        var r = admin.post(base + "/cases", Map.of("kind", "INCIDENT", "title", "Update server compromised", "source", "INTERNAL_DETECTION",
                "reportedBy", "SOC", "description", "Unsigned firmware offered on the update channel",
                "awareness", Map.of("at", "2026-10-05T09:00:00Z", "basis", "SOC ticket 4411"),
                "releases", List.of(Map.of("product", "cam-x1", "version", "2.4.1"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Test
    void shouldRunAnIncidentCaseFromOpeningToTheFinalReportClock() throws Exception {
        JsonNode opened = openIncident();
        String id = opened.get("id").asString();
        assertThat(id).matches("RC-2026-\\d{4}");
        assertThat(opened.at("/schedule/stages/0/due").asString()).isEqualTo("2026-10-06T09:00:00Z");
        assertThat(opened.at("/schedule/stages/1/due").asString()).isEqualTo("2026-10-08T09:00:00Z");
        assertThat(opened.at("/schedule/stages/2/state").asString()).isEqualTo("NOT_YET_DUE");
        assertThat(opened.at("/applicability/verdict").asString()).isEqualTo("UNDETERMINED");
        assertThat(opened.at("/recipient/memberState").asString()).isEqualTo("DE");
        assertThat(opened.at("/case/releases/0/availableIn").toString()).contains("DE", "FR");
        // Art 64(10)(a): a small enterprise is told only the early warning is exempt from fines.
        assertThat(opened.at("/schedule/stages/0/notes").toString()).contains("Art 64(10)(a)");
        assertThat(opened.at("/schedule/stages/1/notes").toString()).doesNotContain("Art 64(10)(a)");

        var assessed = admin.post(base + "/cases/" + id + "/incident", Map.of("impactsProductSecurity", true,
                "sensitiveDataOrFunctions", false, "maliciousCode", true, "suspectedUnlawfulOrMalicious", true));
        assertThat(assessed.json().at("/applicability/verdict").asString()).isEqualTo("REPORTABLE");

        // Awareness changes only through an audited action that keeps the old value.
        var revised = admin.post(base + "/cases/" + id + "/awareness", Map.of("at", "2026-10-05T08:30:00Z",
                "basis", "first alert in the SOC", "reason", "the SOC ticket was opened at 08:30"));
        assertThat(revised.json().at("/case/awareness/at").asString()).isEqualTo("2026-10-05T08:30:00Z");
        assertThat(revised.json().at("/case/awarenessHistory/0/replaced/at").asString()).isEqualTo("2026-10-05T09:00:00Z");
        assertThat(revised.json().at("/schedule/stages/0/due").asString()).isEqualTo("2026-10-06T08:30:00Z");
        var audit = admin.get("/api/v1/orgs/" + org + "/audit?limit=200").json();
        assertThat(audit.toString()).contains("reporting.awareness.revise").contains("the SOC ticket was opened at 08:30");

        // The early-warning draft in three formats; the PDF's text holds the required item.
        var json = admin.get(base + "/cases/" + id + "/drafts/early-warning");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("$schema").asString()).isEqualTo("https://craft.dev/schemas/art14-report-v1.schema.json");
        assertThat(json.json().get("missingRequired")).isEmpty();
        var md = admin.get(base + "/cases/" + id + "/drafts/early-warning?format=markdown");
        assertThat(md.contentType()).startsWith("text/markdown");
        assertThat(md.text()).contains("Suspected unlawful or malicious acts").contains("Yes: unlawful or malicious acts are suspected.");
        var pdf = admin.get(base + "/cases/" + id + "/drafts/early-warning?format=pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (var doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Early warning").contains("Germany (DE)");
        }

        // File the early warning with a receipt; the stored bytes keep their SHA-256.
        TestClock.INSTANCE.set(Instant.parse("2026-10-05T15:00:00Z"));
        byte[] receipt = "%PDF-1.7 SRP receipt 2026-000123".getBytes();
        var up = admin.send("POST", base + "/cases/" + id + "/receipts?filename=srp-receipt.pdf", "application/pdf", receipt);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(receipt));
        assertThat(up.json().get("sha256").asString()).isEqualTo(sha);
        var filed = admin.post(base + "/cases/" + id + "/submissions/early-warning", Map.of("submittedAt", "2026-10-05T14:50:00Z",
                "channel", "SINGLE_REPORTING_PLATFORM", "reference", "SRP-2026-000123", "receiptId", up.json().get("receiptId").asLong()));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        assertThat(filed.json().at("/schedule/stages/0/state").asString()).isEqualTo("SUBMITTED");
        assertThat(filed.json().at("/case/submissions/0/receipt/sha256").asString()).isEqualTo(sha);
        var back = admin.get(base + "/cases/" + id + "/receipts/" + up.json().get("receiptId").asLong());
        assertThat(back.body()).isEqualTo(receipt);
        assertThat(back.header("X-Content-SHA256")).isEqualTo(sha);

        // A second filing of the same stage is a conflict, not a silent overwrite.
        var again = admin.post(base + "/cases/" + id + "/submissions/early-warning", Map.of("submittedAt", "2026-10-05T14:55:00Z",
                "channel", "EMAIL"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:craft:problem:conflict");

        // The incident final report runs one month from the actual notification submission.
        TestClock.INSTANCE.set(Instant.parse("2026-10-09T12:00:00Z"));
        var notified = admin.post(base + "/cases/" + id + "/submissions/notification", Map.of("submittedAt", "2026-10-09T11:00:00Z",
                "channel", "SINGLE_REPORTING_PLATFORM", "reference", "SRP-2026-000123-2"));
        assertThat(notified.json().at("/schedule/stages/1/state").asString()).isEqualTo("SUBMITTED_LATE");
        assertThat(notified.json().at("/schedule/stages/2/due").asString()).isEqualTo("2026-11-09T11:00:00Z");

        // Intermediate report on the CSIRT's request.
        var req = admin.post(base + "/cases/" + id + "/intermediate", Map.of("requestedBy", "CERT-Bund", "reference", "CB-77",
                "dueAt", "2026-10-12T12:00:00Z"));
        assertThat(req.json().at("/case/intermediateReports/0/id").asString()).isEqualTo("1");
        var draft = admin.get(base + "/cases/" + id + "/intermediate/1/draft").json();
        assertThat(draft.get("missingRequired").toString()).contains("status_update");
        admin.put(base + "/cases/" + id + "/intermediate/1", Map.of("statusUpdate", "Update channel re-keyed; signed firmware 2.4.2 out"));
        assertThat(admin.get(base + "/cases/" + id + "/intermediate/1/draft").json().get("missingRequired")).isEmpty();

        // Content changes field by field: what is left out stays, "" clears.
        admin.put(base + "/cases/" + id + "/content", Map.of("incidentNature", "Malicious firmware on the update channel", "tlp", "AMBER"));
        var content = admin.put(base + "/cases/" + id + "/content", Map.of("rootCause", "Stolen signing key", "tlp", "")).json();
        assertThat(content.at("/case/content/incidentNature").asString()).isEqualTo("Malicious firmware on the update channel");
        assertThat(content.at("/case/content/rootCause").asString()).isEqualTo("Stolen signing key");
        assertThat(content.at("/case/content").has("tlp")).isFalse();

        // The user notice: text and a CSAF incident response document.
        var notice = admin.get(base + "/cases/" + id + "/notice?audience=ALL_USERS").json();
        assertThat(notice.at("/csaf/document/category").asString()).isEqualTo("csaf_security_incident_response");
        assertThat(admin.get(base + "/cases/" + id + "/notice?format=text").text()).contains("Aurora Cam X1 2.4.1");
    }

    @Test
    void shouldRefuseAReceiptWithoutNameOrBytes() {
        String id = openIncident().get("id").asString();
        var noName = admin.send("POST", base + "/cases/" + id + "/receipts", null, null);
        assertThat(noName.status()).as(noName.toString()).isEqualTo(400);
        var empty = admin.send("POST", base + "/cases/" + id + "/receipts?filename=r.pdf", "application/pdf", new byte[0]);
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
    }

    @Test
    void shouldNameTheFieldOfABadRequestBody() {
        var r = admin.post(base + "/cases", Map.of("kind", "INCIDENT", "title", "x", "description", "y",
                "awareness", Map.of("at", "yesterday")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("location").asString()).isEqualTo("$.awareness.at");
    }

    @Test
    void shouldLetAnAuditorReadButNotChangeACase() {
        String id = openIncident().get("id").asString();
        Api auditor = Api.withKey(port, org, "AUDITOR");
        assertThat(auditor.get(base + "/cases/" + id).status()).isEqualTo(200);
        assertThat(auditor.post(base + "/cases/" + id + "/dismiss", Map.of("reason", "x")).status()).isEqualTo(403);
        Api ci = Api.withKey(port, org, "CI_UPLOADER");
        assertThat(ci.get(base + "/cases/" + id).status()).isEqualTo(403);
        assertThat(Api.withKey(port, org, "SECURITY_ENGINEER").put(base + "/settings", Map.of("alertIntake", "open")).status())
                .isEqualTo(403);
    }

    @Test
    void shouldNotShowTheWebhookSecret() {
        var put = admin.put(base + "/settings", Map.of("webhookUrl", "https://chat.example/hook", "webhookSecret", "s3cret"));
        assertThat(put.text()).doesNotContain("s3cret").contains("\"webhookSecretSet\" : true");
        assertThat(admin.put(base + "/settings", Map.of("webhookUrl", "ftp://x")).status()).isEqualTo(400);
        assertThat(admin.put(base + "/settings", Map.of("leadTimes", "soon")).status()).isEqualTo(400);
    }

    @Test
    void shouldListCasesWithACursor() {
        openIncident();
        openIncident();
        var page = admin.get(base + "/cases?limit=1").json();
        assertThat(page.get("items")).hasSize(1);
        var next = admin.get(base + "/cases?limit=1&cursor=" + page.get("next").asString()).json();
        assertThat(next.get("items")).hasSize(1);
        assertThat(next.at("/items/0/caseKey").asString()).isNotEqualTo(page.at("/items/0/caseKey").asString());
    }
}
