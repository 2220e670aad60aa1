package dev.craft.bench.sbom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import dev.craft.sbom.read.InputLimits;
import dev.craft.sbom.read.Json;
import dev.craft.sbom.read.SchemaRegistries;
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
 * The share of {@link SpdxReadBenchmark}'s craft figure that is JSON Schema validation: the same schema
 * craft's reader applies (from craft-sbom's jar, same offline registry), on a tree parsed beforehand.
 * The SPDX Java library does not validate against the schema while reading, so craft's reading time
 * without this is the like-for-like comparison. Run: {@code ./dev bench SpdxSchemaValidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "-XX:ActiveProcessorCount=1"})
public class SpdxSchemaValidationBenchmark {

    @Param({
        "real-world/constellation-spdx.json",
        "real-world/grype-sbom.spdx.json",
        "real-world/powershell.spdx.json",
        "real-world/microsoft-sbom-tool.spdx.json",
        "examples/3.0/spdx-examples-example9-appbomination.spdx3.json"})
    public String file;

    private JsonNode tree;
    private Schema schema;

    @Setup
    public void setup() throws IOException {
        Path path = Path.of(System.getProperty("craft.shared.data", "../shared/data"), "spdx", file);
        ObjectMapper mapper = Json.mapper(InputLimits.defaults());
        tree = mapper.readTree(path.toFile());
        String version = tree.has("@graph") ? "3.0.1" : tree.path("spdxVersion").asText().substring("SPDX-".length());
        schema = SchemaRegistries.offline(l -> { })
                .getSchema(SchemaLocation.of("classpath:dev/craft/sbom/spdx/schema/spdx-schema-v" + version + ".json"));
        System.out.printf("%n%s: %,d bytes, SPDX %s schema, %d schema errors%n", path, Files.size(path), version, schema.validate(tree).size());
    }

    @Benchmark
    public int validate() {
        return schema.validate(tree).size();
    }
}
