package dev.craft.bench.sbom;

import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.SbomReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + normalize (+ schema validation, which craft always does) of a real SBOM and of a generated
 * 100,000-component CycloneDX JSON. MB/s = file size / score. Run:
 * {@code ./dev bench SbomParseBenchmark -p file=generated-100k}.
 * The real SBOM is {@code ../shared/data/sboms/keycloak-10.0.2.cdx.json} (the largest, 2.2 MB) when present.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-XX:ActiveProcessorCount=1"})
public class SbomParseBenchmark {

    @Param({"generated-100k", "keycloak"})
    public String file;

    private Path path;

    @Setup
    public void setup() throws IOException {
        if (file.equals("keycloak")) {
            path = Path.of(System.getProperty("craft.shared.data", "../shared/data"), "sboms", "keycloak-10.0.2.cdx.json");
            if (!Files.exists(path)) path = Path.of("..", "shared", "data", "sboms", "keycloak-10.0.2.cdx.json");
        } else {
            path = Path.of("craft-bench", "target", "sbom-100000.cdx.json");
            if (!Files.exists(path)) GenerateLargeSbom.write(100_000, path);
        }
        System.out.println("\n" + path + ": " + Files.size(path) + " bytes");
    }

    @Benchmark
    public SbomReadResult readAndNormalize() throws IOException {
        return SbomReader.readWithWarnings(path);
    }
}
