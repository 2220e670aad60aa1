package dev.craft.report.rules;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules craft applies to a reporting case around the clocks (who files, whether it is reportable, where
 * reports go, what is open), as the data file {@code dev/craft/report/art14-case-rules.yaml} states them.
 * Loaded and validated by {@link CaseRulesLoader}.
 *
 * @param version     the data version
 * @param rules       rule id to citation and text
 * @param routing     the Art 14(7) questions, in the law's order
 * @param openPoints  what the law leaves open and how craft flags it
 */
public record CaseRules(String version, Map<String, Rule> rules, List<RoutingQuestion> routing, List<OpenPoint> openPoints) {

    public CaseRules {
        requireNonNull(version, "version must not be null");
        rules = Map.copyOf(rules);
        routing = List.copyOf(routing);
        openPoints = List.copyOf(openPoints);
    }

    /** The rule with this id; a missing id is a bug in craft, caught by the loader's validation. */
    public Rule rule(String id) {
        Rule r = rules.get(id);
        if (r == null) throw new IllegalArgumentException("no case rule " + id);
        return r;
    }

    public RoutingQuestion routingQuestion(String id) {
        return routing.stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no routing question " + id));
    }

    public OpenPoint openPoint(String id) {
        return openPoints.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no open point " + id));
    }

    /** A rule: where the law says it, and craft's paraphrase with {@code {name}} placeholders. */
    public record Rule(String id, String cite, String text) {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

        public Rule {
            requireNonNull(id, "id must not be null");
            requireNonNull(cite, "cite must not be null");
            requireNonNull(text, "text must not be null");
        }

        /** The text with its placeholders filled from name/value pairs; every placeholder must get a value. */
        public String render(String... nameValuePairs) {
            if (nameValuePairs.length % 2 != 0) throw new IllegalArgumentException("name/value pairs expected");
            var values = new LinkedHashMap<String, String>();
            for (int i = 0; i < nameValuePairs.length; i += 2) values.put(nameValuePairs[i], nameValuePairs[i + 1]);
            Matcher m = PLACEHOLDER.matcher(text);
            var sb = new StringBuilder();
            while (m.find()) {
                String v = values.get(m.group(1));
                if (v == null) throw new IllegalArgumentException("rule " + id + " needs a value for {" + m.group(1) + "}");
                m.appendReplacement(sb, Matcher.quoteReplacement(v));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        /** The placeholders the text uses. */
        public List<String> placeholders() {
            return PLACEHOLDER.matcher(text).results().map(r -> r.group(1)).distinct().toList();
        }
    }

    /** One step of the Art 14(7) routing. */
    public record RoutingQuestion(String id, String cite, String question) {}

    /** A point the law leaves open, and how craft flags it instead of guessing. */
    public record OpenPoint(String id, String question, String craftFlags) {}
}
