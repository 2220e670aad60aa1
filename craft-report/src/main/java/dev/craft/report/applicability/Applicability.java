package dev.craft.report.applicability;

import static java.util.Objects.requireNonNull;

import dev.craft.assess.reporting.Art14Schedule;
import dev.craft.assess.reporting.EnterpriseSize;
import dev.craft.assess.reporting.ReportKind;
import dev.craft.report.applicability.ApplicabilityResult.Reason;
import dev.craft.report.applicability.ApplicabilityResult.Reason.Kind;
import dev.craft.report.applicability.ApplicabilityResult.Verdict;
import dev.craft.report.cases.AffectedRelease;
import dev.craft.report.cases.ExploitationAssessment;
import dev.craft.report.cases.IncidentAssessment;
import dev.craft.report.cases.Operator;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.cases.Signal;
import dev.craft.report.rules.CaseRules;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a case must be reported under Art 14: who files (Art 14, 18, 19(5), 20(4), 21, 24(3)), whether
 * awareness falls after the application date (Art 71(2)), whether the vulnerability is actively exploited in the
 * product (Art 3(42); FAQ 5.4; Guidance pt 218) or the incident severe (Art 14(5)), and what to note about legacy
 * and past-support products (Art 69(3); Guidance pt 210). Pure; every reason cites its source.
 */
public final class Applicability {

    /** General application of the CRA (Art 71(2)); products placed before it are "legacy" (Art 69). */
    static final LocalDate GENERAL_APPLICATION = LocalDate.of(2027, 12, 11);

    private final CaseRules rules;

    public Applicability(CaseRules rules) {
        this.rules = requireNonNull(rules, "rules must not be null");
    }

    public ApplicabilityResult assess(ReportingCase c, Art14Schedule schedule) {
        var out = new ArrayList<Reason>();
        Operator op = c.operator();
        boolean steward = op.role() == Operator.Role.OPEN_SOURCE_STEWARD;
        boolean importerOrDistributor = op.role() == Operator.Role.IMPORTER || op.role() == Operator.Role.DISTRIBUTOR;
        if (importerOrDistributor && !op.treatedAsManufacturer()) {
            out.add(reason("importer-distributor", Kind.EXCLUSION));
            return new ApplicabilityResult(Verdict.NOT_A_FILER, out);
        }
        if (importerOrDistributor) out.add(reason("treated-as-manufacturer", Kind.BASIS));
        if (op.role() == Operator.Role.AUTHORISED_REPRESENTATIVE) {
            out.add(reason("authorised-representative", Kind.NOTE, "manufacturer",
                    op.onBehalfOf() == null ? "the manufacturer" : op.onBehalfOf()));
        }
        if (!schedule.reportable()) {
            out.add(reason("not-retroactive", Kind.EXCLUSION, "awareness", c.awareness().at().toString()));
            out.add(reason("voluntary", Kind.NOTE));
            return new ApplicabilityResult(Verdict.NOT_REPORTABLE, out);
        }
        out.add(reason("applies", Kind.BASIS));
        if (c.awareness().provisional()) {
            out.add(reason("awareness-provisional", Kind.ACTION, "awareness", c.awareness().at().toString()));
        }
        releaseNotes(c, out);
        if (c.kind() == ReportKind.VULNERABILITY) vulnerability(c, steward, out);
        else incident(c.incident(), op, steward, out);
        if (steward) {
            out.add(reason("steward-no-fines", Kind.NOTE));
            out.add(reason("steward-start-date", Kind.OPEN_POINT));
        } else {
            out.add(reason("fines-tier", Kind.NOTE));
            if (op.enterpriseSize() == EnterpriseSize.MICRO || op.enterpriseSize() == EnterpriseSize.SMALL) {
                out.add(reason("micro-small-exemption", Kind.NOTE, "size", op.enterpriseSize().kbName()));
            }
        }
        Verdict v = out.stream().anyMatch(r -> r.kind() == Kind.EXCLUSION) ? Verdict.NOT_REPORTABLE
                : out.stream().anyMatch(r -> r.kind() == Kind.MISSING_FACT) ? Verdict.UNDETERMINED
                : Verdict.REPORTABLE;
        if (v == Verdict.NOT_REPORTABLE) out.add(reason("voluntary", Kind.NOTE));
        return new ApplicabilityResult(v, out);
    }

