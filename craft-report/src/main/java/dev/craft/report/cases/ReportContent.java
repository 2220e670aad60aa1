package dev.craft.report.cases;

/**
 * What the people handling the case wrote for the reports. Every field is optional; a draft flags a missing one
 * where the stage requires it, and fills what it can from the findings and product data first.
 *
 * @param productDescription      general information on the product (Art 14(2)(b))
 * @param vulnerabilityNature     general nature of the vulnerability (Art 14(2)(b))
 * @param exploitNature           general nature of the exploit (Art 14(2)(b))
 * @param incidentNature          nature of the incident (Art 14(4)(b))
 * @param initialAssessment       initial assessment of the incident (Art 14(4)(b))
 * @param correctiveMeasuresTaken corrective or mitigating measures taken (Art 14(2)(b), 14(4)(b))
 * @param userMeasures            measures users can take (Art 14(2)(b), 14(4)(b); also the user notice, Art 14(8))
 * @param sensitivity             how sensitive the manufacturer considers the information (Art 14(2)(b), 14(4)(b))
 * @param tlp                     Traffic Light Protocol label for sharing: CLEAR, GREEN, AMBER, AMBER+STRICT, RED
 * @param severityAndImpact       severity and impact in this product (Art 14(2)(c)(i), 14(4)(c)(i))
 * @param maliciousActor          information on the malicious actor (Art 14(2)(c)(ii))
 * @param rootCause               type of threat or root cause (Art 14(4)(c)(ii))
 * @param appliedMitigations      applied mitigation measures (Art 14(4)(c)(iii))
 * @param ongoingMitigations      ongoing mitigation measures (Art 14(4)(c)(iii))
 */
public record ReportContent(String productDescription, String vulnerabilityNature, String exploitNature,
                            String incidentNature, String initialAssessment, String correctiveMeasuresTaken,
                            String userMeasures, String sensitivity, String tlp, String severityAndImpact,
                            String maliciousActor, String rootCause, String appliedMitigations, String ongoingMitigations) {

    public static final ReportContent EMPTY =
            new ReportContent(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
}
