package dev.craft.bench.sbom;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.craft.sbom.SbomReader;
import dev.craft.sbom.purl.Purl;
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
 * Parsing the component purls of a real SBOM, one purl per operation (the score is ns/purl), with
 * packageurl-java 1.5.0 and with craft's {@link Purl}; the {@code Canonical} variants also write the canonical
 * string. {@code keycloak}: the largest real SBOM (903 maven purls with qualifiers); {@code juice-shop}: the
 * most components (1,115 npm purls, scoped names). Run: {@code ./dev bench PurlParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-XX:ActiveProcessorCount=1"})
public class PurlParseBenchmark {

    @Param({"keycloak", "juice-shop"})
    public String sbom;

    private String[] purls;
    private int next;

    @Setup
    public void setup() throws Exception {
        String file = sbom.equals("keycloak") ? "keycloak-10.0.2.cdx.json" : "juice-shop-npm-bare.cdx-1.4.json";
        Path path = Path.of(System.getProperty("craft.shared.data", "../shared/data"), "sboms", file);
        if (!Files.exists(path)) throw new IllegalStateException(path.toAbsolutePath() + " not found (set -Dcraft.shared.data=DIR)");
        purls = SbomReader.read(path).components().stream().flatMap(c -> c.purls().stream()).toArray(String[]::new);
        System.out.println("\n" + path + ": " + purls.length + " purls");
    }

    private String nextPurl() {
        String p = purls[next];
        next = next + 1 == purls.length ? 0 : next + 1;
        return p;
    }

    @Benchmark
    public PackageURL packageurlJava() throws MalformedPackageURLException {
        return new PackageURL(nextPurl());
    }

    @Benchmark
    public Purl craft() {
        return Purl.parseLenient(nextPurl());
    }

    @Benchmark
    public String packageurlJavaCanonical() throws MalformedPackageURLException {
        return new PackageURL(nextPurl()).canonicalize();
    }

    @Benchmark
    public String craftCanonical() {
        return Purl.parseLenient(nextPurl()).toString();
    }
}
