package dev.craft.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.cli.CraftMainAccess;
import dev.craft.testsupport.postgres.TestDatabase;
import dev.craft.testsupport.postgres.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code craft serve}, {@code craft push} and {@code craft audit verify} end to end, as a user runs them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerCliTest {

    static final String ADMIN_PASSWORD = "cli-test-admin-password";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    Path home;

    TestDatabase db;
    Thread serving;
    volatile int exitCode = -1;
    String url;
    String ciKey;
    String auditorKey;

    record Run(int exit, String out, String err) {}

    static Run craft(Map<String, String> env, String... args) {
        CommandLine cl = CraftMainAccess.commandLine();
        var out = new StringWriter();
        var err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        if (args.length > 0 && args[0].equals("push")) ((PushCommand) cl.getSubcommands().get("push").getCommand()).env = env;
        if (args.length > 1 && args[0].equals("audit")) {
            ((AuditVerifyCommand) cl.getSubcommands().get("audit").getSubcommands().get("verify").getCommand()).env = env;
        }
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    void startServer() throws Exception {
        home = Files.createTempDirectory("craft-cli-home-");
        db = TestPostgres.freshDatabase("cli");
        System.setProperty("craft.db.user", db.user());
        System.setProperty("craft.db.password", db.password());
        System.setProperty("craft.admin.password", ADMIN_PASSWORD);
        System.setProperty("craft.jobs.poll-interval-ms", "200");
        var out = new StringWriter();
        serving = new Thread(() -> {
            CommandLine cl = CraftMainAccess.commandLine();
            cl.setOut(new PrintWriter(out, true));
            exitCode = cl.execute("serve", "--port", "0", "--home", home.toString(), "--db-url", db.jdbcUrl());
        }, "craft-serve");
        serving.start();
        for (Instant deadline = Instant.now().plusSeconds(120); !out.toString().contains("listening on"); Thread.sleep(100)) {
            if (Instant.now().isAfter(deadline) || !serving.isAlive()) throw new IllegalStateException("craft serve did not start: " + out);
        }
        String line = out.toString().lines().filter(l -> l.contains("listening on")).findFirst().orElseThrow();
        url = line.substring(line.indexOf("http://"), line.indexOf(' ', line.indexOf("http://")));
        call("POST", "/api/v1/orgs/default/products", "{\"key\":\"cam\",\"name\":\"Camera\"}");
        ciKey = call("POST", "/api/v1/orgs/default/api-keys", "{\"name\":\"ci\",\"role\":\"CI_UPLOADER\"}").get("token").asString();
        auditorKey = call("POST", "/api/v1/orgs/default/api-keys", "{\"name\":\"audit\",\"role\":\"AUDITOR\"}").get("token").asString();
        String osv = "{\"id\":\"CLI-TEST-1\",\"modified\":\"2026-11-01T00:00:00Z\",\"aliases\":[\"CVE-2099-4242\"],\"affected\":[{\"package\":"
                + "{\"ecosystem\":\"npm\",\"name\":\"cli-test-lib\"},\"ranges\":[{\"type\":\"SEMVER\",\"events\":[{\"introduced\":\"0\"},{\"fixed\":\"2.0.0\"}]}]}]}";
        long importId = call("POST", "/api/v1/admin/advisories/import?source=osv-cli&kind=osv&filename=a.json", osv).get("id").asLong();
        for (Instant deadline = Instant.now().plusSeconds(30); ; Thread.sleep(100)) {
            if (!call("GET", "/api/v1/admin/advisories/imports/" + importId, null).get("status").asString().equals("matching")) break;
            if (Instant.now().isAfter(deadline)) throw new IllegalStateException("import did not finish");
        }
    }

    @AfterAll
    void stopServer() throws Exception {
        ServeCommand.started.close();
        serving.join(30_000);
        assertThat(exitCode).isZero();
        for (String p : new String[] {"craft.db.user", "craft.db.password", "craft.admin.password", "craft.jobs.poll-interval-ms"}) {
            System.clearProperty(p);
        }
    }

    private JsonNode call(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    private Path sbom(String name, String version) throws Exception {
        Path file = home.resolve(name);
        Files.writeString(file, "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":["
                + "{\"bom-ref\":\"a\",\"type\":\"library\",\"name\":\"cli-test-lib\",\"version\":\"" + version
                + "\",\"purl\":\"pkg:npm/cli-test-lib@" + version + "\"}]}");
        return file;
    }

    @Test
    void shouldPushAnSbomAndFailTheGateOnAFindingAtTheThreshold() throws Exception {
        var env = Map.of("CRAFT_API_KEY", ciKey);
        Run exploited = craft(env, "push", sbom("bom-1.json", "1.0.0").toString(), "--product", "cam", "--release", "1.0", "--server", url);
        assertThat(exploited.exit()).as(exploited.err()).isZero(); // not exploited: the default gate passes
        assertThat(exploited.out()).contains("cam 1.0 <- bom-1.json", "findings: 1 open of 1", "gate (fail on exploited): PASS");
        Run any = craft(env, "push", sbom("bom-1.json", "1.0.0").toString(), "--product", "cam", "--release", "1.0", "--server", url,
                "--fail-on", "any");
        assertThat(any.exit()).isEqualTo(1);
        assertThat(any.out()).contains("(already stored: unchanged)", "gate (fail on any): FAIL", "CVE-2099-4242");
        Run fixed = craft(env, "push", sbom("bom-2.json", "2.0.0").toString(), "--product", "cam", "--release", "2.0", "--server", url,
                "--fail-on", "any");
        assertThat(fixed.exit()).isZero();
    }

    @Test
    void shouldPrintTheServersLocatedProblemsAndExitTwoForABrokenSbom() throws Exception {
        Path bad = home.resolve("broken.json");
        Files.writeString(bad, "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"name\":\"x\",]}");
        Run r = craft(Map.of("CRAFT_API_KEY", ciKey), "push", bad.toString(), "--product", "cam", "--release", "9.9", "--server", url);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("craft: " + bad + ": ");
    }

    @Test
    void shouldSayClearlyWhenTheServerCannotBeReachedOrCredentialsAreMissing() throws Exception {
        Run unreachable = craft(Map.of("CRAFT_API_KEY", ciKey), "push", sbom("bom-3.json", "1.0.0").toString(), "--product", "cam",
                "--release", "1.0", "--server", "http://127.0.0.1:9");
        assertThat(unreachable.exit()).isEqualTo(2);
        assertThat(unreachable.err()).contains("cannot reach the craft server: connection refused");
        Run noKey = craft(Map.of(), "push", sbom("bom-4.json", "1.0.0").toString(), "--product", "cam", "--release", "1.0", "--server", url);
        assertThat(noKey.exit()).isEqualTo(2);
        assertThat(noKey.err()).contains("no credentials", "CRAFT_API_KEY");
    }

    @Test
    void shouldVerifyTheAuditTrailThroughTheApiTheDatabaseAndAnExportAndNameTheFirstEditedEntry() throws Exception {
        Run api = craft(Map.of("CRAFT_API_KEY", auditorKey), "audit", "verify", "--server", url, "--org", "default");
        assertThat(api.exit()).as(api.err()).isZero();
        assertThat(api.out()).contains("default:", "intact, head ");

        var dbEnv = Map.of("CRAFT_DB_USER", db.user(), "CRAFT_DB_PASSWORD", db.password());
        Run direct = craft(dbEnv, "audit", "verify", "--db-url", db.jdbcUrl());
        assertThat(direct.exit()).isZero();
        assertThat(direct.out()).contains("instance:", "default:");

        Path export = home.resolve("audit.json");
        Files.writeString(export, call("GET", "/api/v1/orgs/default/audit/export", null).toString());
        assertThat(craft(Map.of(), "audit", "verify", "--file", export.toString()).exit()).isZero();

        long seq;
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); var st = c.createStatement()) {
            st.execute("set session_replication_role = replica");
            try (var rs = st.executeQuery("select min(seq) from audit_entry where action = 'api-key.created'")) {
                rs.next();
                seq = rs.getLong(1);
            }
            st.execute("update audit_entry set actor = 'user:nobody' where seq = " + seq);
        }
        Run broken = craft(dbEnv, "audit", "verify", "--db-url", db.jdbcUrl());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).contains("default: BROKEN at seq " + seq, "was edited");
        // The export taken before the edit still verifies: the file is the evidence.
        assertThat(craft(Map.of(), "audit", "verify", "--file", export.toString()).exit()).isZero();
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); var st = c.createStatement()) {
            st.execute("set session_replication_role = replica");
            st.execute("update audit_entry set actor = 'user:admin' where seq = " + seq);
        }
    }
}
