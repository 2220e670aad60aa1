package dev.craft.bench.report;

import dev.craft.assess.reporting.ReportStage;
import dev.craft.report.CaseReviewer;
import dev.craft.report.cases.NoticeRecord;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.drafts.DraftBuilder;
import dev.craft.report.json.CaseJson;
import dev.craft.report.notice.NoticeBuilder;
import dev.craft.report.render.DraftMarkdown;
import dev.craft.report.render.DraftPdf;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the reporting job and API pay per case: a review (clocks, applicability, routing), a draft, its PDF, and
 * the user notice with its CSAF document and mandatory checks. Run from the repository root (it reads the worked
 * example's case file): {@code ./dev bench ReportingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReportingBenchmark {

    private static final Instant NOW = Instant.parse("2026-10-03T12:00:00Z");

    ReportingCase aurora;
    CaseReviewer reviewer;
    DraftBuilder drafts;
    NoticeBuilder notices;

    @Setup
    public void load() throws IOException {
        aurora = CaseJson.read(Path.of(System.getProperty("craft.case", "docs/examples/reporting/aurora-case.json")));
        reviewer = CaseReviewer.standard();
        drafts = new DraftBuilder(reviewer);
        notices = new NoticeBuilder(reviewer.rules(), "bench");
    }

    @Benchmark
    public Object review() {
        return reviewer.review(aurora, NOW);
    }

    @Benchmark
    public Object notificationDraftMarkdown() {
        return DraftMarkdown.render(drafts.draft(aurora, ReportStage.NOTIFICATION, NOW));
    }

    @Benchmark
    public Object notificationDraftPdf() {
        return DraftPdf.render(drafts.draft(aurora, ReportStage.NOTIFICATION, NOW));
    }

    @Benchmark
    public Object noticeWithCsaf() {
        return notices.draft(aurora, NoticeRecord.Audience.IMPACTED_USERS, NOW);
    }

    @Benchmark
    public Object caseJsonRoundTrip() {
        return CaseJson.read("bench", new java.io.ByteArrayInputStream(CaseJson.write(aurora)));
    }
}
