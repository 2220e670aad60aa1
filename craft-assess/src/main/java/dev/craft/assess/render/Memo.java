package dev.craft.assess.render;

import dev.craft.assess.Assessment;
import dev.craft.assess.Assessment.CategoryMatch;
import dev.craft.assess.Assessment.ObligationResult;
import dev.craft.assess.Assessment.ObligationStatus;
import dev.craft.assess.Assessment.Reason;
import dev.craft.assess.Assessment.RouteResult;
import dev.craft.assess.Assessment.Trace;
import dev.craft.kb.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The memo a compliance officer reads: verdicts first, then the reasons with their articles, the obligations with
 * their dates, the key dates, findings, and last the open questions and unsettled points.
 */
final class Memo {

    private final Assessment a;
    private final List<Doc> out = new ArrayList<>();

    private Memo(Assessment a) {
        this.a = a;
    }

    static List<Doc> build(Assessment a) {
        var m = new Memo(a);
        m.header();
        m.verdicts();
        m.reasons();
        m.obligations();
        m.keyDates();
        m.findings();
        m.questions();
        m.unsettled();
        m.footer();
        return m.out;
    }

    private void header() {
        var s = a.subject();
        out.add(new Doc.Heading(1, "CRA assessment: " + s.product() + (s.version() == null ? "" : " " + s.version())));
        out.add(new Doc.Fields(List.of(
                new Doc.Field("Company", s.company()),
                new Doc.Field("As of", a.asOf().toString()),
                new Doc.Field("Knowledge base", a.knowledgeBase().version() + " (facts checked " + a.knowledgeBase().date() + ")"),
                new Doc.Field("Profile", a.profile().source() + " (sha256 " + a.profile().sha256().substring(0, 12) + ")"))));
        out.add(new Doc.Paragraph("Regulation (EU) 2024/2847 (Cyber Resilience Act). craft applies its knowledge base to the facts of the profile; "
                + "every conclusion names its rule and article. This is not legal advice."));
    }

    private void verdicts() {
        out.add(new Doc.Heading(2, "Verdicts"));
        var f = new ArrayList<Doc.Field>();
        f.add(new Doc.Field("Scope", label(a.scope().verdict().name()) + ". " + a.scope().summary()));
        if (a.scope().verdict() != Assessment.ScopeVerdict.OUT_OF_SCOPE) {
            f.add(new Doc.Field("Role", roles()));
            var pc = a.productClass();
            f.add(new Doc.Field("Class", pc.summary()));
            boolean manufacturer = a.roles().held().stream().anyMatch(r -> r.role() == Role.MANUFACTURER);
            f.add(new Doc.Field(manufacturer ? "Conformity routes" : "Conformity routes (the manufacturer's)", routesSummary()));
            f.add(new Doc.Field("Penalties", penaltySummary()));
            f.add(new Doc.Field("Reporting", reportingSummary()));
        }
        long blocking = a.openQuestions().stream().filter(Assessment.OpenQuestion::blocking).count();
        f.add(new Doc.Field("Open questions", blocking + " deciding, " + (a.openQuestions().size() - blocking) + " other; "
                + a.unsettledPoints().size() + " unsettled points of law flagged"));
        out.add(new Doc.Fields(f));
    }

    private String roles() {
        if (a.roles().held().isEmpty()) return "none follows from the supply-chain facts";
        var parts = new ArrayList<String>();
        for (var r : a.roles().held()) {
            var cites = new ArrayList<String>();
            for (Reason b : r.bases()) cites.addAll(b.trace().cite());
            String status = r.status() == Assessment.RoleStatus.UNDECIDED ? " (undecided)" : "";
            parts.add(r.role().label() + status + " (" + String.join(", ", distinct(cites)) + ")");
        }
        return String.join("; ", parts);
    }

