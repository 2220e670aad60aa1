package dev.craft.report.drafts;

import dev.craft.report.CaseReview;
import dev.craft.report.cases.AffectedRelease;
import dev.craft.report.cases.CorrectiveMeasure;
import dev.craft.report.cases.Evidence;
import dev.craft.report.cases.FindingSnapshot;
import dev.craft.report.cases.IncidentAssessment;
import dev.craft.report.cases.MemberState;
import dev.craft.report.cases.ReportingCase;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Pre-fills each Art 14(2)/(4) content item (by its knowledge-base id) from the case, its findings and the product
 * data, recording where each part came from. Every id in {@code art14-reporting.yaml} must have a filler here; a
 * test checks it, so an item added to the law cannot be silently left out of the drafts.
 */
final class ContentFillers {

    private ContentFillers() {}

    /** A label for forms, and the filler. */
    record Filler(String label, BiFunction<ReportingCase, CaseReview, Fill> fill) {}

    static final Map<String, Filler> FILLERS = Map.ofEntries(
            Map.entry("member_states", new Filler("Member States where made available", ContentFillers::memberStates)),
            Map.entry("product_information", new Filler("Product", ContentFillers::productInformation)),
            Map.entry("exploit_and_vulnerability_nature", new Filler("Nature of the exploit and of the vulnerability",
                    ContentFillers::exploitAndVulnerability)),
            Map.entry("corrective_measures_taken", new Filler("Corrective or mitigating measures taken", ContentFillers::measuresTaken)),
            Map.entry("user_measures", new Filler("Measures users can take", ContentFillers::userMeasures)),
            Map.entry("sensitivity", new Filler("Sensitivity of the information", ContentFillers::sensitivity)),
            Map.entry("vulnerability_description_severity_impact", new Filler("Vulnerability, severity and impact",
                    ContentFillers::vulnerabilityDescription)),
            Map.entry("malicious_actor", new Filler("Malicious actor", ContentFillers::maliciousActor)),
            Map.entry("security_update_details", new Filler("Security update or other corrective measures", ContentFillers::securityUpdate)),
            Map.entry("suspected_unlawful_or_malicious", new Filler("Suspected unlawful or malicious acts", ContentFillers::suspected)),
            Map.entry("incident_nature", new Filler("Nature of the incident", (c, r) -> text(c.content().incidentNature(),
                    "case.content.incidentNature", "Describe the nature of the incident."))),
            Map.entry("initial_assessment", new Filler("Initial assessment", ContentFillers::initialAssessment)),
            Map.entry("incident_description_severity_impact", new Filler("Incident, severity and impact", ContentFillers::incidentDescription)),
            Map.entry("threat_type_or_root_cause", new Filler("Type of threat or root cause", (c, r) -> text(c.content().rootCause(),
                    "case.content.rootCause", "Record the type of threat or the root cause likely to have triggered the incident."))),
            Map.entry("applied_and_ongoing_mitigations", new Filler("Applied and ongoing mitigation measures", ContentFillers::mitigations)));

    private static Fill memberStates(ReportingCase c, CaseReview r) {
        Set<MemberState> states = c.memberStates();
        if (states.isEmpty()) {
            return Fill.missing("Record the Member States where each affected release was made available (product data).");
        }
        var f = new Fill();
        f.add(states.stream().map(MemberState::label).collect(Collectors.joining(", ")),
                "product data: availability of " + c.releases().stream().map(AffectedRelease::label).collect(Collectors.joining(", ")));
        return f;
    }

    private static Fill productInformation(ReportingCase c, CaseReview r) {
        var f = new Fill();
        f.add(c.content().productDescription(), "case.content.productDescription");
        for (AffectedRelease rel : c.releases()) {
            var sb = new StringBuilder(rel.label());
            if (rel.purl() != null) sb.append(" (").append(rel.purl()).append(')');
            if (rel.placedOnMarket() != null) sb.append(", placed on the market ").append(rel.placedOnMarket());
            if (rel.supportEnd() != null) sb.append(", support period until ").append(rel.supportEnd());
            if (rel.affectedComponent() != null) {
                sb.append("; affected component ").append(rel.affectedComponent()).append(rel.thirdPartyComponent() ? " (third-party)" : "");
            }
            f.add(sb.toString(), "product data: " + rel.label());
        }
        if (f.isEmpty()) f.gap("Record the affected products and releases.");
        return f;
    }

