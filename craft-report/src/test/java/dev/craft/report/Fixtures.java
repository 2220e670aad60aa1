package dev.craft.report;

import dev.craft.assess.reporting.EnterpriseSize;
import dev.craft.assess.reporting.ReportKind;
import dev.craft.report.cases.AffectedRelease;
import dev.craft.report.cases.Awareness;
import dev.craft.report.cases.CaseBuilder;
import dev.craft.report.cases.CaseStatus;
import dev.craft.report.cases.Evidence;
import dev.craft.report.cases.ExploitationAssessment;
import dev.craft.report.cases.IncidentAssessment;
import dev.craft.report.cases.MemberState;
import dev.craft.report.cases.Operator;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.cases.Signal;
import dev.craft.report.json.CaseJson;
import dev.craft.report.routing.RoutingFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Cases for tests: the worked example of docs/reporting.md, and small cases built to one rule. */
public final class Fixtures {

    private Fixtures() {}

    public static Instant t(String iso) {
        return Instant.parse(iso);
    }

    public static Path repoRoot() {
        String root = System.getProperty("craft.repo.root");
        return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }

    /** The worked example's case (docs/examples/reporting/aurora-case.json). */
    public static ReportingCase aurora() {
        try {
            return CaseJson.read(repoRoot().resolve("docs/examples/reporting/aurora-case.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Operator manufacturer(EnterpriseSize size) {
        return new Operator("Example Maker SE", Operator.Role.MANUFACTURER, false, size, "https://maker.example",
                "psirt@maker.example", null, null, null,
                new RoutingFacts(true, MemberState.DE, null, null, null, null, null, null, null));
    }

    public static AffectedRelease release(String version, LocalDate placed, LocalDate supportEnd) {
        return new AffectedRelease("router", "Example Router", version, "pkg:generic/example-router@" + version, placed, supportEnd,
                Set.of(MemberState.DE, MemberState.FR), null, false, null);
    }

    /** A vulnerability case with the given verdict, awareness and releases. */
    public static ReportingCase vulnerability(Instant awareness, ExploitationAssessment.Verdict verdict, Operator op,
                                              List<AffectedRelease> releases) {
        var evidence = verdict == ExploitationAssessment.Verdict.PENDING ? List.<Evidence>of()
                : List.of(new Evidence(Evidence.EvidenceSource.CSIRT, "CSIRT notice of attacks", "CERT-123", awareness));
        var decision = verdict == ExploitationAssessment.Verdict.PENDING ? ExploitationAssessment.pending(evidence)
                : new ExploitationAssessment(verdict, evidence, "psirt", awareness, "assessed");
        return new CaseBuilder().id("RC-T-1").kind(ReportKind.VULNERABILITY).title("test vulnerability").status(CaseStatus.OPEN)
                .signal(new Signal.ManualEntry(Signal.ManualSource.CSIRT, "CERT", "attacks seen", awareness))
                .awareness(new Awareness(awareness, "psirt", "CSIRT notice", false)).exploitation(decision).operator(op)
                .releases(releases).openedAt(awareness).openedBy("psirt").build();
    }

    /** An incident case with the given assessment. */
    public static ReportingCase incident(Instant awareness, IncidentAssessment ia, Operator op) {
        return new CaseBuilder().id("RC-T-2").kind(ReportKind.INCIDENT).title("test incident").status(CaseStatus.OPEN)
                .signal(new Signal.ManualEntry(Signal.ManualSource.INTERNAL_DETECTION, "SOC", "update server compromised", awareness))
                .awareness(new Awareness(awareness, "psirt", "SOC", false)).incident(ia).operator(op)
                .releases(List.of(release("1.0", LocalDate.of(2028, 1, 10), null))).openedAt(awareness).openedBy("psirt").build();
    }

    public static IncidentAssessment incidentAssessment(Boolean impact, Boolean sensitive, Boolean maliciousCode) {
        return new IncidentAssessment(impact, sensitive, maliciousCode, true, List.of(), "psirt", null, null);
    }
}
