package dev.craft.bench.vuln;

import dev.craft.sbom.Sbom;
import dev.craft.vuln.MatchIndex;
import dev.craft.vuln.ScanResult;
import dev.craft.vuln.Scanner;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scanning a 10,000-component SBOM of real package names against the index of all shared advisories (target: under
 * 300 ms once the index is loaded). {@code fresh} builds a new index per invocation, so that every range is compiled
 * inside the measured scan: the cost of the first scan after {@code craft db sync}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ScanBenchmark {

    @Param({"10000"})
    int components;

    MatchIndex warm;
    MatchIndex fresh;
    dev.craft.vuln.AdvisoryStore store;
    Sbom sbom;

    @Setup
    public void setup() {
        store = BenchData.importAll();
        sbom = BenchData.realSbom(store, components);
        warm = MatchIndex.build(store);
        new Scanner(warm, Clock.systemUTC()).scan(sbom, "bench", List.of());
    }

    @Setup(Level.Invocation)
    public void freshIndex() {
        fresh = MatchIndex.build(store);
    }

    @Benchmark
    public ScanResult scanWarmIndex() {
        return new Scanner(warm, Clock.systemUTC()).scan(sbom, "bench", List.of());
    }

    @Benchmark
    public ScanResult scanFreshIndex() {
        return new Scanner(fresh, Clock.systemUTC()).scan(sbom, "bench", List.of());
    }
}
