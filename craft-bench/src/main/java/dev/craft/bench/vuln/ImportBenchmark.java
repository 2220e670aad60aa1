package dev.craft.bench.vuln;

import dev.craft.vuln.AdvisoryStore;
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

/** Importing every shared OSV file (22,927 records in 9 files) and the KEV catalogue, then writing the store. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ImportBenchmark {

    Path dir;

    @Setup
    public void setup() throws IOException {
        dir = Files.createTempDirectory("craft-bench-import");
    }

    @Benchmark
    public AdvisoryStore importAndSave() {
        AdvisoryStore s = BenchData.importAll();
        s.save(dir, Clock.systemUTC());
        return s;
    }
}
