package dev.craft.server.reporting;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server that records the webhook calls it receives (and can be told to fail). */
public final class WebhookReceiver implements AutoCloseable {

    /** One received call. */
    public record Call(Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile String failMarker = "";

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean fail = new String(body, java.nio.charset.StandardCharsets.UTF_8).contains(failMarker)
                    && failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            if (!fail) calls.add(new Call(Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(fail ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public void clear() {
        calls.clear();
    }

    /** The next {@code n} calls whose body contains {@code marker} get 503 (and are not recorded). */
    public void failNext(String marker, int n) {
        failMarker = marker;
        failNext.set(n);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
