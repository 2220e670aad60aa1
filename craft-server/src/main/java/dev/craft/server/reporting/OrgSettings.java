package dev.craft.server.reporting;

import dev.craft.report.cases.Operator;
import dev.craft.report.clocks.WarningPolicy;
import java.util.List;

/**
 * One organisation's reporting settings.
 *
 * @param operator      who files, with the Art 14(7) routing facts; null until set (cases then name the missing facts)
 * @param leadTimes     warning lead times, e.g. {@code PT12H,PT4H,PT1H}
 * @param emailTo       warning e-mail recipients
 * @param webhookUrl    where warnings are POSTed; null for none
 * @param webhookSecret HMAC-SHA256 key of the webhook signature; never returned by the API
 * @param alertIntake   what an exploited alert does: {@code open} a case, {@code propose} one, or nothing ({@code off})
 */
record OrgSettings(Operator operator, String leadTimes, List<String> emailTo, String webhookUrl, String webhookSecret,
                   String alertIntake) {

    static final OrgSettings DEFAULT = new OrgSettings(null, "PT12H,PT4H,PT1H", List.of(), null, null, "propose");

    OrgSettings {
        emailTo = emailTo == null ? List.of() : List.copyOf(emailTo);
    }

    WarningPolicy policy() {
        return WarningPolicy.parse(leadTimes);
    }

    /** What the API shows: the secret only as whether one is set. */
    record View(Operator operator, String leadTimes, List<String> emailTo, String webhookUrl, boolean webhookSecretSet,
                String alertIntake) {}

    View view() {
        return new View(operator, leadTimes, emailTo, webhookUrl, webhookSecret != null && !webhookSecret.isEmpty(), alertIntake);
    }
}
