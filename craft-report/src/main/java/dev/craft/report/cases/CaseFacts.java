package dev.craft.report.cases;

import dev.craft.assess.reporting.Art14Facts;
import dev.craft.assess.reporting.ReportKind;
import dev.craft.assess.reporting.ReportStage;
import java.time.Instant;

/** The facts of a case that the Art 14 clocks run on: the same computation as {@code craft deadlines}. */
public final class CaseFacts {

    private CaseFacts() {}

    public static Art14Facts of(ReportingCase c) {
        Instant fix = c.kind() == ReportKind.VULNERABILITY
                ? c.firstCorrectiveMeasure().map(CorrectiveMeasure::availableAt).orElse(null)
                : null;
        return new Art14Facts(c.kind(), c.awareness().at(), fix, submittedAt(c, ReportStage.EARLY_WARNING),
                submittedAt(c, ReportStage.NOTIFICATION), submittedAt(c, ReportStage.FINAL_REPORT),
                c.operator().enterpriseSize());
    }

    /**
     * When a stage counts as submitted: its own filing, or, when its information was provided in an earlier
     * submission, that submission's time (open point notification-in-early-warning: the earlier reading).
     */
    static Instant submittedAt(ReportingCase c, ReportStage stage) {
        return c.submission(stage).map(s -> s.providedWith() == null
                ? s.submittedAt()
                : c.submission(s.providedWith()).map(Submission::submittedAt).orElse(s.submittedAt())).orElse(null);
    }
}
