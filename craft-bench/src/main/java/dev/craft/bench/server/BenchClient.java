package dev.craft.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The benchmark's HTTP client: JDK HttpClient, as {@code craft push} uses. */
final class BenchClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    BenchClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    static BenchClient admin(String base, String password) {
        return new BenchClient(base, "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
    }

    BenchClient withKey(String token) {
        return new BenchClient(base, "Bearer " + token);
    }

    record Reply(int status, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }

        @Override
        public String toString() {
            return status + " " + new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8);
        }
    }

    Reply send(String method, String path, String contentType, byte[] body) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) request.header("Content-Type", contentType);
        try {
            var r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Reply(-1, String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(String method, String path, String jsonBody) {
        var r = send(method, path, "application/json", jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8));
        if (r.status() < 200 || r.status() >= 300) throw new IllegalStateException(method + " " + path + ": " + r);
        return r.json();
    }

    /** Imports advisories and waits for the monitoring job; returns the finished import. */
    JsonNode importAdvisories(String source, byte[] osv) {
        var r = send("POST", "/api/v1/admin/advisories/import?source=" + source + "&kind=osv&filename=" + source + ".jsonl",
                "application/octet-stream", osv);
        if (r.status() != 202) throw new IllegalStateException("import: " + r);
        return awaitImport(r.json().get("id").asLong());
    }

    JsonNode awaitImport(long id) {
        while (true) {
            JsonNode status = json("GET", "/api/v1/admin/advisories/imports/" + id, null);
            if (!status.get("status").asText().equals("matching")) return status;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
