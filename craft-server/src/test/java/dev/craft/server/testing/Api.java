package dev.craft.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: the server over real HTTP, as a user or an API key would call it. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private final String base;
    private final String authorization;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api anonymous(int port) {
        return new Api("http://127.0.0.1:" + port, null);
    }

    public static Api admin(int port) {
        return anonymous(port).basic("admin", TestDatabaseInitializer.ADMIN_PASSWORD);
    }

    public Api basic(String user, String password) {
        return new Api(base, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Api bearer(String token) {
        return new Api(base, "Bearer " + token);
    }

    public String base() {
        return base;
    }

    /** A name no other test uses: tests share one database. */
    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + UNIQUE.incrementAndGet();
    }

    public record Response(int status, String contentType, byte[] body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + text();
        }
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response post(String path, Object jsonBody) {
        return send("POST", path, "application/json", JSON.writeValueAsBytes(jsonBody));
    }

    public Response put(String path, Object jsonBody) {
        return send("PUT", path, "application/json", JSON.writeValueAsBytes(jsonBody));
    }

    public Response patch(String path, Object jsonBody) {
        return send("PATCH", path, "application/json", JSON.writeValueAsBytes(jsonBody));
    }

    public Response send(String method, String path, String contentType, byte[] body) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) builder.header("Content-Type", contentType);
        if (authorization != null) builder.header("Authorization", authorization);
        try {
            HttpResponse<byte[]> r = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates an organisation (as the instance administrator, who becomes its ADMIN) and returns its slug. */
    public static String newOrg(int port) {
        String slug = unique("org");
        var r = admin(port).post("/api/v1/orgs", java.util.Map.of("slug", slug, "name", "Test " + slug));
        if (r.status() != 201) throw new IllegalStateException("cannot create org: " + r);
        var m = admin(port).put("/api/v1/orgs/" + slug + "/members/admin", java.util.Map.of("role", "ADMIN"));
        if (m.status() != 201) throw new IllegalStateException("cannot join org: " + m);
        return slug;
    }

    /** Creates an API key with a role in an organisation and returns a client that uses it. */
    public static Api withKey(int port, String org, String role) {
        var r = admin(port).post("/api/v1/orgs/" + org + "/api-keys", java.util.Map.of("name", "test " + role, "role", role));
        if (r.status() != 201) throw new IllegalStateException("cannot create API key: " + r);
        return anonymous(port).bearer(r.json().get("token").asString());
    }
}
