package dev.craft.report.render;

import dev.craft.report.drafts.DraftItem;
import dev.craft.report.drafts.ReportDraft;

/** A report draft as a PDF: the same content as the Markdown, for signing off and the record. */
public final class DraftPdf {

    private DraftPdf() {}

    public static byte[] render(ReportDraft d) {
        return Pdf.render(html(d));
    }

    static String html(ReportDraft d) {
        var h = new Html(d.title());
        h.el("h1", d.title());
        var c = d.clock();
        h.metaTable(new String[][] {
            {"Case", d.caseId() + " (" + d.kind() + ")"},
            {"Report", d.stage().title() + ", " + d.cite()},
            {"Awareness", d.awareness().toString()},
            {"Due", c == null ? null : c.due() == null ? "not yet running (" + c.clockStarts() + " not recorded)" : c.due().toString()},
            {"State", c == null ? null : c.state() + (c.remaining() == null ? "" : ", " + DraftMarkdown.remaining(c.remaining()))},
            {"Submitted", c == null || c.submitted() == null ? null : c.submitted().toString()},
            {"To", d.recipient()},
            {"Applicability", d.applicability()},
            {"Generated", d.generatedAt() + " (knowledge base " + d.kbVersion() + ")"},
        });
        boolean hasClockNotes = c != null && !c.notes().isEmpty();
        if (!d.missingRequired().isEmpty() || !d.notes().isEmpty() || hasClockNotes) {
            h.el("h2", "Before filing").raw("<ul>");
            for (String id : d.missingRequired()) {
                DraftItem i = d.items().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                h.el("li", "todo", "Required item incomplete: " + i.label() + " (" + i.cite() + "). " + i.hint());
            }
            for (String n : d.notes()) h.el("li", n);
            if (hasClockNotes) for (String n : c.notes()) h.el("li", n);
            h.raw("</ul>");
        }
        h.el("h2", "Items");
        int n = 1;
        for (DraftItem i : d.items()) {
            h.el("h3", n++ + ". " + i.label());
            h.el("div", "meta-line", i.id() + " | " + i.qualifier().replace('_', ' ') + " | " + i.cite() + " | " + i.status()
                    + " | " + i.requirement());
            if (i.value() != null) h.el("pre", i.value());
            if (!i.sources().isEmpty()) h.el("div", "meta-line", "Sources: " + String.join("; ", i.sources()));
            if (i.hint() != null) h.el("div", "todo", "To complete: " + i.hint());
        }
        return h.finish();
    }
}
