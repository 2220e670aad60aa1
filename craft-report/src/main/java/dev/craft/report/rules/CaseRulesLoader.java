package dev.craft.report.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads and validates {@code dev/craft/report/art14-case-rules.yaml}. Every rule id and routing step the code
 * uses must be present, so a broken data file fails at start-up, naming the entry.
 */
public final class CaseRulesLoader {

    static final String RESOURCE = "/dev/craft/report/art14-case-rules.yaml";

    /** Rule ids the code refers to. */
    static final Set<String> REQUIRED_RULES = Set.of(
            "not-retroactive", "applies", "legacy-product", "legacy-no-handling", "past-support", "placing-date-missing",
            "actively-exploited", "exploitation-pending", "exploitation-evidence-missing", "no-reliable-evidence",
            "good-faith-research", "not-exploitable-in-product", "not-exploited-in-product", "third-party-component",
            "kev-signal", "incident-no-product-impact", "severe-incident-a", "severe-incident-b", "not-severe",
            "incident-facts-missing", "manufacturer-files", "importer-distributor", "treated-as-manufacturer",
            "authorised-representative", "steward-vulnerability", "steward-not-involved", "steward-incident",
            "steward-infrastructure-not-affected", "steward-fact-missing", "steward-no-fines", "steward-start-date",
            "awareness-provisional", "fines-tier", "micro-small-exemption", "voluntary", "inform-users",
            "limited-disclosure");

    /** Routing steps, in the order of Art 14(7). */
    static final List<String> ROUTING_STEPS = List.of(
            "established-in-union", "decisions", "employees", "authorised-representative", "importer", "distributor", "users");

    private static volatile CaseRules standard;

    private CaseRulesLoader() {}

    /** The rules shipped with this build. */
    public static CaseRules standard() {
        CaseRules s = standard;
        if (s != null) return s;
        try (InputStream in = CaseRulesLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("data file missing from the build: " + RESOURCE);
            s = load(RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        standard = s;
        return s;
    }

    /** Parses and validates rules from YAML; {@code source} names the file in error messages. */
    public static CaseRules load(String source, InputStream yaml) throws IOException {
        var mapper = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        RawFile raw = mapper.readValue(yaml, RawFile.class);
        var errors = new ArrayList<String>();
        if (raw.version == null || raw.version.isBlank()) errors.add("version: missing");
        var rules = new LinkedHashMap<String, CaseRules.Rule>();
        Map<String, RawRule> rawRules = raw.rules == null ? Map.of() : raw.rules;
        rawRules.forEach((id, r) -> {
            if (r == null || r.cite == null || r.cite.isBlank()) errors.add("rules." + id + ".cite: missing");
            else if (r.text == null || r.text.isBlank()) errors.add("rules." + id + ".text: missing");
            else rules.put(id, new CaseRules.Rule(id, r.cite, r.text));
        });
        for (String id : REQUIRED_RULES) {
            if (!rawRules.containsKey(id)) errors.add("rules." + id + ": missing (craft refers to it)");
        }
        var routing = new ArrayList<CaseRules.RoutingQuestion>();
        List<RawQuestion> rawRouting = raw.routing == null ? List.of() : raw.routing;
        for (int i = 0; i < rawRouting.size(); i++) {
            RawQuestion q = rawRouting.get(i);
            String expected = i < ROUTING_STEPS.size() ? ROUTING_STEPS.get(i) : "no more steps";
            if (!expected.equals(q.id)) errors.add("routing[" + i + "].id: expected " + expected + ", found " + q.id);
            if (q.cite == null || q.question == null) errors.add("routing[" + i + "]: cite and question are required");
            routing.add(new CaseRules.RoutingQuestion(q.id, q.cite, q.question));
        }
        if (rawRouting.size() != ROUTING_STEPS.size()) errors.add("routing: expected the steps " + ROUTING_STEPS);
        var open = new ArrayList<CaseRules.OpenPoint>();
        for (RawOpenPoint p : raw.openPoints == null ? List.<RawOpenPoint>of() : raw.openPoints) {
            if (p.id == null || p.question == null || p.craftFlags == null) {
                errors.add("open_points: each entry needs id, question and craft_flags (" + p.id + ")");
            } else {
                open.add(new CaseRules.OpenPoint(p.id, p.question, p.craftFlags));
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("invalid data file " + source + ":\n  " + String.join("\n  ", errors));
        }
        return new CaseRules(raw.version, rules, routing, open);
    }

    // Raw shapes of the YAML file, bound by Jackson.
    static final class RawFile {
        @JsonProperty String kbFile;
        @JsonProperty String version;
        @JsonProperty Map<String, RawRule> rules;
        @JsonProperty List<RawQuestion> routing;
        @JsonProperty List<RawOpenPoint> openPoints;
    }

    static final class RawRule {
        @JsonProperty String cite;
        @JsonProperty String text;
    }

    static final class RawQuestion {
        @JsonProperty String id;
        @JsonProperty String cite;
        @JsonProperty String question;
    }

    static final class RawOpenPoint {
        @JsonProperty String id;
        @JsonProperty String question;
        @JsonProperty String craftFlags;
    }
}
