package dev.craft.vuln.output;

import dev.craft.vuln.CouldNotCheck;
import dev.craft.vuln.CvssScore;
import dev.craft.vuln.Exploited;
import dev.craft.vuln.Finding;
import dev.craft.vuln.MatchExplanation;
import dev.craft.vuln.ScanResult;
import dev.craft.vuln.SeverityLevel;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The human report: a summary line, then one block per finding in triage order (exploited first), then what could
 * not be checked and the VEX notes. Plain text, no colours, so that it reads the same in a terminal and a CI log.
 */
final class TableWriter {

    private TableWriter() {}

    static void write(ScanResult r, Writer out) throws IOException {
        long exploited = r.findings().stream().filter(Finding::isExploited).count();
        var sev = new StringBuilder();
        for (SeverityLevel l : SeverityLevel.values()) {
            long n = r.findings().stream().filter(f -> f.severity() == l).count();
            if (n > 0) sev.append(sev.isEmpty() ? "" : ", ").append(n).append(' ').append(l.label());
        }
        out.write(r.sbom() + ": " + r.stats().components() + " components, " + r.findings().size() + " findings"
                + (r.findings().isEmpty() ? "" : " (" + sev + ")") + ", " + exploited + " actively exploited, "
                + (r.findings().size() - r.openFindings().size()) + " closed by VEX, " + r.couldNotCheck().size() + " could not check\n");
        out.write("advisories: " + r.stats().advisories() + " from " + r.sources().size() + " sources; matched in "
                + String.format(Locale.ROOT, "%.1f", r.stats().micros() / 1000.0) + " ms\n");
        for (Finding f : r.findings()) {
            out.write('\n');
            CvssScore top = f.cvss().isEmpty() ? null : f.cvss().get(0);
            out.write(String.format(Locale.ROOT, "%-8s %-4s  %s", f.severity().label().toUpperCase(Locale.ROOT),
                    top == null ? "" : String.valueOf(top.baseScore()), f.vulnerabilityId()));
            if (f.isExploited()) out.write("  EXPLOITED");
            if (f.vex() != null) out.write("  VEX " + f.vex().state().label());
            out.write('\n');
            out.write("  component  " + f.component().name() + (f.component().version() == null ? "" : " " + f.component().version())
                    + (f.component().purl() == null ? "" : "  " + f.component().purl()) + "\n");
            if (f.component().path().size() > 1) out.write("  path       " + String.join(" -> ", f.component().path()) + "\n");
            if (f.summary() != null) out.write("  summary    " + oneLine(f.summary(), 110) + "\n");
            if (!f.aliases().isEmpty()) out.write("  aliases    " + String.join(", ", f.aliases()) + "\n");
            for (CvssScore c : f.cvss()) {
                out.write("  cvss " + c.version() + "   " + c.baseScore() + (c.vector() == null ? " (score given by " + c.source() + ", no vector)" : "  " + c.vector()) + "\n");
            }
            if (f.epss() != null) {
                out.write(String.format(Locale.ROOT, "  epss       %.5f (percentile %.3f)%s%n", f.epss().epss(), f.epss().percentile(),
                        f.epss().scoreDate() == null ? "" : ", " + f.epss().scoreDate()));
            }
            for (Exploited x : f.exploited()) {
                out.write("  exploited  " + x.source() + " " + x.id() + (x.since() == null ? "" : " since " + x.since())
                        + (x.dueDate() == null ? "" : ", due " + x.dueDate())
                        + (Boolean.TRUE.equals(x.ransomware()) ? ", used in ransomware campaigns" : "") + "\n");
            }
            out.write("  fix        " + (f.nearestFix() != null ? "upgrade to " + f.nearestFix() : "no fixing version known")
                    + (f.fixedVersions().isEmpty() ? "" : " (fixed in " + String.join(", ", f.fixedVersions()) + ")") + "\n");
            for (MatchExplanation m : f.explanations()) out.write("  matched    " + m.summary() + "\n");
            if (f.vex() != null) {
                out.write("  vex        " + f.vex().state().label() + (f.vex().justification() == null ? "" : " (" + f.vex().justification() + ")")
                        + " per " + f.vex().document() + " " + f.vex().location() + "\n");
                if (f.vex().impactStatement() != null) out.write("             " + oneLine(f.vex().impactStatement(), 110) + "\n");
                if (f.vex().actionStatement() != null) out.write("             " + oneLine(f.vex().actionStatement(), 110) + "\n");
            }
        }
        if (!r.couldNotCheck().isEmpty()) {
            out.write("\ncould not check (this is not \"no vulnerabilities\"):\n");
            for (CouldNotCheck c : r.couldNotCheck()) {
                out.write("  " + c.component().name() + (c.component().version() == null ? "" : " " + c.component().version()) + ": " + c.reason()
                        + (c.advisoryIds().isEmpty() ? "" : " [" + String.join(", ", c.advisoryIds().subList(0, Math.min(5, c.advisoryIds().size())))
                        + (c.advisoryIds().size() > 5 ? ", ..." : "") + "]") + "\n");
            }
        }
        if (!r.vexNotes().isEmpty()) {
            out.write("\nvex notes:\n");
            for (String n : r.vexNotes()) out.write("  " + n + "\n");
        }
    }

    private static String oneLine(String s, int max) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 3) + "...";
    }
}
