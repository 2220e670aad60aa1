package dev.craft.bench.vuln;

import dev.craft.sbom.Sbom;
import dev.craft.vuln.AdvisoryStore;
import dev.craft.vuln.MatchIndex;
import dev.craft.vuln.ScanResult;
import dev.craft.vuln.Scanner;
import dev.craft.vuln.store.StoreFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The figures of docs/vulnerabilities.md in one run, measured the simple way (wall clock, one JVM), next to the JMH
 * benchmarks that measure them rigorously. Run with the heap limit under test:
 *
 * <pre>java -Xmx1g -cp craft-bench/target/craft-bench.jar dev.craft.bench.vuln.VulnFigures [synthetic-count]</pre>
 */
public final class VulnFigures {

    private VulnFigures() {}

    public static void main(String[] args) throws Exception {
        int synthetic = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("craft-figures");

        long t = System.nanoTime();
        AdvisoryStore store = BenchData.importAll();
        store.save(dir, Clock.systemUTC());
        print("import all shared OSV + KEV (%d advisories), first run", ms(t), store.advisories().size());
        print("store file size", Files.size(dir.resolve(StoreFile.FILE_NAME)) / 1024.0 / 1024.0, "MB");

        t = System.nanoTime();
        MatchIndex index = MatchIndex.build(AdvisoryStore.load(dir));
        print("load store + build index, first (cold) call", ms(t));
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            t = System.nanoTime();
            index = MatchIndex.build(AdvisoryStore.load(dir));
            best = Math.min(best, ms(t));
        }
        print("load store + build index, best of 5 after warm-up", best);

        Sbom sbom = BenchData.realSbom(store, 10_000);
        t = System.nanoTime();
        ScanResult r = new Scanner(index, Clock.systemUTC()).scan(sbom, "bench", List.of());
        print("scan 10,000 real components, first scan on a new index (%d findings, %d could not check)", ms(t), r.findings().size(),
                r.couldNotCheck().size());
        best = Double.MAX_VALUE;
        int scans = Integer.getInteger("craft.figures.scans", 10);
        for (int i = 0; i < scans; i++) {
            t = System.nanoTime();
            new Scanner(index, Clock.systemUTC()).scan(sbom, "bench", List.of());
            best = Math.min(best, ms(t));
        }
        print("scan 10,000 real components, best of %d after warm-up", best, scans);

        store = null;
        index = null;
        r = null;
        gc();
        long before = used();
        t = System.nanoTime();
        Path bigDir = Files.createTempDirectory("craft-figures-synthetic");
        BenchData.synthetic(synthetic).save(bigDir, Clock.systemUTC());
        print("generate and save %,d synthetic advisories", ms(t), synthetic);
        print("synthetic store file size", Files.size(bigDir.resolve(StoreFile.FILE_NAME)) / 1024.0 / 1024.0, "MB");
        gc();
        before = used();
        t = System.nanoTime();
        AdvisoryStore big = AdvisoryStore.load(bigDir);
        print("load %,d advisories from the store", ms(t), synthetic);
        t = System.nanoTime();
        MatchIndex bigIndex = MatchIndex.build(big);
        print("build index over %,d advisories", ms(t), synthetic);
        Sbom bigSbom = BenchData.syntheticSbom(synthetic / 5, 10_000);
        t = System.nanoTime();
        ScanResult br = new Scanner(bigIndex, Clock.systemUTC()).scan(bigSbom, "bench", List.of());
        print("scan 10,000 components against %,d advisories (%d findings)", ms(t), synthetic, br.findings().size());
        gc();
        print("heap used by %,d advisories + index (after GC, -Xmx %d MB)", (used() - before) / 1024.0 / 1024.0, synthetic,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        System.out.println("    (keep " + bigIndex.advisories() + " " + big.sources().size() + " " + br.findings().size() + ")");
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void print(String what, double value, Object... args) {
        System.out.println(String.format(Locale.ROOT, "%-90s %10.1f", String.format(Locale.ROOT, what, args), value));
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
