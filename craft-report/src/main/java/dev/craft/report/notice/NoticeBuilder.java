package dev.craft.report.notice;

import static java.util.Objects.requireNonNull;

import dev.craft.assess.reporting.ReportKind;
import dev.craft.report.cases.AffectedRelease;
import dev.craft.report.cases.CorrectiveMeasure;
import dev.craft.report.cases.FindingSnapshot;
import dev.craft.report.cases.NoticeRecord;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.csaf.AdvisoryBuilder;
import dev.craft.report.csaf.CsafWriter;
import dev.craft.report.rules.CaseRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Drafts the Art 14(8) user notice of a case, as text and as CSAF 2.0. Pure. */
public final class NoticeBuilder {

    private final CaseRules rules;
    private final AdvisoryBuilder advisories;

    public NoticeBuilder(CaseRules rules, String craftVersion) {
        this.rules = requireNonNull(rules, "rules must not be null");
        this.advisories = new AdvisoryBuilder(craftVersion);
    }

    /** The draft of the next revision, for {@code audience}. */
    public UserNotice draft(ReportingCase c, NoticeRecord.Audience audience, Instant now) {
        int next = c.notices().size() + 1;
        return build(c, new AdvisoryBuilder.Revision(next, false, now, audience,
                next == 1 ? "Initial notice" : "Update " + next), now);
    }

    /** An issued revision, as it went out (rebuilt from the case, so it reflects the case as it is now). */
    public UserNotice issued(ReportingCase c, int revision) {
        NoticeRecord n = c.notices().stream().filter(x -> x.revision() == revision).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no issued notice revision " + revision));
        return build(c, new AdvisoryBuilder.Revision(revision, true, n.issuedAt(), n.audience(), n.summary()), n.issuedAt());
    }

    private UserNotice build(ReportingCase c, AdvisoryBuilder.Revision rev, Instant date) {
        var missing = new ArrayList<String>();
        List<String> affected = c.releases().stream().map(AffectedRelease::label).distinct().toList();
        List<String> fixed = c.releases().stream().filter(r -> r.fixedVersion() != null)
                .map(r -> r.productName() + " " + r.fixedVersion()).distinct().toList();
        var actions = new ArrayList<String>();
        if (c.content().userMeasures() != null) actions.add(c.content().userMeasures());
        for (AffectedRelease r : c.releases()) {
            actions.add(r.fixedVersion() != null
                    ? "Update " + r.productName() + " " + r.version() + " to " + r.fixedVersion() + " or later."
                    : "No update is available yet for " + r.label() + ".");
        }
        for (CorrectiveMeasure m : c.correctiveMeasures()) {
            if (m.kind() != CorrectiveMeasure.Kind.SECURITY_UPDATE) actions.add(m.description());
        }
        var uniqueActions = List.copyOf(new LinkedHashSet<>(actions));
        if (uniqueActions.isEmpty()) missing.add("Record what users can do (case content: measures users can take) or a corrective measure.");
        if (c.operator().securityContact() == null) missing.add("Record the security contact users can write to (case operator).");
        String summary = summary(c);
        String title = (c.kind() == ReportKind.VULNERABILITY ? "Security advisory: " : "Security incident notice: ") + c.title();
        var notes = new ArrayList<String>();
        var inform = rules.rule("inform-users");
        notes.add(inform.text() + " (" + inform.cite() + ")");
        var limited = rules.rule("limited-disclosure");
        notes.add(limited.text() + " (" + limited.cite() + ")");
        if (rev.audience() == NoticeRecord.Audience.IMPACTED_USERS && c.impactedCustomers().isEmpty()) {
            missing.add("No impacted customers are recorded: add them, or send the notice to all users.");
        }
        var result = advisories.build(c, rev, summary);
        missing.addAll(result.missing());
        var notice = new UserNotice(c.id(), rev.number(), rev.issued(), date, rev.audience(), title, summary, affected, fixed,
                uniqueActions, c.operator().securityContact(), c.impactedCustomers(), missing, notes, "",
                result.csaf().map(CsafWriter::tree).orElse(null));
        return withText(notice, NoticeText.render(notice, c.operator().name()));
    }

    private static UserNotice withText(UserNotice n, String text) {
        return new UserNotice(n.caseId(), n.revision(), n.issued(), n.date(), n.audience(), n.title(), n.summary(), n.affectedProducts(),
                n.fixedIn(), n.userActions(), n.contact(), n.impactedCustomers(), n.missing(), n.notes(), text, n.csaf());
    }

    private static String summary(ReportingCase c) {
        if (c.kind() == ReportKind.INCIDENT) {
            String nature = c.content().incidentNature();
            return "A security incident affects the products listed below." + (nature == null ? "" : " " + nature);
        }
        var ids = new LinkedHashSet<String>();
        var what = new LinkedHashSet<String>();
        for (FindingSnapshot f : c.findings()) {
            ids.add(f.cve() != null ? f.cve() : f.advisoryId());
            what.add(f.summary());
        }
        String s = "A vulnerability (" + String.join(", ", ids) + ") in the products listed below is being actively exploited.";
        if (!what.isEmpty()) s += " " + String.join(" ", what.stream().map(w -> w.endsWith(".") ? w : w + ".").toList());
        if (c.content().severityAndImpact() != null) s += " " + c.content().severityAndImpact();
        return s;
    }
}
