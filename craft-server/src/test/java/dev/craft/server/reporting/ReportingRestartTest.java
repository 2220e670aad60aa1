package dev.craft.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.server.CraftServer;
import dev.craft.server.testing.Api;
import dev.craft.server.testing.TestDatabaseInitializer;
import dev.craft.testsupport.postgres.TestDatabase;
import dev.craft.testsupport.postgres.TestPostgres;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A restart in the middle of a running clock: the server stops with the early-warning clock running, comes back on
 * the same database after a warning fell due, and the clock continues where it was. The warning missed while the
 * server was down goes out once on start; the one sent before the restart is not sent again.
 */
class ReportingRestartTest {

    private static final Instant AWARE = Instant.parse("2026-10-05T09:00:00Z");   // early warning due 2026-10-06T09:00Z

    private static ConfigurableApplicationContext start(TestDatabase db) throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.put("craft.db.url", db.jdbcUrl());
        props.put("craft.db.user", db.user());
        props.put("craft.db.password", db.password());
        props.put("craft.home", Files.createTempDirectory("craft-restart-").toString());
        props.put("craft.admin.password", TestDatabaseInitializer.ADMIN_PASSWORD);
        props.put("craft.http.port", "0");
        props.put("craft.jobs.poll-interval-ms", "100");
        props.put("craft.reporting.check-interval-ms", "200");
        props.put("spring.mail.host", "127.0.0.1");
        props.put("spring.mail.port", String.valueOf(ReportingTestServices.smtp().getSmtp().getPort()));
        // Command-line arguments: they win over application.properties (default properties would not).
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(CraftServer.class, TestClock.Config.class).run(args);
    }

    private static int port(ConfigurableApplicationContext ctx) {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }

    private static List<MimeMessage> mails(String mailbox) {
        return Arrays.stream(ReportingTestServices.smtp().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(mailbox));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(50);
        }
    }

    @Test
    void shouldContinueTheClockAndSendEachWarningOnceAcrossARestart() throws Exception {
        TestClock.INSTANCE.set(AWARE.plusSeconds(60));
        TestDatabase db = TestPostgres.freshDatabase("restart");
        String mailbox = "psirt-restart-" + ProcessHandle.current().pid() + "@aurora-cameras.example";
        String org;
        String caseId;

        try (var first = start(db)) {
            Api admin = Api.admin(port(first));
            org = Api.newOrg(port(first));
            String base = "/api/v1/orgs/" + org + "/reporting";
            admin.post("/api/v1/orgs/" + org + "/products", Map.of("key", "gw", "name", "Aurora Cloud Gateway"));
            admin.post("/api/v1/orgs/" + org + "/products/gw/releases", Map.of("version", "3.2.0", "placedOnMarket", "2025-04-01",
                    "memberStates", List.of("DE")));
            admin.put(base + "/settings", Map.of("emailTo", List.of(mailbox), "leadTimes", "12h,4h,1h"));
            var opened = admin.post(base + "/cases", Map.of("kind", "VULNERABILITY", "title", "Exploited RCE", "source", "CSIRT",
                    "description", "CSIRT reports attacks", "awareness", Map.of("at", AWARE.toString(), "basis", "CSIRT notice"),
                    "releases", List.of(Map.of("product", "gw", "version", "3.2.0"))));
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
            caseId = opened.json().get("id").asString();

            TestClock.INSTANCE.set(AWARE.plus(Duration.ofHours(12)).plusSeconds(5));
            await("the 12 h warning", () -> mails(mailbox).size() == 1);
        }

        // Down: the 4 h warning falls due (20:00 after awareness) while no server runs.
        TestClock.INSTANCE.set(AWARE.plus(Duration.ofHours(20)).plus(Duration.ofMinutes(30)));

        try (var second = start(db)) {
            await("the 4 h warning, sent on start", () -> mails(mailbox).size() == 2);
            Thread.sleep(1500);                                   // several more runs of the job: nothing is sent twice
            assertThat(mails(mailbox)).hasSize(2);
            assertThat(mails(mailbox).get(0).getSubject()).contains("(11 h 59 min left)");
            assertThat(mails(mailbox).get(1).getSubject()).contains("(3 h 30 min left)");

            JsonNode view = Api.admin(port(second)).get("/api/v1/orgs/" + org + "/reporting/cases/" + caseId).json();
            assertThat(view.at("/schedule/stages/0/due").asString()).isEqualTo("2026-10-06T09:00:00Z");
            assertThat(view.at("/schedule/stages/0/state").asString()).isEqualTo("OPEN");
            assertThat(view.at("/schedule/stages/0/remaining").asString()).isEqualTo("PT3H30M");
            assertThat(view.get("warnings").valueStream().map(w -> w.get("lead").asString()).toList()).containsExactly("PT12H", "PT4H");
        }
    }
}