    private static Fill exploitAndVulnerability(ReportingCase c, CaseReview r) {
        var f = new Fill();
        boolean vuln = f.add(c.content().vulnerabilityNature(), "case.content.vulnerabilityNature");
        if (!vuln) for (FindingSnapshot fs : c.findings()) vuln |= f.add(findingLine(fs), finding(fs));
        boolean exploit = f.add(c.content().exploitNature(), "case.content.exploitNature");
        if (!exploit && c.exploitation() != null) {
            for (Evidence e : c.exploitation().evidence()) {
                exploit |= f.add("Exploitation evidence (" + e.source() + "): " + e.description(), "case.exploitation.evidence");
            }
        }
        if (!vuln) f.gap("Describe the general nature of the vulnerability.");
        if (!exploit) f.gap("Describe the general nature of the exploit.");
        return f;
    }

    private static Fill measuresTaken(ReportingCase c, CaseReview r) {
        var f = new Fill();
        f.add(c.content().correctiveMeasuresTaken(), "case.content.correctiveMeasuresTaken");
        for (CorrectiveMeasure m : c.correctiveMeasures()) f.add(measureLine(m), "case.correctiveMeasures");
        if (f.isEmpty()) f.gap("Record the corrective or mitigating measures taken so far (none is an answer too: say so).");
        return f;
    }

    private static Fill userMeasures(ReportingCase c, CaseReview r) {
        var f = new Fill();
        if (!f.add(c.content().userMeasures(), "case.content.userMeasures")) {
            for (AffectedRelease rel : c.releases()) {
                if (rel.fixedVersion() != null) {
                    f.add("Update " + rel.productName() + " " + rel.version() + " to " + rel.fixedVersion() + " or later.",
                            "product data: " + rel.label());
                }
            }
            for (CorrectiveMeasure m : c.correctiveMeasures()) {
                if (m.kind() != CorrectiveMeasure.Kind.SECURITY_UPDATE) f.add(m.description(), "case.correctiveMeasures");
            }
        }
        if (f.isEmpty()) f.gap("Record what users can do now (update, configuration change, workaround).");
        return f;
    }

    private static Fill sensitivity(ReportingCase c, CaseReview r) {
        var f = new Fill();
        f.add(c.content().sensitivity(), "case.content.sensitivity");
        if (c.content().tlp() != null) f.add("TLP:" + c.content().tlp(), "case.content.tlp");
        if (f.isEmpty()) {
            f.gap("State how sensitive you consider the information (for example TLP:AMBER); the coordinator CSIRT weighs it "
                    + "when deciding on onward dissemination (Art 16(2); Delegated Regulation (EU) 2026/881).");
        }
        return f;
    }

    private static Fill vulnerabilityDescription(ReportingCase c, CaseReview r) {
        var f = new Fill();
        boolean description = false;
        for (FindingSnapshot fs : c.findings()) {
            description |= f.add(fs.description() != null ? fs.advisoryId() + ": " + fs.description() : findingLine(fs), finding(fs));
            if (fs.cvssScore() != null || fs.severity() != null) {
                f.add("Severity: " + (fs.severity() == null ? "" : fs.severity() + " ")
                        + (fs.cvssScore() == null ? "" : "(CVSS " + fs.cvssScore() + (fs.cvssVector() == null ? "" : ", " + fs.cvssVector()) + ")"),
                        finding(fs));
            }
        }
        if (!description) description = f.add(c.content().vulnerabilityNature(), "case.content.vulnerabilityNature");
        boolean impact = f.add(c.content().severityAndImpact(), "case.content.severityAndImpact");
        if (!description) f.gap("Describe the vulnerability.");
        if (!impact) f.gap("Describe its severity and impact in this product (case content: severity and impact).");
        return f;
    }

    private static Fill maliciousActor(ReportingCase c, CaseReview r) {
        var f = new Fill();
        f.add(c.content().maliciousActor(), "case.content.maliciousActor");
        for (FindingSnapshot fs : c.findings()) {
            if (Boolean.TRUE.equals(fs.knownRansomwareUse())) {
                f.add("CISA KEV records known use of " + fs.advisoryId() + " in ransomware campaigns.", finding(fs));
            }
        }
        if (f.isEmpty()) f.gap("Give information on any malicious actor exploiting it, where available.");
        return f;
    }

    private static Fill securityUpdate(ReportingCase c, CaseReview r) {
        var f = new Fill();
        for (CorrectiveMeasure m : c.correctiveMeasures()) f.add(measureLine(m), "case.correctiveMeasures");
        if (f.isEmpty()) f.gap("Record the security update or other corrective measure made available (its release, date and advisory).");
        return f;
    }

