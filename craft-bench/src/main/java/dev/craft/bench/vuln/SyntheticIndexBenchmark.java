package dev.craft.bench.vuln;

import dev.craft.sbom.Sbom;
import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.MatchIndex;
import dev.craft.vuln.ScanResult;
import dev.craft.vuln.Scanner;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One million synthetic advisories, in a JVM limited to 1 GB of heap: building the index, and scanning 10,000
 * components against it. That the fork runs at all with -Xmx1g is the heap check; {@link VulnFigures} prints the heap
 * actually used.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SyntheticIndexBenchmark {

    static final int ADVISORIES = 1_000_000;

    AdvisoryStore store;
    MatchIndex index;
    Sbom sbom;

    @Setup
    public void setup() throws java.io.IOException {
        // Saved and loaded, as a server holds them: repeated strings (versions, names, vectors) are shared on load.
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("craft-bench-synthetic");
        BenchData.synthetic(ADVISORIES).save(dir, Clock.systemUTC());
        store = AdvisoryStore.load(dir);
        index = MatchIndex.build(store);
        sbom = BenchData.syntheticSbom(ADVISORIES / 5, 10_000);
    }

    @Benchmark
    public MatchIndex buildIndex() {
        return MatchIndex.build(store);
    }

    @Benchmark
    public ScanResult scan() {
        return new Scanner(index, Clock.systemUTC()).scan(sbom, "bench", List.of());
    }
}