    private void releaseNotes(ReportingCase c, List<Reason> out) {
        LocalDate awareDay = c.awareness().at().atOffset(ZoneOffset.UTC).toLocalDate();
        for (AffectedRelease r : c.releases()) {
            if (r.placedOnMarket() == null) {
                out.add(reason("placing-date-missing", Kind.NOTE, "release", r.label()));
            } else if (r.placedOnMarket().isBefore(GENERAL_APPLICATION)) {
                out.add(reason("legacy-product", Kind.NOTE, "release", r.label(), "date", r.placedOnMarket().toString()));
                out.add(reason("legacy-no-handling", Kind.NOTE, "release", r.label()));
            }
            if (r.supportEnd() != null && r.supportEnd().isBefore(awareDay)) {
                out.add(reason("past-support", Kind.NOTE, "release", r.label(), "date", r.supportEnd().toString()));
            }
        }
    }

    private void vulnerability(ReportingCase c, boolean steward, List<Reason> out) {
        if (steward) stewardFact(c.operator().stewardInvolvedInDevelopment(), "steward-vulnerability", "steward-not-involved",
                "the steward is involved in the development of the affected product", out);
        if (c.signal() instanceof Signal.KevListing kev) out.add(reason("kev-signal", Kind.NOTE, "cve", kev.cveId()));
        c.releases().stream().filter(AffectedRelease::thirdPartyComponent).map(AffectedRelease::affectedComponent).distinct()
                .forEach(comp -> out.add(reason("third-party-component", Kind.NOTE, "component",
                        comp == null ? "component not named" : comp)));
        ExploitationAssessment e = c.exploitation();
        switch (e.verdict()) {
            case PENDING -> out.add(reason("exploitation-pending", Kind.MISSING_FACT));
            case ACTIVELY_EXPLOITED -> out.add(e.evidence().isEmpty()
                    ? reason("exploitation-evidence-missing", Kind.MISSING_FACT)
                    : reason("actively-exploited", Kind.BASIS, "decidedBy", e.decidedBy(), "decidedAt", String.valueOf(e.decidedAt())));
            case NO_RELIABLE_EVIDENCE -> out.add(reason("no-reliable-evidence", Kind.EXCLUSION));
            case GOOD_FAITH_RESEARCH_ONLY -> out.add(reason("good-faith-research", Kind.EXCLUSION));
            case NOT_EXPLOITABLE_IN_PRODUCT -> out.add(reason("not-exploitable-in-product", Kind.EXCLUSION));
            case NOT_EXPLOITED_IN_PRODUCT -> {
                out.add(reason("not-exploited-in-product", Kind.EXCLUSION));
                var p = rules.openPoint("exploited-where");
                out.add(new Reason("exploited-where", "FAQ 5.4; Guidance pt 218", "Open point: " + p.question() + " " + p.craftFlags(),
                        Kind.OPEN_POINT));
            }
        }
    }

    private void incident(IncidentAssessment ia, Operator op, boolean steward, List<Reason> out) {
        if (steward) stewardFact(op.stewardInfrastructureAffected(), "steward-incident", "steward-infrastructure-not-affected",
                "the incident affects the network and information systems the steward provides for development", out);
        Boolean impact = ia == null ? null : ia.impactsProductSecurity();
        Boolean a = ia == null ? null : ia.sensitiveDataOrFunctions();
        Boolean b = ia == null ? null : ia.maliciousCode();
        if (Boolean.FALSE.equals(impact)) {
            out.add(reason("incident-no-product-impact", Kind.EXCLUSION));
            return;
        }
        if (Boolean.TRUE.equals(a)) out.add(reason("severe-incident-a", Kind.BASIS));
        if (Boolean.TRUE.equals(b)) out.add(reason("severe-incident-b", Kind.BASIS));
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) return;
        if (Boolean.FALSE.equals(a) && Boolean.FALSE.equals(b)) {
            out.add(reason("not-severe", Kind.EXCLUSION));
            return;
        }
        var missing = new ArrayList<String>();
        if (a == null) missing.add("whether it affects sensitive or important data or functions (Art 14(5)(a))");
        if (b == null) missing.add("whether it has led or can lead to malicious code (Art 14(5)(b))");
        out.add(reason("incident-facts-missing", Kind.MISSING_FACT, "missing", String.join(" and ", missing)));
    }

    private void stewardFact(Boolean fact, String yesRule, String noRule, String question, List<Reason> out) {
        if (fact == null) out.add(reason("steward-fact-missing", Kind.MISSING_FACT, "fact", question));
        else out.add(reason(fact ? yesRule : noRule, fact ? Kind.BASIS : Kind.EXCLUSION));
    }

    private Reason reason(String id, Kind kind, String... values) {
        CaseRules.Rule r = rules.rule(id);
        return new Reason(id, r.cite(), r.render(values), kind);
    }
}