    private static Fill suspected(ReportingCase c, CaseReview r) {
        IncidentAssessment ia = c.incident();
        if (ia == null || ia.suspectedUnlawfulOrMalicious() == null) {
            return Fill.missing("Record whether the incident is suspected to be caused by unlawful or malicious acts.");
        }
        var f = new Fill();
        f.add((ia.suspectedUnlawfulOrMalicious() ? "Yes: unlawful or malicious acts are suspected."
                : "No: unlawful or malicious acts are not suspected.") + (ia.rationale() == null ? "" : " " + ia.rationale()),
                "case.incident.suspectedUnlawfulOrMalicious");
        return f;
    }

    private static Fill initialAssessment(ReportingCase c, CaseReview r) {
        var f = new Fill();
        if (!f.add(c.content().initialAssessment(), "case.content.initialAssessment")) {
            IncidentAssessment ia = c.incident();
            if (ia != null && f.add(severityCriteria(ia), "case.incident")) {
                f.gap("Add the initial assessment of the incident (scope, systems affected, first findings).");
            }
        }
        if (f.isEmpty()) f.gap("Record the initial assessment of the incident.");
        return f;
    }

    private static Fill incidentDescription(ReportingCase c, CaseReview r) {
        var f = new Fill();
        boolean nature = f.add(c.content().incidentNature(), "case.content.incidentNature");
        if (c.incident() != null) f.add(severityCriteria(c.incident()), "case.incident");
        boolean impact = f.add(c.content().severityAndImpact(), "case.content.severityAndImpact");
        if (!nature) f.gap("Give a detailed description of the incident.");
        if (!impact) f.gap("Describe its severity and impact.");
        return f;
    }

    private static Fill mitigations(ReportingCase c, CaseReview r) {
        var f = new Fill();
        boolean applied = f.add(prefix("Applied: ", c.content().appliedMitigations()), "case.content.appliedMitigations");
        for (CorrectiveMeasure m : c.correctiveMeasures()) applied |= f.add(measureLine(m), "case.correctiveMeasures");
        boolean ongoing = f.add(prefix("Ongoing: ", c.content().ongoingMitigations()), "case.content.ongoingMitigations");
        if (!applied) f.gap("Record the mitigation measures applied.");
        if (!ongoing) f.gap("Record the mitigation measures still ongoing (or that none are).");
        return f;
    }

    private static Fill text(String value, String source, String hint) {
        var f = new Fill();
        if (!f.add(value, source)) f.gap(hint);
        return f;
    }

    static String findingLine(FindingSnapshot fs) {
        var sb = new StringBuilder(fs.advisoryId());
        if (!fs.aliases().isEmpty()) sb.append(" (").append(String.join(", ", fs.aliases())).append(')');
        sb.append(": ").append(fs.summary());
        if (fs.componentPurl() != null) sb.append("; in component ").append(fs.componentPurl());
        if (!fs.cwes().isEmpty()) sb.append("; ").append(String.join(", ", fs.cwes()));
        return sb.toString();
    }

    static String measureLine(CorrectiveMeasure m) {
        return switch (m.kind()) {
            case SECURITY_UPDATE -> "Security update" + (m.fixedVersion() == null ? "" : " " + m.fixedVersion());
            case MITIGATION -> "Mitigation";
            case WORKAROUND -> "Workaround";
        } + ", available since " + m.availableAt() + ": " + m.description() + (m.reference() == null ? "" : " (" + m.reference() + ")");
    }

    private static String severityCriteria(IncidentAssessment ia) {
        var sb = new StringBuilder();
        if (Boolean.TRUE.equals(ia.sensitiveDataOrFunctions())) {
            sb.append("Affects, or can affect, the protection of sensitive or important data or functions (Art 14(5)(a)). ");
        }
        if (Boolean.TRUE.equals(ia.maliciousCode())) {
            sb.append("Has led, or can lead, to the introduction or execution of malicious code (Art 14(5)(b)). ");
        }
        if (ia.rationale() != null) sb.append(ia.rationale());
        return sb.toString().strip();
    }

    private static String prefix(String p, String v) {
        return v == null || v.isBlank() ? null : p + v;
    }

    private static String finding(FindingSnapshot fs) {
        return "finding " + fs.id() + " (" + fs.advisoryId() + ")";
    }
}
