package dev.craft.assess.reporting;

/** The three Art 14 reports, in the order they fall due. */
public enum ReportStage {
    EARLY_WARNING("early_warning", "early warning"),
    NOTIFICATION("notification", "notification"),
    FINAL_REPORT("final_report", "final report");

    private final String kbStage;
    private final String label;

    ReportStage(String kbStage, String label) {
        this.kbStage = kbStage;
        this.label = label;
    }

    public String kbStage() {
        return kbStage;
    }

    public String label() {
        return label;
    }
}
