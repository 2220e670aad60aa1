package dev.craft.report;

import dev.craft.report.cases.MemberState;
import java.util.List;

/**
 * Where the case's reports go: the coordinator CSIRT of one Member State, through the single reporting platform,
 * simultaneously accessible to ENISA (Art 14(1), (7); Art 16).
 *
 * @param memberState the Member State; null while neither the routing nor a person decided
 * @param csirtName   the CSIRT's name, when a person recorded it
 * @param basis       {@code art14(7)} (routing), {@code choice} (a person's recorded choice) or {@code undecided}
 * @param reason      why, in words
 * @param notes       differences between routing and choice, and what to record
 */
public record Recipient(MemberState memberState, String csirtName, String basis, String reason, List<String> notes) {

    public Recipient {
        notes = List.copyOf(notes);
    }

    /** "the CSIRT designated as coordinator of Germany (DE), and ENISA via the single reporting platform". */
    public String describe() {
        if (memberState == null) return "undecided: " + reason;
        String csirt = csirtName != null ? csirtName + ", the CSIRT designated as coordinator of " + memberState.label()
                : "the CSIRT designated as coordinator of " + memberState.label();
        return csirt + ", and ENISA (simultaneously, via the single reporting platform)";
    }
}
