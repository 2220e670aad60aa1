package dev.craft.bench.sbom;

import dev.craft.sbom.SbomReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads SBOMs repeatedly on one thread and prints the CPU time of that thread per read (min and median),
 * as MB/s. A companion to {@link SbomParseBenchmark} for machines shared with other work, where wall-clock
 * scores mostly measure the neighbours: thread CPU time does not count the time the thread waits for a core.
 *
 * <pre>java -XX:ActiveProcessorCount=1 -Xmx512m -cp craft-bench/target/craft-bench.jar dev.craft.bench.sbom.SbomReadCpuTime 10 FILE...</pre>
 */
public final class SbomReadCpuTime {

    private SbomReadCpuTime() {}

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(args[0]);
        var threads = ManagementFactory.getThreadMXBean();
        for (int f = 1; f < args.length; f++) {
            Path file = Path.of(args[f]);
            double mb = Files.size(file) / 1e6;
            long[] cpu = new long[runs];
            int components = 0;
            for (int i = 0; i < runs; i++) {
                long start = threads.getCurrentThreadCpuTime();
                components = SbomReader.read(file).components().size();
                cpu[i] = threads.getCurrentThreadCpuTime() - start;
            }
            // the first half of the runs warm the JIT; report over the second half
            long[] warm = Arrays.copyOfRange(cpu, runs / 2, runs);
            Arrays.sort(warm);
            double min = warm[0] / 1e6;
            double median = warm[warm.length / 2] / 1e6;
            System.out.printf("%s: %.1f MB, %d components, CPU per read min %.0f ms (%.0f MB/s), median %.0f ms (%.0f MB/s)%n",
                    file.getFileName(), mb, components, min, mb / (min / 1e3), median, mb / (median / 1e3));
        }
    }
}
