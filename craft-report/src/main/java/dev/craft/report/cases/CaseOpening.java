package dev.craft.report.cases;

import dev.craft.assess.reporting.ReportKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** How cases come into being: from an exploited-finding alert, or by hand. */
public final class CaseOpening {

    /** The actor name craft uses for what it does on its own. */
    public static final String CRAFT = "craft";

    private CaseOpening() {}

    /**
     * A vulnerability case from an exploitation signal (KEV, EUVD, another source) on findings of on-market releases. Awareness is set
     * provisionally to when the signal arrived (the earliest defensible instant) and must be confirmed or corrected
     * by a person; the exploitation decision starts PENDING with the listing as evidence.
     *
     * @param propose true to open it as PROPOSED (a person confirms), false to open it directly
     */
    public static CaseChange fromExploitedFindings(String id, Signal signal, List<FindingSnapshot> findings,
                                                   List<AffectedRelease> releases, Operator operator, boolean propose) {
        if (findings.isEmpty() || releases.isEmpty()) throw new IllegalArgumentException("findings and releases are required");
        var evidence = new ArrayList<Evidence>();
        evidence.add(evidence(signal));
        var awareness = new Awareness(signal.receivedAt(), CRAFT, "provisional: " + signal.summary(), true);
        var c = new CaseBuilder().id(id).kind(ReportKind.VULNERABILITY).title(title(findings, releases))
                .status(propose ? CaseStatus.PROPOSED : CaseStatus.OPEN).signal(signal).awareness(awareness)
                .exploitation(ExploitationAssessment.pending(evidence)).operator(operator).releases(releases)
                .findings(findings).openedAt(signal.receivedAt()).openedBy(CRAFT).build();
        return new CaseChange(null, c, "case.open", (propose ? "proposed" : "opened") + " from " + signal.summary(), CRAFT);
    }

    /**
     * A case entered by hand: an incident, an exploitation reported by a customer, researcher or CSIRT, or a
     * triage decision that a finding is exploited. The signal is the first piece of evidence.
     */
    public static CaseChange manual(String id, ReportKind kind, String title, Signal signal, Awareness awareness,
                                    Operator operator, List<AffectedRelease> releases, List<FindingSnapshot> findings,
                                    String openedBy, Instant now) {
        var b = new CaseBuilder().id(id).kind(kind).title(title).status(CaseStatus.OPEN).signal(signal).awareness(awareness)
                .operator(operator).releases(releases).findings(findings).openedAt(now).openedBy(openedBy);
        if (kind == ReportKind.VULNERABILITY) b.exploitation(ExploitationAssessment.pending(List.of(evidence(signal))));
        ReportingCase c = b.build();
        return new CaseChange(null, c, "case.open", "opened by hand: " + signal.summary(), openedBy);
    }

    /** What a signal is as evidence of exploitation. */
    static Evidence evidence(Signal signal) {
        return switch (signal) {
            case Signal.KevListing kev -> new Evidence(Evidence.EvidenceSource.KEV,
                    kev.summary() + (Boolean.TRUE.equals(kev.knownRansomwareUse()) ? "; known use in ransomware campaigns" : ""),
                    "https://www.cisa.gov/known-exploited-vulnerabilities-catalog", kev.receivedAt());
            case Signal.EuvdExploited euvd -> new Evidence(Evidence.EvidenceSource.EUVD, euvd.summary(), euvd.euvdId(), euvd.receivedAt());
            case Signal.TriageDecision t -> new Evidence(Evidence.EvidenceSource.OTHER, t.summary(), t.findingId(), t.receivedAt());
            case Signal.ManualEntry m -> new Evidence(switch (m.source()) {
                case CUSTOMER -> Evidence.EvidenceSource.CUSTOMER_REPORT;
                case RESEARCHER -> Evidence.EvidenceSource.RESEARCHER_REPORT;
                case CSIRT -> Evidence.EvidenceSource.CSIRT;
                case INTERNAL_DETECTION -> Evidence.EvidenceSource.OWN_TELEMETRY;
                default -> Evidence.EvidenceSource.THREAT_INTELLIGENCE;
            }, m.summary(), null, m.receivedAt());
        };
    }

    static String title(List<FindingSnapshot> findings, List<AffectedRelease> releases) {
        var ids = new LinkedHashSet<String>();
        for (FindingSnapshot f : findings) ids.add(f.cve() != null ? f.cve() : f.advisoryId());
        var rel = new LinkedHashSet<String>();
        for (AffectedRelease r : releases) rel.add(r.label());
        String t = String.join(", ", ids) + " exploited, in " + String.join(", ", rel);
        return t.length() <= 200 ? t : t.substring(0, 197) + "...";
    }
}
