package dev.craft.vuln.range;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.testsupport.ConformanceReport;
import dev.craft.testsupport.SharedData;
import dev.craft.vuln.version.InvalidVersionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The range cases of the vers conformance data: {@code from_native} (vers-spec and the univers GitLab files),
 * {@code containment}, {@code parse}, {@code validate} and {@code roundtrip}. Pass rates per scheme and test type go
 * to {@code target/conformance/vers-ranges.txt}; every failing category is explained in docs/vulnerabilities.md
 * and named by {@link RangeFailureCategories}.
 */
class VersRangeConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPassTheVersRangeCasesOrExplainEachFailure() throws IOException {
        Path root = SharedData.require("vers");
        var report = new ConformanceReport("vers-ranges");
        Map<String, int[]> perKind = new TreeMap<>();
        Map<String, Integer> categories = new LinkedHashMap<>();
        List<String> unexplained = new ArrayList<>();
        for (Path file : files(root)) {
            JsonNode doc = JSON.readTree(file.toFile());
            JsonNode tests = doc.isArray() ? doc : doc.path("tests");
            int index = 0;
            for (JsonNode t : tests) {
                String where = root.relativize(file) + "#" + index++;
                String type = t.path("test_type").asText();
                if (type.equals("comparison") || type.equals("equality")) continue;
                String scheme = scheme(t);
                int[] counts = perKind.computeIfAbsent(type + " " + scheme, k -> new int[2]);
                String failure = check(type, t);
                if (failure == null) {
                    counts[0]++;
                    report.pass();
                    continue;
                }
                counts[1]++;
                String category = RangeFailureCategories.categorize(scheme, t.path("input"), t.path("expected_output"), failure);
                categories.merge(category == null ? "UNEXPLAINED" : category, 1, Integer::sum);
                report.fail(where + " [" + (category == null ? "UNEXPLAINED" : category) + "] " + t.path("input") + ": " + failure);
                if (category == null) unexplained.add(where + " " + t.path("input") + ": " + failure);
            }
        }
        perKind.forEach((k, c) -> report.note(String.format("%-26s %4d/%-4d passed", k, c[0], c[0] + c[1])));
        categories.forEach((k, n) -> report.note("failure category " + k + ": " + n));
        report.write();
        Files.createDirectories(Path.of("target", "conformance"));
        Files.write(Path.of("target", "conformance", "vers-ranges-failures.txt"), report.failures());
        assertThat(unexplained).as("range conformance failures without an explained category").isEmpty();
    }

    private static String scheme(JsonNode t) {
        JsonNode in = t.path("input");
        if (in.isTextual()) return schemeOf(in.asText());
        if (in.has("scheme")) return in.path("scheme").asText();
        if (in.has("vers")) return schemeOf(in.path("vers").asText());
        return "?";
    }

    private static String schemeOf(String vers) {
        int slash = vers.indexOf('/');
        return vers.startsWith("vers:") && slash > 5 ? vers.substring(5, slash) : "?";
    }

    /** Null when the case passes, else what happened. */
    static String check(String type, JsonNode t) {
        JsonNode in = t.path("input");
        JsonNode expected = t.path("expected_output");
        boolean expectFailure = t.path("expected_failure").asBoolean(false);
        try {
            String got = switch (type) {
                case "from_native" -> NativeRanges.parse(in.path("scheme").asText(), in.path("native_range").asText()).toVers().toString();
                case "containment" -> {
                    VersRange r = VersRange.parseLenient(in.path("vers").asText());
                    yield String.valueOf(r.contains(r.scheme().parse(in.path("version").asText())));
                }
                case "validate" -> VersRange.parseLenient(in.asText()).toString();
                case "roundtrip" -> VersRange.parseLenient(in.path("vers").asText()).toString();
                case "parse" -> {
                    VersRange r = VersRange.parse(in.asText());
                    var sb = new StringBuilder(r.scheme().id());
                    for (Constraint c : r.constraints()) sb.append(' ').append(c.operator().symbol()).append(c.text());
                    yield sb.toString();
                }
                default -> throw new IllegalStateException("unknown test type " + type);
            };
            if (expectFailure) return "expected a failure (" + t.path("expected_message").asText() + "), got " + got;
            String want = switch (type) {
                case "containment" -> String.valueOf(expected.asBoolean());
                case "parse" -> {
                    var sb = new StringBuilder(expected.path("scheme").asText());
                    for (JsonNode c : expected.path("version_constraints")) sb.append(' ').append(c.get(0).asText()).append(c.get(1).asText());
                    yield sb.toString();
                }
                default -> expected.asText();
            };
            return want.equals(got) ? null : "expected " + want + ", got " + got;
        } catch (RangeSyntaxException | InvalidVersionException e) {
            if (expectFailure) {
                String message = t.path("expected_message").asText();
                return message.isEmpty() || message.equals(e.getMessage()) ? null : "expected failure '" + message + "', got '" + e.getMessage() + "'";
            }
            return "error: " + e.getMessage();
        }
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("schemas")).sorted().toList();
        }
    }
}
