package dev.craft.cli.sbom;

import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.quality.Finding;
import dev.craft.sbom.quality.Level;
import dev.craft.sbom.quality.ProfileResult;
import java.util.List;

/**
 * JUnit XML for CI: one test suite per profile, one test case per rule. Only a failed MUST rule is a
 * {@code <failure>}; failed SHOULD/MAY rules pass with their findings in {@code <system-out>}, so that CI
 * gates on exactly what {@code craft sbom check} exits 1 for.
 */
final class CheckJunit {

    private CheckJunit() {}

    static String render(String file, SbomReadResult read, List<ProfileResult> results) {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"craft sbom check ").append(esc(file)).append("\">\n");
        for (ProfileResult r : results) {
            long failures = r.outcomes().stream().filter(o -> !o.passed() && o.rule().level() == Level.MUST).count();
            sb.append("  <testsuite name=\"").append(esc(r.profile().id())).append("\" tests=\"").append(r.outcomes().size())
                    .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
            sb.append("    <properties><property name=\"score\" value=\"").append(r.score()).append("\"/></properties>\n");
            for (var o : r.outcomes()) {
                var rule = o.rule();
                sb.append("    <testcase classname=\"").append(esc(r.profile().id())).append("\" name=\"").append(esc(rule.id() + " (" + rule.level() + "): " + rule.title())).append('"');
                if (o.passed()) {
                    sb.append("/>\n");
                    continue;
                }
                sb.append(">\n");
                var details = new StringBuilder();
                for (Finding f : r.findings()) {
                    if (!f.ruleId().equals(rule.id())) continue;
                    details.append(f.component() == null ? "" : f.component() + ": ").append(f.message())
                            .append(f.location().isEmpty() ? "" : " (" + f.location() + ")").append('\n');
                }
                details.append("fix: ").append(rule.howToFix()).append("\ncitation: ").append(rule.citation()).append('\n');
                if (rule.level() == Level.MUST) {
                    sb.append("      <failure type=\"MUST\" message=\"").append(esc(o.failed() + " of " + o.applicable() + " fail: " + rule.title()))
                            .append("\">").append(esc(details.toString())).append("</failure>\n");
                } else {
                    sb.append("      <system-out>").append(esc(rule.level() + " rule not met: " + details)).append("</system-out>\n");
                }
                sb.append("    </testcase>\n");
            }
            sb.append("  </testsuite>\n");
        }
        sb.append("</testsuites>\n");
        return sb.toString();
    }

    static String esc(String s) {
        var sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> { if (c >= 0x20 || c == '\n' || c == '\t') sb.append(c); }
            }
        }
        return sb.toString();
    }
}
