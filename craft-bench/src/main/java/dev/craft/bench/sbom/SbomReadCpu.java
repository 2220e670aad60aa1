package dev.craft.bench.sbom;

import com.sun.management.OperatingSystemMXBean;
import dev.craft.sbom.SbomReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one SBOM repeatedly and prints wall time and the process's CPU time per read. On a shared machine
 * wall time (and so JMH's score) grows with other people's load; CPU time of a one-core JVM barely does, so
 * MB per CPU-second is the figure to compare between versions there. Run:
 * {@code java -XX:ActiveProcessorCount=1 -Xmx512m -cp craft-bench/target/craft-bench.jar dev.craft.bench.sbom.SbomReadCpu FILE [READS]}.
 */
public final class SbomReadCpu {

    private SbomReadCpu() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SbomReadCpu FILE [READS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        double mb = Files.size(file) / 1e6;
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 1; i <= reads; i++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            int components = SbomReader.readWithWarnings(file).sbom().components().size();
            double cpuS = (os.getProcessCpuTime() - cpu) / 1e9;
            double wallS = (System.nanoTime() - wall) / 1e9;
            System.out.printf("read %2d: %d components, wall %6.0f ms, cpu %6.0f ms, %5.1f MB/cpu-s%n",
                    i, components, wallS * 1000, cpuS * 1000, mb / cpuS);
        }
    }
}
