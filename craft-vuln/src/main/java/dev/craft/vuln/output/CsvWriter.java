package dev.craft.vuln.output;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.craft.vuln.CvssScore;
import dev.craft.vuln.Exploited;
import dev.craft.vuln.Finding;
import dev.craft.vuln.MatchExplanation;
import dev.craft.vuln.ScanResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** One row per finding (RFC 4180 quoting); what could not be checked is in the other formats, not here. */
final class CsvWriter {

    static final List<String> COLUMNS = List.of("vulnerability", "aliases", "severity", "cvss3_score", "cvss3_vector", "cvss4_score",
            "cvss4_vector", "epss", "epss_percentile", "exploited", "exploited_source", "exploited_since", "kev_due_date", "component_ref",
            "component", "version", "purl", "top_level", "path", "fixed_versions", "nearest_fix", "vex_state", "vex_justification",
            "vex_document", "summary", "advisories", "match");

    private CsvWriter() {}

    static void write(ScanResult r, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        var rows = new ArrayList<List<String>>();
        for (Finding f : r.findings()) {
            CvssScore v3 = f.cvss3(), v4 = f.cvss4();
            Exploited x = f.exploited().isEmpty() ? null : f.exploited().get(0);
            rows.add(List.of(f.vulnerabilityId(), String.join(" ", f.aliases()), f.severity().label(), score(v3), vector(v3), score(v4), vector(v4),
                    f.epss() == null ? "" : String.valueOf(f.epss().epss()), f.epss() == null ? "" : String.valueOf(f.epss().percentile()),
                    String.valueOf(f.isExploited()), x == null ? "" : x.source(), x == null || x.since() == null ? "" : x.since().toString(),
                    x == null || x.dueDate() == null ? "" : x.dueDate().toString(), f.component().ref(), f.component().name(),
                    n(f.component().version()), n(f.component().purl()), n(f.component().topLevel()), String.join(" -> ", f.component().path()),
                    String.join(" ", f.fixedVersions()), n(f.nearestFix()), f.vex() == null ? "" : f.vex().state().label(),
                    f.vex() == null ? "" : n(f.vex().justification()), f.vex() == null ? "" : f.vex().document(), n(f.summary()),
                    String.join(" ", f.advisoryIds()), String.join(" | ", f.explanations().stream().map(MatchExplanation::summary).toList())));
        }
        new CsvMapper().writerFor(List.class).with(schema.build().withoutQuoteChar().withQuoteChar('"'))
                .writeValues(new JsonWriter.NonClosingWriter(out)).writeAll(rows).close();
    }

    private static String score(CvssScore c) {
        return c == null ? "" : String.valueOf(c.baseScore());
    }

    private static String vector(CvssScore c) {
        return c == null || c.vector() == null ? "" : c.vector();
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}
