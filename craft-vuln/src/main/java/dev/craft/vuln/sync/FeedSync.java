package dev.craft.vuln.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.common.InputException;
import dev.craft.vuln.ProgressListener;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceSnapshot;
import dev.craft.vuln.ingest.Importers;
import dev.craft.vuln.ingest.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Downloads feeds over HTTP(S) with the JDK client and imports them, the same way {@code craft db import} reads files.
 *
 * <ul>
 *   <li><b>Conditional requests</b>: the ETag and Last-Modified of the last import are sent as {@code If-None-Match}
 *       and {@code If-Modified-Since}; a 304 leaves the source as it is and records when it was checked.</li>
 *   <li><b>Resumable downloads</b>: bytes are written to {@code <name>.part} in the download folder, with the
 *       validator of the response next to it; an interrupted download continues with {@code Range} and
 *       {@code If-Range}, and starts over when the server's copy changed (a 200 instead of a 206).</li>
 *   <li>Proxies come from the JVM's default proxy selector ({@code -Dhttps.proxyHost=...}).</li>
 * </ul>
 * A failed source is reported and leaves the store's previous copy in place.
 */
public final class FeedSync {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PAGES = 10_000;

    private final HttpClient client;
    private final Path downloads;
    private final Clock clock;
    private final ProgressListener progress;
    private final String userAgent;

    public FeedSync(HttpClient client, Path downloads, Clock clock, ProgressListener progress, String userAgent) {
        this.client = client;
        this.downloads = downloads;
        this.clock = clock;
        this.progress = progress;
        this.userAgent = userAgent;
    }

