package dev.craft.server.advisory;

import dev.craft.server.finding.Match;
import dev.craft.server.sbom.ComponentIdentity;
import dev.craft.vuln.Exploited;
import dev.craft.vuln.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** craft-vuln's findings as the server records them: one {@link Match} per finding, with its explanation kept. */
public final class Matches {

    private Matches() {}

    public static List<Match> of(List<Finding> findings, Map<String, String> groupsByRef) {
        var out = new ArrayList<Match>(findings.size());
        for (Finding f : findings) out.add(of(f, groupsByRef.get(f.component().ref())));
        return out;
    }

    static Match of(Finding f, String group) {
        var c = f.component();
        var id = ComponentIdentity.of(c.ref(), group, c.name(), c.purl());
        Exploited first = f.exploited().isEmpty() ? null : f.exploited().get(0);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("advisories", f.advisoryIds());
        details.put("explanations", f.explanations().stream().map(e -> e.summary()).toList());
        if (!f.cvss().isEmpty()) details.put("cvss", f.cvss().stream().map(s -> Map.of("version", s.version(), "score", s.baseScore(), "vector", s.vector())).toList());
        if (f.epss() != null) details.put("epss", Map.of("score", f.epss().epss(), "percentile", f.epss().percentile()));
        if (!f.fixedVersions().isEmpty()) details.put("fixedVersions", f.fixedVersions());
        if (f.nearestFix() != null) details.put("nearestFix", f.nearestFix());
        if (!c.path().isEmpty()) details.put("path", c.path());
        if (f.exploited().size() > 0) {
            details.put("exploitation", f.exploited().stream().map(x -> {
                var m = new LinkedHashMap<String, Object>();
                m.put("source", x.source());
                m.put("id", x.id());
                if (x.since() != null) m.put("since", x.since().toString());
                if (x.ransomware() != null) m.put("ransomware", x.ransomware());
                return m;
            }).toList());
        }
        if (!f.references().isEmpty()) details.put("references", f.references());
        return new Match(id.key(), id.identity(), c.name(), c.version(), c.purl(), f.vulnerabilityId(), f.aliases(),
                f.severity().label(), f.summary(), first != null, first == null ? null : first.source(),
                first == null ? null : first.since(), details);
    }
}
