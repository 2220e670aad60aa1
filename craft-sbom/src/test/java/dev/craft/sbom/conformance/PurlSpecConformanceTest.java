package dev.craft.sbom.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.sbom.purl.MalformedPurlException;
import dev.craft.sbom.purl.Purl;
import dev.craft.testsupport.ConformanceReport;
import dev.craft.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every case of the purl-spec test suite through craft's own {@link Purl}: {@code tests/spec} and
 * {@code tests/types} (current suite) and the older {@code test-suite-data.json} (removed upstream in 2025).
 * "required" cases run through {@link Purl#parse} (ECMA-427), "recommended" cases and the older suite, whose
 * spec treated qualifier keys as case-insensitive, through {@link Purl#parseLenient}.
 *
 * <p>A few cases contradict other cases or the type definitions of the same data; they are listed in
 * {@link #CONTRADICTIONS} with the reason (see docs/adr/0023-purl-conformance.md). The test fails when any
 * other case fails, and also when a listed case passes, so the list stays true.
 */
class PurlSpecConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Case key ({@code file [description] input}) to why it cannot pass together with the rest of the data. */
    static final Map<String, String> CONTRADICTIONS = Map.ofEntries(
            Map.entry("git-test.json [git namespace and name should be lowercased. Validate an input purl.] pkg:git/github/Package-url/purl-Spec@244fd47e07d1004f0aed9c",
                    "git-definition.json: namespace and name case_sensitive true"),
            Map.entry("maven-test.json [maven pom reference] pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?type=pom&repositorY_url=repo.spring.io/release",
                    "required parse accepting an upper-case qualifier key; the required gem and rpm parse cases must reject one"),
            Map.entry("test-suite-data.json [maven often uses qualifiers] pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=sources&repositorY_url=repo.spring.io/release",
                    "'/' unencoded in a qualifier value; current maven-test.json expects repo.spring.io%2Frelease for the same input"),
            Map.entry("test-suite-data.json [maven pom reference] pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?extension=pom&repositorY_url=repo.spring.io/release",
                    "'/' unencoded in a qualifier value; current maven-test.json expects repo.spring.io%2Frelease"),
            Map.entry("test-suite-data.json [Hugging Face model with staging endpoint] pkg:huggingface/microsoft/deberta-v3-base@559062ad13d311b87b2c455e67dcd5f1c8f65111?repository_url=https://hub-ci.huggingface.co",
                    "'/' unencoded in a qualifier value; current huggingface-test.json expects https:%2F%2F for the same input"),
            Map.entry("test-suite-data.json [MLflow model tracked in Azure Databricks (case insensitive)] pkg:mlflow/CreditFraud@3?repository_url=https://adb-5245952564735461.0.azuredatabricks.net/api/2.0/mlflow",
                    "'/' unencoded in a qualifier value; current mlflow-test.json expects %2F for the same input"),
            Map.entry("test-suite-data.json [MLflow model tracked in Azure ML (case sensitive)] pkg:mlflow/CreditFraud@3?repository_url=https://westus2.api.azureml.ms/mlflow/v1.0/subscriptions/a50f2011-fab8-4164-af23-c62881ef8c95/resourceGroups/TestResourceGroup/providers/Microsoft.MachineLearningServices/workspaces/TestWorkspace",
                    "'/' unencoded in a qualifier value; current mlflow-test.json expects %2F for the same input"),
            Map.entry("test-suite-data.json [MLflow model with unique identifiers] pkg:mlflow/trafficsigns@10?model_uuid=36233173b22f4c89b451f1228d700d49&run_id=410a3121-2709-4f88-98dd-dba0ef056b0a&repository_url=https://adb-5245952564735461.0.azuredatabricks.net/api/2.0/mlflow",
                    "'/' unencoded in a qualifier value; current mlflow-test.json expects %2F for the same input"),
            Map.entry("test-suite-data.json [invalid conan purl only namespace] pkg:conan/bincrafters/cctz@2.3",
                    "conan-definition.json: namespace (vendor) optional, user/channel independent optional qualifiers; conan-test.json accepts pkg:conan/openssl.org/openssl@3.0.3?arch=... without channel"),
            Map.entry("test-suite-data.json [invalid conan purl only channel qualifier] pkg:conan/cctz@2.3?channel=stable",
                    "conan-definition.json: channel is an optional qualifier with no tie to the namespace"),
            Map.entry("test-suite-data.json [invalid cran purl without version] pkg:cran/A3",
                    "cran-definition.json: version requirement optional"),
            Map.entry("test-suite-data.json [invalid swift purl without version] pkg:swift/github.com/Alamofire/Alamofire",
                    "swift-definition.json: version requirement optional"),
            Map.entry("test-suite-data.json [cpan module name are case sensitive] pkg:cpan/URI::PackageURL@2.11",
                    "cpan-definition.json: a distribution name shall not contain '::'; cpan-test.json rejects pkg:cpan/URI::PackageURL"),
            Map.entry("test-suite-data.json [cpan module name like distribution name] pkg:cpan/Perl-Version@1.013",
                    "cpan-definition.json: the name is the distribution name (examples pkg:cpan/DBI@1.646, pkg:cpan/SBOM-CycloneDX)"));

    @Test
    void shouldPassEveryPurlSpecCaseExceptTheListedContradictions() throws IOException {
        Path root = SharedData.require("purl-spec");
        var report = new ConformanceReport("purl-spec (craft Purl)");
        var unexpected = new TreeMap<String, String>();
        var contradictionsSeen = new TreeMap<String, String>();
        int[] current = new int[2];
        int[] legacy = new int[2];
        try (Stream<Path> files = Files.walk(root.resolve("tests"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("-test.json")).sorted().toList()) {
                for (JsonNode t : JSON.readTree(f.toFile()).path("tests")) {
                    String key = f.getFileName() + " [" + t.path("description").asText() + "] " + inputText(t.path("input"));
                    record(key, run(t), report, current, unexpected, contradictionsSeen);
                }
            }
        }
        for (JsonNode t : JSON.readTree(root.resolve("test-suite-data.json").toFile())) {
            String key = "test-suite-data.json [" + t.path("description").asText() + "] " + t.path("purl").asText();
            record(key, legacy(t), report, legacy, unexpected, contradictionsSeen);
        }
        int passed = current[0] + legacy[0];
        int total = current[1] + legacy[1];
        report.note(String.format(Locale.ROOT, "pass rate %.1f%% (%d of %d): tests/ %d of %d, test-suite-data.json %d of %d",
                100.0 * passed / total, passed, total, current[0], current[1], legacy[0], legacy[1]));
        report.note(contradictionsSeen.size() + " failing cases contradict other cases or the type definitions (ADR 0023)");
        report.write();
        assertThat(unexpected).as("purl-spec cases failing for a reason not in CONTRADICTIONS").isEmpty();
        assertThat(contradictionsSeen.keySet()).as("listed contradictions that now pass").isEqualTo(CONTRADICTIONS.keySet());
    }

    private static void record(String key, String outcome, ConformanceReport report, int[] counts,
            Map<String, String> unexpected, Map<String, String> contradictionsSeen) {
        counts[1]++;
        if (outcome == null) {
            counts[0]++;
            report.pass();
        } else if (CONTRADICTIONS.containsKey(key)) {
            contradictionsSeen.put(key, outcome);
            report.fail(key + " " + outcome + " (contradiction: " + CONTRADICTIONS.get(key) + ")");
        } else {
            unexpected.put(key, outcome);
            report.fail(key + " " + outcome);
        }
    }

    /** null when the case passes, else a short reason. */
    private static String run(JsonNode t) {
        boolean expectFailure = t.path("expected_failure").asBoolean(false);
        boolean lenient = "recommended".equals(t.path("test_group").asText());
        JsonNode expected = t.path("expected_output");
        try {
            String type = t.path("test_type").asText();
            Purl p = switch (type) {
                case "build" -> build(t.path("input"));
                case "parse", "validate" -> lenient ? Purl.parseLenient(t.path("input").asText()) : Purl.parse(t.path("input").asText());
                default -> throw new IllegalStateException("unknown test type " + type);
            };
            if (expectFailure) return "accepted invalid: " + p;
            return "parse".equals(type) ? components(p, expected) : canonical(p, expected.asText());
        } catch (MalformedPurlException e) {
            return expectFailure ? null : "rejected valid: " + e.getMessage();
        }
    }

    private static String legacy(JsonNode t) {
        boolean invalid = t.path("is_invalid").asBoolean(false);
        try {
            Purl p = Purl.parseLenient(t.path("purl").asText());
            if (invalid) return "accepted invalid: " + p;
            String wrong = canonical(p, t.path("canonical_purl").asText());
            return wrong != null ? wrong : components(p, t);
        } catch (MalformedPurlException e) {
            return invalid ? null : "rejected valid: " + e.getMessage();
        }
    }

    private static Purl build(JsonNode in) {
        return Purl.builder(text(in, "type"), text(in, "name"))
                .namespace(text(in, "namespace"))
                .version(text(in, "version"))
                .qualifiers(qualifiers(in.path("qualifiers")))
                .subpath(text(in, "subpath"))
                .build();
    }

    private static String canonical(Purl p, String expected) {
        return p.toString().equals(expected) ? null : "wrong canonical form: got " + p + ", expected " + expected;
    }

    private static String components(Purl p, JsonNode expected) {
        Map<String, String> got = new LinkedHashMap<>();
        got.put("type", p.type());
        got.put("namespace", p.namespace());
        got.put("name", p.name());
        got.put("version", p.version());
        got.put("subpath", p.subpath());
        for (var e : got.entrySet()) {
            String want = text(expected, e.getKey());
            if (!Objects.equals(want, e.getValue())) return "wrong component " + e.getKey() + ": got " + e.getValue() + ", expected " + want;
        }
        Map<String, String> want = qualifiers(expected.path("qualifiers"));
        if (!new TreeMap<>(want).equals(p.qualifiers())) return "wrong qualifiers: got " + p.qualifiers() + ", expected " + want;
        return null;
    }

    private static Map<String, String> qualifiers(JsonNode q) {
        var out = new LinkedHashMap<String, String>();
        if (q != null && q.isObject()) q.properties().forEach(e -> out.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return out;
    }

    private static String inputText(JsonNode input) {
        return input.isTextual() ? input.asText() : input.toString();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
