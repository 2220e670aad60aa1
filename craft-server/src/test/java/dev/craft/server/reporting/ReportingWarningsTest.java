package dev.craft.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.server.testing.Api;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Deadline warnings by e-mail and signed webhook: each (case, deadline, lead time) once, the most urgent first. */
@ReportingServerTest
class ReportingWarningsTest {

    private static final Instant AWARE = Instant.parse("2026-10-05T09:00:00Z");   // early warning due 2026-10-06T09:00Z

    @LocalServerPort
    int port;

    @Autowired
    ReportingJob.Runner job;

    Api admin;
    String base;
    String caseId;
    String mailbox;
    String org;

    @BeforeEach
    void setUp() {
        TestClock.INSTANCE.set(AWARE.plusSeconds(600));
        org = Api.newOrg(port);
        admin = Api.admin(port);
        base = "/api/v1/orgs/" + org + "/reporting";
        mailbox = "psirt-" + org + "@aurora-cameras.example";
        admin.post("/api/v1/orgs/" + org + "/products", Map.of("key", "gw", "name", "Aurora Cloud Gateway"));
        admin.post("/api/v1/orgs/" + org + "/products/gw/releases", Map.of("version", "3.2.0", "placedOnMarket", "2025-04-01",
                "memberStates", List.of("DE", "AT")));
        var s = admin.put(base + "/settings", Map.of("emailTo", List.of(mailbox), "webhookUrl", ReportingTestServices.webhook().url(),
                "webhookSecret", "hook-secret", "leadTimes", "12h,4h,1h"));
        assertThat(s.status()).as(s.toString()).isEqualTo(200);
        var r = admin.post(base + "/cases", Map.of("kind", "VULNERABILITY", "title", "Exploit reported by a customer", "source", "CUSTOMER",
                "description", "RCE attempts against the gateway API", "awareness", Map.of("at", AWARE.toString(), "basis", "customer logs"),
                "releases", List.of(Map.of("product", "gw", "version", "3.2.0"))));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        caseId = r.json().get("id").asString();
    }

    private List<MimeMessage> mails() {
        return Arrays.stream(ReportingTestServices.smtp().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(mailbox));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<WebhookReceiver.Call> hooks() {
        return ReportingTestServices.webhook().calls().stream().filter(c -> c.text().contains("\"org\":\"" + org + "\"")).toList();
    }

    private void runAt(Instant t) {
        TestClock.INSTANCE.set(t);
        job.runOnce();
    }

    @Test
    void shouldSendEachWarningOnceByMailAndSignedWebhook() throws Exception {
        runAt(AWARE.plus(Duration.ofHours(11)));
        assertThat(mails()).isEmpty();

        runAt(AWARE.plus(Duration.ofHours(12)).plusSeconds(30));
        runAt(AWARE.plus(Duration.ofHours(12)).plusSeconds(90));         // a second run sends nothing new
        assertThat(mails()).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("[craft] early warning for case " + caseId + " due 2026-10-06T09:00:00Z (11 h 59 min left)");
            assertThat(m.getFrom()[0].toString()).isEqualTo("craft@aurora-cameras.example");
        });
        assertThat(hooks()).singleElement().satisfies(call -> {
            assertThat(call.header("X-Craft-Event")).isEqualTo("reporting.warning");
            assertThat(call.header("X-Craft-Signature")).isEqualTo("sha256=" + WarningChannels.hmacSha256("hook-secret", call.body()));
            JsonNode body = Api.JSON.readTree(call.body());
            assertThat(body.get("deadline").asString()).isEqualTo("early_warning");
            assertThat(body.get("lead").asString()).isEqualTo("PT12H");
        });

        // Down from 12 h to 3 h before: the 4 h warning goes out, once.
        runAt(AWARE.plus(Duration.ofHours(21)));
        assertThat(mails()).hasSize(2);
        assertThat(mails().get(1).getSubject()).contains("(3 h 0 min left)");

        // Overdue: one overdue warning; the 1 h warning that was never sent is recorded as superseded.
        runAt(AWARE.plus(Duration.ofHours(24)).plusSeconds(60));
        runAt(AWARE.plus(Duration.ofHours(24)).plusSeconds(120));
        assertThat(mails()).hasSize(3);
        assertThat(mails().get(2).getSubject()).startsWith("[craft] OVERDUE: early warning for case " + caseId);
        assertThat(hooks()).hasSize(3);

        JsonNode view = admin.get(base + "/cases/" + caseId).json();
        assertThat(view.at("/schedule/stages/0/state").asString()).isEqualTo("OVERDUE");
        var outcomes = view.get("warnings").valueStream().map(w -> w.get("deadline").asString() + "/" + w.get("lead").asString()
                + "/" + w.get("outcome").asString()).toList();
        assertThat(outcomes).containsExactly("early_warning/PT12H/due", "early_warning/PT4H/due", "early_warning/PT1H/superseded",
                "early_warning/PT0S/due");
        assertThat(view.at("/warnings/0/deliveries").valueStream().map(d -> d.get("status").asString()).toList())
                .containsExactly("sent", "sent");
    }

    @Test
    void shouldRetryAFailedWebhookAndDeliverItOnce() {
        ReportingTestServices.webhook().failNext("\"org\":\"" + org + "\"", 1);
        runAt(AWARE.plus(Duration.ofHours(12)).plusSeconds(10));
        assertThat(hooks()).isEmpty();
        JsonNode view = admin.get(base + "/cases/" + caseId).json();
        JsonNode webhook = view.at("/warnings/0/deliveries").valueStream().filter(d -> d.get("channel").asString().equals("webhook"))
                .findFirst().orElseThrow();
        assertThat(webhook.get("status").asString()).isEqualTo("pending");
        assertThat(webhook.get("lastError").asString()).contains("HTTP 503");

        runAt(AWARE.plus(Duration.ofHours(12)).plusSeconds(20));          // before the back-off: nothing
        assertThat(hooks()).isEmpty();
        runAt(AWARE.plus(Duration.ofHours(12)).plusSeconds(100));         // after one minute: delivered
        runAt(AWARE.plus(Duration.ofHours(12)).plusSeconds(200));
        assertThat(hooks()).hasSize(1);
        assertThat(mails()).hasSize(1);
        assertThat(new String(hooks().get(0).body(), StandardCharsets.UTF_8)).contains("\"overdue\":false");
    }

    @Test
    void shouldStopWarningOnceTheStageIsFiled() {
        runAt(AWARE.plus(Duration.ofHours(12)).plusSeconds(10));
        assertThat(mails()).hasSize(1);
        TestClock.INSTANCE.set(AWARE.plus(Duration.ofHours(13)));
        var filed = admin.post(base + "/cases/" + caseId + "/submissions/early-warning", Map.of("submittedAt",
                AWARE.plus(Duration.ofHours(13)).toString(), "channel", "SINGLE_REPORTING_PLATFORM", "reference", "SRP-1"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        runAt(AWARE.plus(Duration.ofHours(30)));
        // The early warning is filed: no 4 h, 1 h or overdue mail for it; the notification's own 72 h clock has not warned yet.
        assertThat(mails()).hasSize(1);
    }
}
