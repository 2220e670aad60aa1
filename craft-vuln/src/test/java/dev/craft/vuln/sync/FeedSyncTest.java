package dev.craft.vuln.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.craft.vuln.ProgressListener;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.SourceSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync against a local HTTP server on loopback serving the test fixtures: no network. */
class FeedSyncTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2099-02-01T00:00:00Z"), ZoneOffset.UTC);
    static final String ETAG = "\"kev-v1\"";

    @TempDir
    Path dir;
    HttpServer server;
    byte[] kev;
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger dropAfter = new AtomicInteger(-1);

    @BeforeEach
    void start() throws Exception {
        kev = Files.readAllBytes(Path.of(FeedSyncTest.class.getResource("/feeds/kev-sample.json").toURI()));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/kev.json", this::serveKev);
        server.createContext("/euvd", this::serveEuvd);
        server.createContext("/missing", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void serveKev(HttpExchange ex) throws IOException {
        String range = ex.getRequestHeaders().getFirst("Range");
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        requests.add("range=" + range + " if-range=" + ex.getRequestHeaders().getFirst("If-Range") + " if-none-match=" + inm);
        ex.getResponseHeaders().add("ETag", ETAG);
        if (ETAG.equals(inm)) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        int from = 0;
        if (range != null && ETAG.equals(ex.getRequestHeaders().getFirst("If-Range"))) {
            from = Integer.parseInt(range.replaceAll("bytes=(\\d+)-", "$1"));
            ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (kev.length - 1) + "/" + kev.length);
            ex.sendResponseHeaders(206, kev.length - from);
        } else {
            ex.sendResponseHeaders(200, kev.length);
        }
        try (OutputStream out = ex.getResponseBody()) {
            int cut = dropAfter.getAndSet(-1);
            if (cut > 0) {
                out.write(kev, from, cut);
                out.flush();
                ex.getHttpContext().getServer(); // the connection is dropped below, mid-body
                throw new IOException("simulated connection loss");
            }
            out.write(kev, from, kev.length - from);
        }
    }

    private void serveEuvd(HttpExchange ex) throws IOException {
        String q = ex.getRequestURI().getQuery();
        int page = Integer.parseInt(q.replaceAll(".*page=(\\d+).*", "$1"));
        String body = switch (page) {
            case 0 -> "{\"items\": [{\"id\": \"EUVD-2099-1\", \"aliases\": \"CVE-2099-1\\n\", \"exploitedSince\": \"Jan 3, 2099, 12:00:00 AM\"}], \"total\": 2}";
            case 1 -> "{\"items\": [{\"id\": \"EUVD-2099-2\", \"aliases\": \"CVE-2099-2\\n\", \"exploitedSince\": \"2099-01-04\"}], \"total\": 2}";
            default -> "{\"items\": [], \"total\": 2}";
        };
        byte[] b = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    FeedSync sync() {
        return new FeedSync(FeedSync.defaultClient(), dir.resolve("downloads"), CLOCK, ProgressListener.NONE, "craft-test");
    }

    @Test
    void shouldDownloadThenAskConditionallyAndKeepTheSourceOn304() {
        var source = new FeedSource("kev", SourceKind.KEV, url("/kev.json"));
        SyncOutcome first = sync().sync(source, null);
        assertThat(first).isInstanceOf(SyncOutcome.Updated.class);
        SourceSnapshot s = ((SyncOutcome.Updated) first).snapshot();
        assertThat(s.info().etag()).isEqualTo(ETAG);
        assertThat(s.info().records()).isEqualTo(2);
        assertThat(s.info().location()).isEqualTo(url("/kev.json"));

        SyncOutcome second = sync().sync(source, s.info());
        assertThat(second).isInstanceOf(SyncOutcome.Unchanged.class);
        assertThat(((SyncOutcome.Unchanged) second).info().checkedAt()).isEqualTo(CLOCK.instant());
        assertThat(requests.get(1)).contains("if-none-match=" + ETAG);
    }

    @Test
    void shouldResumeAnInterruptedDownloadWithRangeAndIfRange() throws Exception {
        var source = new FeedSource("kev", SourceKind.KEV, url("/kev.json"));
        dropAfter.set(500);
        SyncOutcome broken = sync().sync(source, null);
        assertThat(broken).isInstanceOf(SyncOutcome.Failed.class);
        assertThat(((SyncOutcome.Failed) broken).reason()).contains("run sync again to resume");
        assertThat(Files.size(dir.resolve("downloads/kev.part"))).isGreaterThan(0).isLessThan(kev.length);

        SyncOutcome resumed = sync().sync(source, null);
        assertThat(resumed).isInstanceOf(SyncOutcome.Updated.class);
        assertThat(((SyncOutcome.Updated) resumed).resumed()).isTrue();
        assertThat(((SyncOutcome.Updated) resumed).snapshot().info().records()).isEqualTo(2);
        assertThat(requests.get(1)).matches("range=bytes=\\d+- if-range=" + ETAG + " .*");
        assertThat(dir.resolve("downloads/kev.part")).doesNotExist();
    }

    @Test
    void shouldReportAnHttpErrorWithoutTouchingTheSource() {
        SyncOutcome o = sync().sync(new FeedSource("kev", SourceKind.KEV, url("/missing")), null);
        assertThat(o).isInstanceOf(SyncOutcome.Failed.class);
        assertThat(((SyncOutcome.Failed) o).reason()).contains("HTTP 404");
    }

    @Test
    void shouldFollowPagesOfThePagedEuvdApi() {
        SyncOutcome o = sync().sync(new FeedSource("euvd", SourceKind.EUVD, url("/euvd?exploited=true&page={page}")), null);
        assertThat(o).isInstanceOf(SyncOutcome.Updated.class);
        var entries = ((SourceSnapshot.EuvdContent) ((SyncOutcome.Updated) o).snapshot().content()).entries();
        assertThat(entries).extracting(e -> e.euvdId()).containsExactly("EUVD-2099-1", "EUVD-2099-2");
    }

    @Test
    void shouldNameDefaultSourcesAndUrls() {
        assertThat(FeedSource.defaults(List.of("PyPI", "crates.io"))).extracting(FeedSource::name)
                .containsExactly("osv-pypi", "osv-crates-io", "kev", "epss", "euvd");
        assertThat(FeedSource.osv("crates.io").url()).isEqualTo("https://osv-vulnerabilities.storage.googleapis.com/crates.io/all.zip");
    }
}
