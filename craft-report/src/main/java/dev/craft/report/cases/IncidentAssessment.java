package dev.craft.report.cases;

import java.time.Instant;
import java.util.List;

/**
 * The decision whether an incident is a severe incident having an impact on the security of the product
 * (Art 14(3), (5)). {@code null} in a Boolean means "not assessed yet"; craft then says which fact is missing.
 *
 * @param impactsProductSecurity      affects or can affect the product's ability to protect the availability,
 *                                    authenticity, integrity or confidentiality of data or functions (Art 3(44))
 * @param sensitiveDataOrFunctions    ... of sensitive or important data or functions (Art 14(5)(a))
 * @param maliciousCode               has led or can lead to the introduction or execution of malicious code in the
 *                                    product or in the users' network and information systems (Art 14(5)(b))
 * @param suspectedUnlawfulOrMalicious whether unlawful or malicious acts are suspected (early warning, Art 14(4)(a))
 * @param evidence                    what the decision rests on
 * @param decidedBy                   who decided
 * @param decidedAt                   when
 * @param rationale                   why
 */
public record IncidentAssessment(Boolean impactsProductSecurity, Boolean sensitiveDataOrFunctions, Boolean maliciousCode,
                                 Boolean suspectedUnlawfulOrMalicious, List<Evidence> evidence, String decidedBy,
                                 Instant decidedAt, String rationale) {

    public IncidentAssessment {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