    private String routesSummary() {
        if (a.conformityRoutes().isEmpty()) return "depend on the class, which is undecided";
        var allowed = new ArrayList<String>();
        var conditional = new ArrayList<String>();
        var not = new ArrayList<String>();
        for (RouteResult r : a.conformityRoutes()) {
            switch (r.status()) {
                case ALLOWED -> allowed.add(r.name());
                case CONDITIONAL -> conditional.add(r.name());
                case NOT_ALLOWED, NOT_AVAILABLE -> not.add(r.name());
            }
        }
        var sb = new StringBuilder();
        sb.append("allowed: ").append(allowed.isEmpty() ? "none" : String.join("; ", allowed));
        if (!conditional.isEmpty()) sb.append(". Conditional: ").append(String.join("; ", conditional));
        if (!not.isEmpty()) sb.append(". Not allowed or not available: ").append(String.join("; ", not));
        return sb.append('.').toString();
    }

    private String penaltySummary() {
        var p = a.penalties();
        var sb = new StringBuilder();
        if (p.tiers().isEmpty()) sb.append("no administrative fine applies to the obligations listed");
        else {
            var t = p.tiers().get(0);
            sb.append("up to ").append(euros(t.maxEur())).append(" or ").append(percent(t.maxTurnoverPercent()))
                    .append(" of worldwide annual turnover, whichever is higher (").append(t.cite()).append(")");
        }
        for (var e : p.exemptions()) sb.append("; exemption ").append(e.cite());
        return sb.toString();
    }

    private String reportingSummary() {
        var r = a.reporting();
        if (!r.manufacturerReports()) return r.note() == null ? "no Art 14 reporting duty for the roles held" : r.note();
        var csirt = r.csirt();
        String where = csirt == null || csirt.memberState() == null ? "coordinating CSIRT undecided (see open questions)"
                : "coordinating CSIRT of " + csirt.memberState() + " (" + String.join(", ", csirt.trace().cite()) + ")";
        return "Art 14 notifications to the " + where + " and ENISA through the single reporting platform; run 'craft deadlines' for the clocks.";
    }

    private void reasons() {
        out.add(new Doc.Heading(2, "Reasons"));
        out.add(new Doc.Heading(3, "Scope"));
        out.add(new Doc.Items(a.scope().reasons().stream().map(this::reasonItem).toList()));
        if (!a.scope().notes().isEmpty()) out.add(new Doc.Items(a.scope().notes().stream().map(this::noteItem).toList()));
        if (a.scope().verdict() == Assessment.ScopeVerdict.OUT_OF_SCOPE) return;

        out.add(new Doc.Heading(3, "Role"));
        var roleItems = new ArrayList<Doc.Item>();
        for (var r : a.roles().held()) {
            for (Reason b : r.bases()) roleItems.add(reasonItem(r.role().label() + (r.status() == Assessment.RoleStatus.UNDECIDED ? " (undecided)" : ""), b));
            if (r.obligationsScope() != null) roleItems.add(new Doc.Item("Scope of the obligations", List.of(r.obligationsScope())));
        }
        for (Reason n : a.roles().notes()) roleItems.add(noteItem(n));
        if (roleItems.isEmpty()) roleItems.add(new Doc.Item("No role", List.of("No role rule holds for the supply-chain facts given.")));
        out.add(new Doc.Items(roleItems));

        out.add(new Doc.Heading(3, "Class"));
        var pc = a.productClass();
        var classItems = new ArrayList<Doc.Item>();
        classItems.add(new Doc.Item("Result: " + pc.productClass().label(), List.of("Rule " + pc.trace().rule() + ": the core functionality decides ("
                + String.join(", ", pc.trace().cite()) + ")", facts(pc.trace()))));
        for (CategoryMatch c : pc.categories()) classItems.add(category(c));
        out.add(new Doc.Items(classItems));

        if (!a.remoteProcessing().isEmpty()) {
            out.add(new Doc.Heading(3, "Remote data processing"));
            out.add(new Doc.Items(a.remoteProcessing().stream().map(r -> new Doc.Item(r.name() + ": " + label(r.verdict().name()),
                    List.of(r.explanation(), "Rule " + r.trace().rule() + " (" + String.join(", ", r.trace().cite()) + ")", facts(r.trace())))).toList()));
        }
        out.add(new Doc.Heading(3, "Conformity assessment routes"));
        if (a.conformityRoutes().isEmpty()) {
            out.add(new Doc.Paragraph("The routes follow from the class, which is undecided."));
        } else {
            out.add(new Doc.Table(List.of("Route", "Status", "Why", "Articles"), a.conformityRoutes().stream().map(r -> List.of(
                    r.name() + (r.notifiedBody() ? " [notified body]" : ""), label(r.status().name()), r.explanation(),
                    String.join(", ", r.trace().cite()))).toList()));
            var status = a.conformityRoutes().stream().flatMap(r -> r.trace().status().stream()).distinct().toList();
            if (!status.isEmpty()) out.add(new Doc.Paragraph("Status table entries used: " + String.join("; ", status) + "."));
        }
    }

