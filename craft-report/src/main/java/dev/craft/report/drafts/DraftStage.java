package dev.craft.report.drafts;

import dev.craft.assess.reporting.ReportStage;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The reports craft drafts: the three Art 14 stages and the intermediate report on a CSIRT's request. */
public enum DraftStage {
    EARLY_WARNING(ReportStage.EARLY_WARNING, "early-warning", "Early warning"),
    NOTIFICATION(ReportStage.NOTIFICATION, "notification", "Notification"),
    FINAL_REPORT(ReportStage.FINAL_REPORT, "final-report", "Final report"),
    INTERMEDIATE(null, "intermediate", "Intermediate report");

    private final ReportStage reportStage;
    private final String id;
    private final String title;

    DraftStage(ReportStage reportStage, String id, String title) {
        this.reportStage = reportStage;
        this.id = id;
        this.title = title;
    }

    /** The Art 14 stage; empty for the intermediate report, which has no statutory clock. */
    public Optional<ReportStage> reportStage() {
        return Optional.ofNullable(reportStage);
    }

    /** The id used on the command line and in URLs: {@code early-warning}, {@code notification}, ... */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static DraftStage of(ReportStage stage) {
        return Arrays.stream(values()).filter(d -> d.reportStage == stage).findFirst().orElseThrow();
    }

    /** Accepts the id ({@code final-report}), the enum name or the knowledge-base name ({@code final_report}). */
    public static Optional<DraftStage> tryParse(String s) {
        if (s == null) return Optional.empty();
        String n = s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(d -> d.id.equals(n)).findFirst();
    }
}
