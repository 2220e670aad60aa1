package dev.craft.report.cases;

import static java.util.Objects.requireNonNull;

/**
 * A coordinator CSIRT chosen by a person, used when the Art 14(7) routing cannot decide from the recorded facts
 * (a tie, or a fact the manufacturer will not record) or to name the CSIRT.
 *
 * @param memberState the Member State whose coordinator CSIRT receives the reports
 * @param csirtName   the CSIRT's name, as the manufacturer knows it; null if not given
 * @param reason      why
 * @param decidedBy   who chose
 */
public record CsirtChoice(MemberState memberState, String csirtName, String reason, String decidedBy) {

    public CsirtChoice {
        requireNonNull(memberState, "memberState must not be null");
        requireNonNull(reason, "reason must not be null");
        requireNonNull(decidedBy, "decidedBy must not be null");
    }
}
