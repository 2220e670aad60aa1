package dev.craft.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code craft report status|draft|notify --case FILE}: the offline path, on the worked example's case file. */
class ReportOfflineCliTest {

    private static final String CASE = Path.of(System.getProperty("craft.repo.root", ".."))
            .resolve("docs/examples/reporting/aurora-case.json").toString();

    @Test
    void shouldShowTheClocksOfACaseFile() {
        var r = CliRunner.run(Map.of(), "report", "status", "--case", CASE, "--now", "2026-10-03T12:00:00Z");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("early warning Art 14(2)(a)  due 2026-10-03T22:15:00Z  OPEN, 10 h 15 min left")
                .contains("final report  Art 14(2)(c)  not yet running (corrective measure available not recorded)")
                .contains("Germany (DE)");
    }

    @Test
    void shouldExitOneWhenAReportIsOverdue() {
        var r = CliRunner.run(Map.of(), "report", "status", "--case", CASE, "--now", "2026-10-04T00:00:00Z");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("OVERDUE, 1 h 45 min overdue");
    }

    @Test
    void shouldWriteAPdfDraftAndExitOneForMissingRequiredItems(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("final.pdf");
        var r = CliRunner.run(Map.of(), "report", "draft", "--case", CASE, "--stage", "final-report", "--format", "pdf",
                "--output", pdf.toString(), "--now", "2026-10-03T12:00:00Z");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("required items missing");
        try (var doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Required item incomplete: Security update or other corrective measures");
        }
    }

    @Test
    void shouldPrintTheEarlyWarningAsJson() {
        var r = CliRunner.run(Map.of(), "report", "draft", "--case", CASE, "--stage", "early-warning", "--format", "json",
                "--now", "2026-10-03T12:00:00Z");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"$schema\" : \"https://craft.dev/schemas/art14-report-v1.schema.json\"")
                .contains("Austria (AT), France (FR), Germany (DE), Netherlands (NL), Poland (PL)");
    }

    @Test
    void shouldPrintTheNoticeAsCsaf() {
        var r = CliRunner.run(Map.of(), "report", "notify", "--case", CASE, "--format", "csaf", "--now", "2026-10-03T12:00:00Z");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"category\" : \"csaf_security_advisory\"").contains("\"cve\" : \"CVE-2022-22965\"");
    }

    @Test
    void shouldNameTheProblemOfABadCaseFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(CASE)).replace("\"AT\"", "\"CH\""));
        var r = CliRunner.run(Map.of(), "report", "status", "--case", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("craft: " + bad + ": $.releases[0].availableIn").contains("'CH' is not the ISO 3166 code");
    }

    @Test
    void shouldAskForAServerWhenThereIsNone() {
        var r = CliRunner.run(Map.of(), "report", "status", "RC-2026-0001");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no craft server given");
    }
}
