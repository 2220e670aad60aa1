package dev.craft.bench.sbom;

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
import org.spdx.core.InvalidSPDXAnalysisException;

/**
 * craft's SPDX readers against the SPDX Java library (java-spdx-library with its Jackson, tag-value and
 * v3 JSON-LD stores) on the same files, each reading the document and walking every package (ADR 0022).
 * craft's figure includes format detection and schema validation, which it always does; the library's
 * includes licence-expression parsing, which it always does. MB/s = file size / score. Files are read in
 * place from {@code ../shared/data/spdx} (or {@code -Dcraft.shared.data=DIR}). Run:
 * {@code ./dev bench SpdxReadBenchmark -prof gc} or, for one file,
 * {@code ./dev bench SpdxReadBenchmark -p file=real-world/grype-sbom.spdx.json}.
 * Setup prints the package counts of both readers; they must agree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-XX:ActiveProcessorCount=1", "-Dorg.spdx.useJARLicenseInfoOnly=true"})
public class SpdxReadBenchmark {

    /**
     * The three largest real SPDX 2 JSON SBOMs, two real tag-value ones and the largest SPDX 3.0.1 example
     * the library reads. The library refuses constellation and powershell (a dangling relationship,
     * {@code hasFiles: null}): its benchmark fails on them with the library's message, craft's is measured.
     */
    @Param({
        "real-world/constellation-spdx.json",
        "real-world/grype-sbom.spdx.json",
        "real-world/powershell.spdx.json",
        "real-world/microsoft-sbom-tool.spdx.json",
        "real-world/chartmuseum-v0.14.0.spdx",
        "real-world/k8s-release-sbom.spdx",
        "examples/3.0/spdx-examples-example9-appbomination.spdx3.json"})
    public String file;

    private Path path;

    @Setup
    public void setup() throws IOException {
        path = Path.of(System.getProperty("craft.shared.data", "../shared/data"), "spdx", file);
        if (!Files.isRegularFile(path)) throw new IllegalStateException(path + " is missing: run from a clone next to shared/data or set -Dcraft.shared.data");
        PackageWalk craft = CraftSpdxWalk.read(path);
        String library;
        try {
            PackageWalk walk = SpdxLibraryWalk.read(path);
            library = walk.packages() + " packages, " + walk.purls() + " purls";
        } catch (InvalidSPDXAnalysisException | RuntimeException e) {
            library = "cannot read it: " + e;
        }
        System.out.printf("%n%s: %,d bytes; craft %d packages, %d purls; library %s%n",
                path, Files.size(path), craft.packages(), craft.purls(), library);
    }

    @Benchmark
    public PackageWalk craft() throws IOException {
        return CraftSpdxWalk.read(path);
    }

    @Benchmark
    public PackageWalk spdxLibrary() throws IOException, InvalidSPDXAnalysisException {
        return SpdxLibraryWalk.read(path);
    }
}
