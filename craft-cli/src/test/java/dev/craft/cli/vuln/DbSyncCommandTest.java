package dev.craft.cli.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.craft.cli.VulnCliRunner;
import dev.craft.cli.VulnCliRunner.Result;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code craft db sync} against a loopback HTTP server: configured sources, conditional requests, failures. */
class DbSyncCommandTest {

    @TempDir
    Path tmp;
    HttpServer server;

    @BeforeEach
    void start() throws Exception {
        byte[] osv = Files.readAllBytes(Path.of(getClass().getResource("/vuln/osv-demo.jsonl").toURI()));
        byte[] kev = Files.readAllBytes(Path.of(getClass().getResource("/vuln/kev-demo.json").toURI()));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/osv.jsonl", ex -> serve(ex, osv, "\"osv-1\""));
        server.createContext("/kev.json", ex -> serve(ex, kev, "\"kev-1\""));
        server.start();
    }

    private static void serve(com.sun.net.httpserver.HttpExchange ex, byte[] body, String etag) throws java.io.IOException {
        ex.getResponseHeaders().add("ETag", etag);
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void shouldSyncConfiguredSourcesThenFindThemUnchanged() throws Exception {
        Path config = tmp.resolve("sync.json");
        Files.writeString(config, """
                {"replaceDefaults": true, "sources": [
                  {"name": "osv-demo", "kind": "osv", "url": "%s"},
                  {"name": "kev", "kind": "kev", "url": "%s"}]}""".formatted(url("/osv.jsonl"), url("/kev.json")));
        Path db = tmp.resolve("db");
        Result first = VulnCliRunner.run("db", "sync", "--db", db.toString(), "--config", config.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported osv-demo: 3 advisories").contains("imported kev: 1 KEV entries");
        Result second = VulnCliRunner.run("db", "sync", "--db", db.toString(), "--config", config.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("unchanged osv-demo").contains("unchanged kev");
        assertThat(VulnCliRunner.run("db", "status", "--db", db.toString(), "--format", "json").out()).contains("\"etag\" : \"\\\"kev-1\\\"\"")
                .contains("\"checkedAt\" : \"20");
    }

    @Test
    void shouldReportAFailedSourceWithExitOneAndKeepTheOthers() throws Exception {
        Path config = tmp.resolve("sync.json");
        Files.writeString(config, """
                {"replaceDefaults": true, "sources": [{"name": "kev", "kind": "kev", "url": "%s"}]}""".formatted(url("/kev.json")));
        Path db = tmp.resolve("db");
        Result r = VulnCliRunner.run("db", "sync", "--db", db.toString(), "--config", config.toString(), "--url", "kev=" + url("/gone.json"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("craft: kev: HTTP 404");
        Result bad = VulnCliRunner.run("db", "sync", "--db", db.toString(), "--config", config.toString(), "--source", "nope");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--source: nope: no source named 'nope' (expected one of [kev])");
    }

    @Test
    void shouldRefuseABadConfigFile() throws Exception {
        Path config = tmp.resolve("sync.json");
        Files.writeString(config, "{\"sources\": [{\"name\": \"Bad Name\", \"kind\": \"osv\", \"url\": \"ftp://x\"}]}");
        Result r = VulnCliRunner.run("db", "sync", "--db", tmp.resolve("db").toString(), "--config", config.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("sync.json: $.sources[0]: source name 'Bad Name'");
    }
}
