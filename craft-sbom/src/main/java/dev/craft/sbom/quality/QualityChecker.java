package dev.craft.sbom.quality;

import dev.craft.sbom.Component;
import dev.craft.sbom.SbomFormat;
import dev.craft.sbom.SbomReadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs quality profiles over a read SBOM. Schema validity is a rule of every profile (listed first), so a
 * document that violates its own schema fails every gate but still gets its field-by-field findings.
 *
 * <pre>
 * var results = QualityChecker.check(SbomReader.readWithWarnings(path), List.of(Profiles.byId("bsi-tr-03183-2").orElseThrow()));
 * </pre>
 */
public final class QualityChecker {

    private QualityChecker() {}

    public static List<ProfileResult> check(SbomReadResult read, List<Profile> profiles) {
        var out = new ArrayList<ProfileResult>();
        for (Profile p : profiles) out.add(check(read, p));
        return out;
    }

    public static ProfileResult check(SbomReadResult read, Profile profile) {
        var outcomes = new ArrayList<ProfileResult.RuleOutcome>();
        var findings = new ArrayList<Finding>();
        double weighted = 0;
        double weights = 0;
        String family = family(read.sbom().metadata().format());
        for (Rule rule : profile.rules()) {
            int applicable;
            int failed = 0;
            if (rule.perComponent()) {
                Checks.ComponentCheck check = Checks.COMPONENT.get(rule.check());
                List<Component> components = read.sbom().components();
                applicable = components.size();
                for (Component c : components) {
                    String problem = check.test(c, read, rule.params());
                    if (problem == null) continue;
                    failed++;
                    findings.add(new Finding(profile.id(), rule.id(), rule.level(), c.ref(), label(c),
                            location(c.location(), rule.paths().get(family)), problem, rule.citation(), rule.howToFix()));
                }
            } else {
                applicable = 1;
                String problem = Checks.DOCUMENT.get(rule.check()).test(read, rule.params());
                if (problem != null) {
                    failed = 1;
                    findings.add(new Finding(profile.id(), rule.id(), rule.level(), null, null, "", problem, rule.citation(), rule.howToFix()));
                }
            }
            outcomes.add(new ProfileResult.RuleOutcome(rule, applicable, failed));
            if (applicable > 0) {
                weighted += rule.level().weight() * (applicable - failed) / (double) applicable;
                weights += rule.level().weight();
            }
        }
        double score = weights == 0 ? 100 : Math.round(1000 * weighted / weights) / 10.0;
        return new ProfileResult(profile, outcomes, findings, score);
    }

    /** The format family a rule's {@code paths} are keyed by. */
    static String family(SbomFormat f) {
        return switch (f) {
            case CYCLONEDX_JSON, CYCLONEDX_XML -> "cyclonedx";
            case SPDX3_JSON_LD -> "spdx3";
            case SPDX_JSON, SPDX_TAG_VALUE, SPDX_YAML, SPDX_XML, SPDX_RDF -> "spdx";
        };
    }

    private static String location(String componentLocation, String member) {
        if (componentLocation == null) return "";
        if (member == null || !componentLocation.startsWith("$")) return componentLocation;
        return componentLocation + (member.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + member : "['" + member + "']");
    }

    static String label(Component c) {
        String name = c.group() == null ? c.name() : c.group() + "/" + c.name();
        return c.version() == null ? name : name + "@" + c.version();
    }
}
