package dev.craft.cli.sbom;

import dev.craft.common.Problem;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.quality.Finding;
import dev.craft.sbom.quality.ProfileResult;
import java.util.List;

/** The human report of {@code craft sbom check}: per profile, per rule, the first findings of each. */
final class CheckText {

    static final int SHOWN_PER_RULE = 10;

    private CheckText() {}

    static String render(String file, SbomReadResult read, List<ProfileResult> results) {
        var sb = new StringBuilder();
        var md = read.sbom().metadata();
        sb.append(file).append(": ").append(md.format().standard()).append(' ').append(md.format().encoding()).append(' ')
                .append(md.specVersion()).append(", ").append(read.sbom().components().size()).append(" components");
        if (read.sbom().subject() != null) sb.append(", product ").append(read.sbom().subject().name());
        sb.append('\n');
        sb.append("schema: ").append(!read.schemaChecked() && read.schemaErrors().isEmpty() ? "not checked (no schema for this format)"
                : read.schemaErrors().isEmpty() ? "valid" : read.schemaErrors().size() + " violation(s)").append('\n');
        problems(sb, "schema violation", read.schemaErrors());
        problems(sb, "reader warning", read.warnings());
        for (ProfileResult r : results) {
            sb.append('\n').append("profile ").append(r.profile().id()).append(" (").append(r.profile().title()).append(")\n");
            sb.append("  score ").append(String.format(java.util.Locale.ROOT, "%.1f", r.score())).append("/100, ")
                    .append(r.mustFailed() ? "FAILED: a MUST rule is not met" : "passed: every MUST rule is met").append('\n');
            for (var o : r.outcomes()) {
                var rule = o.rule();
                sb.append(o.passed() ? "  ok   " : "  FAIL ").append(String.format("%-6s ", rule.level())).append(rule.id());
                if (rule.perComponent() && o.applicable() > 0) sb.append("  ").append(o.failed()).append('/').append(o.applicable()).append(" components fail");
                sb.append("  [").append(rule.citation()).append("]\n");
                if (o.passed()) continue;
                sb.append("       ").append(rule.title()).append('\n');
                List<Finding> fs = r.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
                for (int i = 0; i < Math.min(SHOWN_PER_RULE, fs.size()); i++) {
                    Finding f = fs.get(i);
                    sb.append("       - ");
                    if (f.component() != null) sb.append(f.component()).append(": ");
                    sb.append(f.message());
                    if (!f.location().isEmpty()) sb.append("  (").append(f.location()).append(')');
                    sb.append('\n');
                }
                if (fs.size() > SHOWN_PER_RULE) sb.append("       ... ").append(fs.size() - SHOWN_PER_RULE).append(" more (use --format json for all)\n");
                sb.append("       fix: ").append(rule.howToFix()).append('\n');
            }
        }
        return sb.toString();
    }

    static void problems(StringBuilder sb, String what, List<Problem> problems) {
        for (int i = 0; i < Math.min(SHOWN_PER_RULE, problems.size()); i++) {
            Problem p = problems.get(i);
            sb.append("  ").append(what).append(": ").append(p.location().isEmpty() ? "" : p.location() + ": ").append(p.message());
            if (!p.expected().isEmpty()) sb.append(" (expected ").append(p.expected()).append(')');
            sb.append('\n');
        }
        if (problems.size() > SHOWN_PER_RULE) sb.append("  ... ").append(problems.size() - SHOWN_PER_RULE).append(" more ").append(what).append("s\n");
    }
}
