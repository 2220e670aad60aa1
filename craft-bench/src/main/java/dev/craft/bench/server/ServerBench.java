package dev.craft.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole-process benchmark of the craft server on loopback: starts {@code craft serve} (its own JVM and
 * embedded PostgreSQL, fresh craft home) unless given {@code --server}, then runs the scenarios of
 * docs/server.md and prints their figures.
 *
 * <pre>
 * ./dev mvn -q -DskipTests package -pl craft-cli,craft-bench -am
 * java -cp craft-bench/target/craft-bench.jar dev.craft.bench.server.ServerBench [upload] [concurrent] [rematch]
 * </pre>
 */
public final class ServerBench {

    static final String PASSWORD = "bench-admin-password";

    public static void main(String[] args) throws Exception {
        List<String> scenarios = new ArrayList<>(List.of(args));
        String server = null;
        if (scenarios.remove("--server")) throw new IllegalArgumentException("use --server=URL");
        for (String a : List.copyOf(scenarios)) {
            if (a.startsWith("--server=")) {
                server = a.substring("--server=".length());
                scenarios.remove(a);
            }
        }
        if (scenarios.isEmpty()) scenarios = List.of("upload", "concurrent", "rematch");
        Process process = null;
        if (server == null) {
            int port = freePort();
            process = start(port);
            server = "http://127.0.0.1:" + port;
        }
        try {
            var admin = BenchClient.admin(server, PASSWORD);
            System.out.printf(Locale.ROOT, "craft server benchmark against %s (%d cores, %s)%n", server,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
            for (String s : scenarios) {
                switch (s) {
                    case "upload" -> upload(admin);
                    case "concurrent" -> concurrent(admin);
                    case "rematch" -> rematch(admin);
                    default -> throw new IllegalArgumentException("unknown scenario " + s + " (upload, concurrent, rematch)");
                }
            }
        } finally {
            if (process != null) {
                process.destroy(); // SIGTERM: the server stops its embedded PostgreSQL
                process.waitFor();
            }
        }
    }

    /** 10,000 components in one SBOM, pushed to a new release each time: latency from request to findings in the answer. */
    static void upload(BenchClient admin) {
        admin.json("POST", "/api/v1/orgs/default/products", "{\"key\":\"bench-upload\"}");
        var imported = admin.importAdvisories("bench-upload", BenchData.advisories("BENCH-U", 200, 0, 50));
        byte[] sbom = BenchData.sbom("00000000-0000-0000-0000-000000000001", 10_000, 0, 10_000, 1);
        var ci = admin.withKey(admin.json("POST", "/api/v1/orgs/default/api-keys", "{\"name\":\"bench\",\"role\":\"CI_UPLOADER\"}").get("token").asText());
        var latencies = new Latencies();
        int findings = -1;
        for (int i = 0; i < 45; i++) {
            long t0 = System.nanoTime();
            var r = ci.send("PUT", "/api/v1/orgs/default/products/bench-upload/releases/u-" + i + "/sbom?filename=bench.json",
                    "application/vnd.cyclonedx+json", sbom);
            long t = System.nanoTime() - t0;
            if (r.status() != 201) throw new IllegalStateException("push " + i + ": " + r);
            findings = r.json().get("findings").get("total").asInt();
            if (i >= 5) latencies.add(t); // the first five warm the server's JIT
        }
        System.out.printf(Locale.ROOT, "upload: SBOM of 10,000 components (%.1f MB), %d advisories in the store (%d matching), %d findings per push%n",
                sbom.length / 1e6, imported.get("records").asInt(), 200, findings);
        System.out.println("upload: push -> findings in the response: " + latencies.summary());
    }

    /** 50 uploaders pushing 300-component SBOMs to new releases for one minute. */
    static void concurrent(BenchClient admin) throws Exception {
        admin.json("POST", "/api/v1/orgs/default/products", "{\"key\":\"bench-concurrent\"}");
        admin.importAdvisories("bench-concurrent", BenchData.advisories("BENCH-C", 500, 20_000, 20));
        int uploaders = 50;
        var keys = new ArrayList<BenchClient>();
        for (int i = 0; i < uploaders; i++) {
            keys.add(admin.withKey(admin.json("POST", "/api/v1/orgs/default/api-keys",
                    "{\"name\":\"pipeline " + i + "\",\"role\":\"CI_UPLOADER\"}").get("token").asText()));
        }
        var latencies = new Latencies();
        var errors = new AtomicInteger();
        var firstError = new java.util.concurrent.atomic.AtomicReference<String>();
        var bytes = new AtomicLong();
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        ExecutorService pool = Executors.newFixedThreadPool(uploaders);
        var futures = new ArrayList<Future<?>>();
        for (int t = 0; t < uploaders; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; Instant.now().isBefore(end); i++) {
                    byte[] sbom = BenchData.sbom(String.format(Locale.ROOT, "00000000-0000-0000-%04d-%012d", thread, i), 300, 20_000, 10_000,
                            thread * 100_000L + i);
                    long t0 = System.nanoTime();
                    var r = keys.get(thread).send("PUT", "/api/v1/orgs/default/products/bench-concurrent/releases/t" + thread + "-" + i + "/sbom",
                            "application/vnd.cyclonedx+json", sbom);
                    long took = System.nanoTime() - t0;
                    if (r.status() == 201) {
                        latencies.add(took);
                        bytes.addAndGet(sbom.length);
                    } else {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, r.toString());
                    }
                }
            }));
        }
        for (var f : futures) f.get();
        pool.shutdown();
        System.out.printf(Locale.ROOT, "concurrent: %d uploaders x 60 s, 300-component SBOMs: %d pushes (%.1f/s, %.1f MB/s), %d errors%s%n",
                uploaders, latencies.count(), latencies.count() / 60.0, bytes.get() / 60e6, errors.get(),
                firstError.get() == null ? "" : " (first: " + firstError.get() + ")");
        System.out.println("concurrent: latency " + latencies.summary());
    }

    /** 1,000 releases of 100 components each, then 1,000 new advisories: time until the portfolio is re-matched. */
    static void rematch(BenchClient admin) throws Exception {
        int products = 100;
        int perProduct = 10;
        for (int p = 0; p < products; p++) admin.json("POST", "/api/v1/orgs/default/products", "{\"key\":\"bench-portfolio-" + p + "\"}");
        var ci = admin.withKey(admin.json("POST", "/api/v1/orgs/default/api-keys", "{\"name\":\"bench portfolio\",\"role\":\"CI_UPLOADER\"}")
                .get("token").asText());
        long setup = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        var futures = new ArrayList<Future<?>>();
        for (int p = 0; p < products; p++) {
            for (int v = 0; v < perProduct; v++) {
                int product = p;
                int version = v;
                futures.add(pool.submit(() -> {
                    byte[] sbom = BenchData.sbom(String.format(Locale.ROOT, "00000000-0000-0001-%04d-%012d", product, version), 100, 40_000,
                            5_000, product * 1000L + version);
                    var r = ci.send("PUT", "/api/v1/orgs/default/products/bench-portfolio-" + product + "/releases/1." + version + "/sbom",
                            "application/vnd.cyclonedx+json", sbom);
                    if (r.status() != 201) throw new IllegalStateException("portfolio push: " + r);
                }));
            }
        }
        for (var f : futures) f.get();
        pool.shutdown();
        System.out.printf(Locale.ROOT, "rematch: portfolio of %d releases x 100 components set up in %.1f s%n", products * perProduct,
                (System.nanoTime() - setup) / 1e9);
        byte[] osv = BenchData.advisories("BENCH-R", 1_000, 40_000, 5);
        long t0 = System.nanoTime();
        JsonNode done = admin.importAdvisories("bench-rematch", osv);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "rematch: import of 1,000 new advisories -> portfolio re-matched in %.2f s (%s: %d releases affected, %d new findings, status %s)%n",
                seconds, "store + job", done.get("affectedReleases").asInt(), done.get("newFindings").asInt(), done.get("status").asText());
    }

    private static Process start(int port) throws IOException, InterruptedException {
        Path jar = Path.of("craft-cli", "target", "craft.jar");
        if (!Files.exists(jar)) throw new IllegalStateException(jar + " is missing: ./dev mvn -q -DskipTests package -pl craft-cli,craft-bench -am");
        Path home = Files.createTempDirectory("craft-bench-home-");
        Path log = home.resolve("server.log");
        var pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "serve", "--port", Integer.toString(port), "--home", home.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("CRAFT_ADMIN_PASSWORD", PASSWORD);
        Process p = pb.start();
        for (Instant deadline = Instant.now().plusSeconds(180); ; Thread.sleep(200)) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (text.contains("listening on")) break;
            if (!p.isAlive() || Instant.now().isAfter(deadline)) throw new IllegalStateException("craft serve did not start:\n" + text);
        }
        System.out.println("started craft serve (pid " + p.pid() + ", home " + home + ")");
        return p;
    }

    private static int freePort() throws IOException {
        try (var s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