    private Doc.Item category(CategoryMatch c) {
        var lines = new ArrayList<String>();
        lines.add(c.explanation());
        lines.add("IR 2025/2392 description (paraphrased): " + c.description());
        if (!c.examples().isEmpty()) lines.add("Examples: " + String.join("; ", c.examples()));
        if (c.descriptionUnconfirmed() != null) lines.add("Not confirmed: " + c.descriptionUnconfirmed());
        String f = facts(c.trace());
        if (!f.isEmpty()) lines.add(f);
        return new Doc.Item(c.cite() + " " + c.name() + ": " + label(c.status().name()), lines);
    }

    private void obligations() {
        if (a.scope().verdict() == Assessment.ScopeVerdict.OUT_OF_SCOPE) return;
        out.add(new Doc.Heading(2, "Obligations as of " + a.asOf()));
        if (a.obligations().isEmpty()) {
            out.add(new Doc.Paragraph("No obligations: no role holds."));
            return;
        }
        for (Role role : Role.values()) {
            List<ObligationResult> mine = a.obligations().stream().filter(o -> o.role() == role).toList();
            if (mine.isEmpty()) continue;
            out.add(new Doc.Heading(3, capital(role.label())));
            for (ObligationStatus status : ObligationStatus.values()) {
                List<ObligationResult> group = mine.stream().filter(o -> o.status() == status).toList();
                if (group.isEmpty()) continue;
                out.add(new Doc.Paragraph(groupTitle(status, group.size())));
                if (status == ObligationStatus.NOT_APPLICABLE) {
                    out.add(new Doc.Paragraph(String.join(", ", group.stream().map(ObligationResult::id).toList()) + ". " + group.get(0).note()));
                    continue;
                }
                out.add(new Doc.Items(group.stream().map(this::obligation).toList()));
            }
        }
    }

    private String groupTitle(ObligationStatus status, int n) {
        return switch (status) {
            case IN_FORCE -> n + " in force:";
            case NOT_YET_IN_FORCE -> n + " not yet in force on " + a.asOf() + ":";
            case UNDECIDED -> n + " undecided (a fact is missing):";
            case NOT_APPLICABLE -> n + " not applicable to this product:";
        };
    }

    private Doc.Item obligation(ObligationResult o) {
        var lines = new ArrayList<String>();
        lines.add(o.duty());
        lines.add("Due: " + o.due() + (o.status() == ObligationStatus.NOT_YET_IN_FORCE ? "; applies from " + o.appliesFrom() : ""));
        lines.add("Evidence: " + String.join("; ", o.evidence()));
        if (o.penalties().isEmpty()) lines.add("Penalty: none");
        else lines.add("Penalty: " + String.join("; ", o.penalties().stream().map(p -> p.cite() + " via " + p.via() + " (up to " + euros(p.maxEur())
                + " or " + percent(p.maxTurnoverPercent()) + ")" + (p.exempt() ? " - exempt" : "")).toList()));
        if (o.note() != null) lines.add("Note: " + o.note());
        return new Doc.Item(o.id() + " (" + String.join(", ", o.cite()) + ")", lines);
    }