    /** The JDK client craft uses: follows redirects, 30 s to connect, the default proxy selector. */
    public static HttpClient defaultClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(30))
                .proxy(java.net.ProxySelector.getDefault()).build();
    }

    /**
     * Syncs one source.
     *
     * @param previous the source as it is in the store, or null when it is new
     */
    public SyncOutcome sync(FeedSource source, SourceInfo previous) {
        try {
            Files.createDirectories(downloads);
            if (source.paged()) return paged(source);
            return single(source, previous);
        } catch (IOException e) {
            return new SyncOutcome.Failed(source.name(), "download from " + source.url() + " failed: " + e + " (run sync again to resume)");
        } catch (InputException e) {
            return new SyncOutcome.Failed(source.name(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SyncOutcome.Failed(source.name(), "interrupted");
        }
    }

    private SyncOutcome single(FeedSource source, SourceInfo previous) throws IOException, InterruptedException {
        URI uri = source.uri(0);
        Path part = downloads.resolve(source.name() + ".part");
        Path meta = downloads.resolve(source.name() + ".part.json");
        var request = HttpRequest.newBuilder(uri).GET().header("User-Agent", userAgent).header("Accept-Encoding", "identity");
        long have = 0;
        Optional<PartMeta> partMeta = PartMeta.read(meta).filter(m -> m.url().equals(uri.toString()) && Files.exists(part));
        if (partMeta.isPresent() && partMeta.get().validator() != null) {
            have = Files.size(part);
            request.header("Range", "bytes=" + have + "-").header("If-Range", partMeta.get().validator());
        } else if (previous != null && previous.location().equals(uri.toString())) {
            if (previous.etag() != null) request.header("If-None-Match", previous.etag());
            if (previous.lastModified() != null) request.header("If-Modified-Since", previous.lastModified());
        }
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status == 304) return new SyncOutcome.Unchanged(source.name(), previous.checked(clock.instant()));
            if (status == 416 && partMeta.isPresent() && partMeta.get().length() == have) {
                return imported(source, part, meta, partMeta.get().etag(), partMeta.get().lastModified(), true);
            }
            boolean resumed = status == 206;
            if (status == 206) {
                String range = response.headers().firstValue("Content-Range").orElse("");
                if (!range.startsWith("bytes " + have + "-")) throw new IOException("the server resumed at '" + range + "', not at byte " + have);
            } else if (status != 200) {
                drain(body);
                return new SyncOutcome.Failed(source.name(), "HTTP " + status + " from " + uri);
            }
            String etag = response.headers().firstValue("ETag").orElse(null);
            String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
            if (resumed) {
                etag = partMeta.get().etag();
                lastModified = partMeta.get().lastModified();
            }
            long total = resumed ? -1 : response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (resumed) {
                total = response.headers().firstValue("Content-Range").map(r -> r.substring(r.indexOf('/') + 1))
                        .filter(t -> t.matches("\\d+")).map(Long::parseLong).orElse(-1L);
            }
            new PartMeta(uri.toString(), etag, lastModified, total).write(meta);
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                copy(body, out, source.name(), resumed ? have : 0, total);
            }
            if (total >= 0 && Files.size(part) != total) throw new IOException("got " + Files.size(part) + " of " + total + " bytes");
            return imported(source, part, meta, etag, lastModified, resumed);
        }
    }

    private SyncOutcome imported(FeedSource source, Path part, Path meta, String etag, String lastModified, boolean resumed) throws IOException {
        Path file = downloads.resolve(source.name() + ".download");
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(meta);
        try {
            SourceSnapshot s = Importers.read(source.kind(), source.name(), file, source.uri(0).toString(), clock, InputLimits.DEFAULT, progress);
            return new SyncOutcome.Updated(source.name(), new SourceSnapshot(s.info().withHttp(etag, lastModified), s.content()), resumed);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A paged API: pages are fetched in order and saved one after another, then imported as one file. */
    private SyncOutcome paged(FeedSource source) throws IOException, InterruptedException {
        Path file = downloads.resolve(source.name() + ".download");
        long items = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int page = 0; page < MAX_PAGES; page++) {
                var request = HttpRequest.newBuilder(source.uri(page)).GET().header("User-Agent", userAgent).header("Accept", "application/json").build();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) return new SyncOutcome.Failed(source.name(), "HTTP " + response.statusCode() + " from " + source.uri(page));
                byte[] body = response.body();
                JsonNode doc = JSON.readTree(body);
                JsonNode list = doc.isArray() ? doc : doc.path("items");
                if (list.isEmpty()) break;
                out.write(body);
                out.write('\n');
                items += list.size();
                long total = doc.path("total").asLong(-1);
                progress.progress("download " + source.name(), items, total);
                if (doc.isArray() || (total >= 0 && items >= total)) break;
            }
        }
        try {
            SourceSnapshot s = Importers.read(source.kind(), source.name(), file, source.url(), clock, InputLimits.DEFAULT, progress);
            return new SyncOutcome.Updated(source.name(), s, false);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void copy(InputStream in, OutputStream out, String name, long start, long total) throws IOException {
        byte[] buf = new byte[1 << 16];
        long done = start, reported = start;
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
            done += n;
            if (done - reported >= (1 << 20)) {
                reported = done;
                progress.progress("download " + name, done, total);
            }
        }
        progress.progress("download " + name, done, total);
    }

    private static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }

    /** What is known about a partial download, so that it can be resumed safely. */
    record PartMeta(String url, String etag, String lastModified, long length) {
        String validator() {
            return etag != null ? etag : lastModified;
        }

        static Optional<PartMeta> read(Path file) {
            if (!Files.exists(file)) return Optional.empty();
            try {
                JsonNode n = JSON.readTree(file.toFile());
                return Optional.of(new PartMeta(n.path("url").asText(), n.path("etag").asText(null), n.path("lastModified").asText(null),
                        n.path("length").asLong(-1)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        void write(Path file) throws IOException {
            ObjectNode n = JSON.createObjectNode();
            n.put("url", url);
            n.put("etag", etag);
            n.put("lastModified", lastModified);
            n.put("length", length);
            Files.write(file, JSON.writeValueAsBytes(n));
        }
    }
}
