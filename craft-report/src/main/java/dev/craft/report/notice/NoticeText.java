package dev.craft.report.notice;

import dev.craft.report.cases.ImpactedCustomer;

/** The user notice as plain text (what users read), and the distribution list (what the manufacturer uses). */
public final class NoticeText {

    private NoticeText() {}

    static String render(UserNotice n, String manufacturer) {
        var sb = new StringBuilder();
        sb.append(n.title()).append('\n').append("=".repeat(Math.min(n.title().length(), 100))).append("\n\n");
        sb.append(manufacturer).append(", ").append(n.issued() ? "issued " : "draft of ").append(n.date())
                .append(" (case ").append(n.caseId()).append(", revision ").append(n.revision()).append(")\n\n");
        sb.append(n.summary()).append("\n\n");
        sb.append("Affected products\n");
        for (String p : n.affectedProducts()) sb.append("  - ").append(p).append('\n');
        if (!n.fixedIn().isEmpty()) {
            sb.append("\nFixed in\n");
            for (String p : n.fixedIn()) sb.append("  - ").append(p).append('\n');
        }
        sb.append("\nWhat you should do\n");
        if (n.userActions().isEmpty()) sb.append("  - We will update this notice as soon as a fix or mitigation is available.\n");
        for (String a : n.userActions()) sb.append("  - ").append(a).append('\n');
        if (n.contact() != null) sb.append("\nQuestions: ").append(n.contact()).append('\n');
        sb.append("\nWe send this notice under Article 14(8) of Regulation (EU) 2024/2847 (Cyber Resilience Act).\n");
        if (n.csaf() != null) sb.append("A machine-readable version (CSAF 2.0) is attached.\n");
        return sb.toString();
    }

    /** Who to send the notice to: the impacted customers known, with their releases. */
    public static String distribution(UserNotice n) {
        var sb = new StringBuilder("Distribution list for ").append(n.caseId()).append(" revision ").append(n.revision())
                .append(" (").append(n.audience()).append(")\n");
        if (n.impactedCustomers().isEmpty()) sb.append("  no impacted customers recorded\n");
        for (ImpactedCustomer c : n.impactedCustomers()) {
            sb.append("  - ").append(c.name()).append(c.contact() == null ? "" : " <" + c.contact() + ">")
                    .append(c.releases().isEmpty() ? "" : ": " + String.join(", ", c.releases()))
                    .append(c.informedAt() == null ? "" : " (informed " + c.informedAt() + ")").append('\n');
        }
        return sb.toString();
    }
}