    private void keyDates() {
        out.add(new Doc.Heading(2, "Key dates"));
        out.add(new Doc.Table(List.of("Date", "What", "Articles", "Basis"), a.keyDates().stream().map(k -> List.of(
                k.date().toString(), k.label(), String.join(", ", k.cite()), k.basis())).toList()));
    }

    private void findings() {
        if (a.findings().isEmpty()) return;
        out.add(new Doc.Heading(2, "Findings"));
        out.add(new Doc.Items(a.findings().stream().map(f -> new Doc.Item(f.severity().name() + " " + f.id() + " (" + String.join(", ", f.cite()) + ")",
                List.of(f.text(), facts(f.trace())))).toList()));
    }

    private void questions() {
        out.add(new Doc.Heading(2, "Open questions"));
        if (a.openQuestions().isEmpty()) {
            out.add(new Doc.Paragraph("None: the profile answers every question the rules asked."));
            return;
        }
        int i = 1;
        var items = new ArrayList<Doc.Item>();
        for (var q : a.openQuestions()) {
            items.add(new Doc.Item((i++) + ". " + (q.blocking() ? "[deciding] " : "") + q.question(),
                    List.of("Answer in: " + q.path(), "Decides: " + String.join("; ", q.decides()))));
        }
        out.add(new Doc.Items(items));
    }

    private void unsettled() {
        out.add(new Doc.Heading(2, "Unsettled points"));
        if (a.unsettledPoints().isEmpty()) {
            out.add(new Doc.Paragraph("None flagged for this product."));
            return;
        }
        out.add(new Doc.Items(a.unsettledPoints().stream().map(u -> new Doc.Item("[" + u.flag() + "] " + u.topic() + " (" + String.join(", ", u.cite())
                + "; source confidence: " + u.confidence() + ")", List.of(u.text(), "craft's reading: " + u.craftReading()))).toList()));
    }

    private void footer() {
        out.add(new Doc.Paragraph("Generated by craft from knowledge base " + a.knowledgeBase().version() + ". Re-run when the profile or the "
                + "knowledge base changes; the JSON form (--format json) carries every trace."));
    }

    // ---- helpers ----

    private Doc.Item noteItem(Reason r) {
        var lines = new ArrayList<String>();
        lines.add(r.text());
        lines.add("Rule " + r.trace().rule() + " (" + String.join(", ", r.trace().cite()) + ")");
        String f = facts(r.trace());
        if (!f.isEmpty()) lines.add(f);
        return new Doc.Item(r.title() == null ? "Note" : "Note: " + r.title(), lines);
    }

    private Doc.Item reasonItem(Reason r) {
        return reasonItem(r.title() == null ? r.trace().rule() : r.title(), r);
    }

    private Doc.Item reasonItem(String title, Reason r) {
        String mark = switch (r.holds()) {
            case TRUE -> "yes";
            case FALSE -> "no";
            case UNKNOWN -> "undecided";
        };
        var lines = new ArrayList<String>();
        lines.add(r.text());
        lines.add("Rule " + r.trace().rule() + " (" + String.join(", ", r.trace().cite()) + ")");
        String f = facts(r.trace());
        if (!f.isEmpty()) lines.add(f);
        return new Doc.Item(title + ": " + mark, lines);
    }

    static String facts(Trace t) {
        if (t == null || t.facts().isEmpty()) return "";
        return "Facts: " + String.join("; ", t.facts().stream().map(f -> f.path() + " = " + f.value()).toList());
    }

    static String label(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String euros(long eur) {
        return String.format(Locale.ROOT, "EUR %,d", eur).replace(',', ' ');
    }

    static String percent(double pct) {
        return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct)) + " %";
    }

    private static List<String> distinct(List<String> l) {
        return l.stream().distinct().toList();
    }
}
