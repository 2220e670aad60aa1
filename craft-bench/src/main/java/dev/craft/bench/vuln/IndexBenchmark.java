package dev.craft.bench.vuln;

import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.MatchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
 * Loading the store of all shared advisories from disk and building the match index: what every {@code craft scan}
 * does before matching (target: under 1 s). {@code SingleShotTime} measures a cold call in a warmed JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class IndexBenchmark {

    Path dir;
    AdvisoryStore store;

    @Setup
    public void setup() throws IOException {
        dir = Files.createTempDirectory("craft-bench-index");
        store = BenchData.importAll();
        store.save(dir, Clock.systemUTC());
    }

    @Benchmark
    public AdvisoryStore load() {
        return AdvisoryStore.load(dir);
    }

    @Benchmark
    public MatchIndex build() {
        return MatchIndex.build(store);
    }

    @Benchmark
    public MatchIndex loadAndBuild() {
        return MatchIndex.build(AdvisoryStore.load(dir));
    }
}
