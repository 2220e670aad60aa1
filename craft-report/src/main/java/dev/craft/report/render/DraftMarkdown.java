package dev.craft.report.render;

import dev.craft.report.drafts.DraftItem;
import dev.craft.report.drafts.ReportDraft;
import java.time.Duration;

/**
 * A report draft as Markdown: a header with the clock and recipient, what blocks filing, then one section per item
 * with its value in a fenced block (copy-ready) and its sources.
 */
public final class DraftMarkdown {

    private DraftMarkdown() {}

    public static String render(ReportDraft d) {
        var sb = new StringBuilder();
        sb.append("# ").append(d.title()).append("\n\n");
        sb.append("| | |\n|---|---|\n");
        row(sb, "Case", d.caseId() + " (" + d.kind() + ")");
        row(sb, "Report", d.stage().title() + ", " + d.cite());
        row(sb, "Awareness", d.awareness().toString());
        if (d.clock() != null) {
            var c = d.clock();
            row(sb, "Due", c.due() == null ? "not yet running (" + c.clockStarts() + " not recorded)" : c.due().toString());
            row(sb, "State", c.state() + (c.remaining() == null ? "" : ", " + remaining(c.remaining())));
            if (c.submitted() != null) row(sb, "Submitted", c.submitted().toString());
        }
        row(sb, "To", d.recipient());
        row(sb, "Applicability", d.applicability());
        row(sb, "Generated", d.generatedAt() + " (knowledge base " + d.kbVersion() + ")");
        sb.append('\n');
        if (!d.missingRequired().isEmpty() || !d.notes().isEmpty()
                || (d.clock() != null && !d.clock().notes().isEmpty())) {
            sb.append("## Before filing\n\n");
            for (String id : d.missingRequired()) {
                DraftItem i = d.items().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                sb.append("- **Required item incomplete: ").append(i.label()).append("** (").append(i.cite()).append("). ")
                        .append(i.hint()).append('\n');
            }
            for (String n : d.notes()) sb.append("- ").append(n).append('\n');
            if (d.clock() != null) for (String n : d.clock().notes()) sb.append("- ").append(n).append('\n');
            sb.append('\n');
        }
        sb.append("## Items\n\n");
        int n = 1;
        for (DraftItem i : d.items()) {
            sb.append("### ").append(n++).append(". ").append(i.label()).append("\n\n");
            sb.append('`').append(i.id()).append("` · ").append(i.qualifier().replace('_', ' ')).append(" · ").append(i.cite())
                    .append(" · ").append(i.status()).append("\n\n");
            sb.append("*").append(i.requirement()).append("*\n\n");
            if (i.value() != null) sb.append("```text\n").append(i.value()).append("\n```\n\n");
            if (!i.sources().isEmpty()) sb.append("Sources: ").append(String.join("; ", i.sources())).append("\n\n");
            if (i.hint() != null) sb.append("> **To complete:** ").append(i.hint()).append("\n\n");
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String k, String v) {
        sb.append("| ").append(k).append(" | ").append(v.replace("|", "\\|").replace("\n", " ")).append(" |\n");
    }

    /** "18 h 30 min left" or "2 h 0 min overdue". */
    public static String remaining(Duration d) {
        boolean overdue = d.isNegative();
        Duration a = d.abs();
        long days = a.toDays();
        String text = (days > 0 ? days + " d " : "") + a.toHoursPart() + " h " + a.toMinutesPart() + " min";
        return text + (overdue ? " overdue" : " left");
    }
}
