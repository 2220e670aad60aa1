package dev.craft.cli.server;

import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI's way to the server: JDK HttpClient, credentials from the environment ({@code CRAFT_API_KEY},
 * or {@code CRAFT_USER} and {@code CRAFT_PASSWORD}), and errors turned into one clear line each.
 */
public final class ServerClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final String authorization;
    private final HttpClient http;

    private ServerClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A client for {@code server}, signed in from the environment; refuses to run without credentials. */
    public static ServerClient fromEnvironment(String server, Map<String, String> env) {
        URI base;
        try {
            base = URI.create(server.endsWith("/") ? server.substring(0, server.length() - 1) : server);
            if (base.getScheme() == null || !base.getScheme().matches("https?") || base.getHost() == null) throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {
            throw new InputException(Problem.at("--server", "", "'" + server + "' is not an http(s) URL (expected e.g. http://localhost:8080)"));
        }
        String key = env.get("CRAFT_API_KEY");
        String user = env.get("CRAFT_USER");
        String password = env.get("CRAFT_PASSWORD");
        String auth;
        if (key != null && !key.isBlank()) {
            auth = "Bearer " + key.strip();
        } else if (user != null && password != null) {
            auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        } else {
            throw new InputException(new Problem("environment", "", "no credentials for " + base,
                    "CRAFT_API_KEY=craft_... (an API key), or CRAFT_USER and CRAFT_PASSWORD"));
        }
        return new ServerClient(base, auth);
    }

    public URI base() {
        return base;
    }

    public record Reply(int status, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's detail (and its located errors), for a one-line message. */
        public String problem() {
            if (body == null || !body.isObject()) return "HTTP " + status;
            String detail = body.path("detail").asString(body.path("title").asString("HTTP " + status));
            return detail + " (HTTP " + status + ")";
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), Duration.ofMinutes(5));
    }

    /** Retries of a PUT the server answered 503 (busy, or its database briefly away), as its Retry-After says. */
    static final int PUT_RETRIES = 3;

    /**
     * A PUT, retried up to {@link #PUT_RETRIES} times when the server answers 503 with a Retry-After of at
     * most a minute: a PUT is idempotent (the same SBOM pushed again changes nothing), and a CI pipeline
     * should wait out a busy server rather than fail its build.
     */
    public Reply put(String path, String contentType, byte[] body) {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> r = exchange(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                    .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(body)), Duration.ofMinutes(10));
            long wait = retryAfterSeconds(r);
            if (r.statusCode() != 503 || wait < 0 || wait > 60 || attempt == PUT_RETRIES) return reply(r);
            try {
                Thread.sleep(Duration.ofSeconds(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return reply(r);
            }
        }
    }

    private static long retryAfterSeconds(HttpResponse<?> r) {
        try {
            return r.headers().firstValue("Retry-After").map(String::strip).map(Long::parseLong).orElse(-1L);
        } catch (NumberFormatException httpDate) {
            return -1; // an HTTP-date: craft never sends one; do not guess
        }
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), Duration.ofMinutes(10));
    }

    /** A document that is not JSON (a PDF, Markdown, text): the bytes of a 2xx reply, else the problem as an error. */
    public byte[] getBytes(String path, String accept) {
        HttpResponse<byte[]> r = exchange(HttpRequest.newBuilder(base.resolve(path)).GET().header("Accept", accept),
                Duration.ofMinutes(5));
        if (r.statusCode() / 100 == 2) return r.body();
        JsonNode body = null;
        try {
            body = JSON.readTree(r.body());
        } catch (RuntimeException notJson) {
            body = null;
        }
        throw new InputException(Problem.at(base.toString(), path, new Reply(r.statusCode(), body).problem()));
    }

    private Reply send(HttpRequest.Builder request, Duration timeout) {
        request.header("Accept", "application/json");
        return reply(exchange(request, timeout));
    }

    private static Reply reply(HttpResponse<byte[]> r) {
        JsonNode body = null;
        if (r.body().length > 0) {
            try {
                body = JSON.readTree(r.body());
            } catch (RuntimeException notJson) {
                body = null;
            }
        }
        return new Reply(r.statusCode(), body);
    }

    private HttpResponse<byte[]> exchange(HttpRequest.Builder request, Duration timeout) {
        request.header("Authorization", authorization).timeout(timeout);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw unreachable("no answer within 10 s");
        } catch (ConnectException e) {
            throw unreachable("connection refused (is 'craft serve' running there?)");
        } catch (HttpTimeoutException e) {
            throw unreachable("no reply within " + timeout.toMinutes() + " min");
        } catch (IOException e) {
            throw unreachable(e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable("interrupted");
        }
    }

    private InputException unreachable(String why) {
        return new InputException(Problem.at(base.toString(), "", "cannot reach the craft server: " + why));
    }
}
