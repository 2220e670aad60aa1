package dev.craft.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code craft push} waits out a busy server: a 503 with Retry-After is retried, anything else is not. */
class ServerClientRetryTest {

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    /** A server that answers 503 (with the given Retry-After, or none) {@code busyTimes} times, then 201. */
    private ServerClient serverBusy(int busyTimes, String retryAfter) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            boolean busy = calls.incrementAndGet() <= busyTimes;
            byte[] body = (busy ? "{\"type\":\"urn:craft:problem:server-busy\",\"status\":503,\"detail\":\"busy\"}" : "{\"ok\":true}")
                    .getBytes(StandardCharsets.UTF_8);
            if (busy && retryAfter != null) exchange.getResponseHeaders().add("Retry-After", retryAfter);
            exchange.getResponseHeaders().add("Content-Type", busy ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(busy ? 503 : 201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return ServerClient.fromEnvironment("http://127.0.0.1:" + server.getAddress().getPort(), Map.of("CRAFT_API_KEY", "craft_x"));
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    @Test
    void shouldRetryAPutWhenTheServerIsBusyAndSaysWhenToComeBack() throws IOException {
        var reply = serverBusy(2, "0").put("/sbom", "application/json", new byte[] {'{', '}'});
        assertThat(reply.status()).isEqualTo(201);
        assertThat(calls).hasValue(3);
    }

    @Test
    void shouldGiveUpAfterTheLastRetryWhenTheServerStaysBusy() throws IOException {
        var reply = serverBusy(100, "0").put("/sbom", "application/json", new byte[] {'{', '}'});
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.problem()).isEqualTo("busy (HTTP 503)");
        assertThat(calls).hasValue(ServerClient.PUT_RETRIES + 1);
    }

    @Test
    void shouldNotRetryWhenTheServerGivesNoRetryAfter() throws IOException {
        var reply = serverBusy(1, null).put("/sbom", "application/json", new byte[] {'{', '}'});
        assertThat(reply.status()).isEqualTo(503);
        assertThat(calls).hasValue(1);
    }
}
