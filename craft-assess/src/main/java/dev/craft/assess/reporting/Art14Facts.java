package dev.craft.assess.reporting;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * What is known about one reportable event. Only {@code kind} and {@code awareness} are required; the other
 * instants are null until they happen.
 *
 * @param kind                       vulnerability or incident
 * @param awareness                  when the manufacturer became aware (reasonable degree of certainty after a
 *                                   prompt initial assessment; Guidance pts 211 to 215)
 * @param correctiveMeasureAvailable when a corrective or mitigating measure became available (vulnerabilities)
 * @param earlyWarningSubmitted      when the early warning was submitted, if it was
 * @param notificationSubmitted      when the 72 h notification was submitted, if it was
 * @param finalReportSubmitted       when the final report was submitted, if it was
 * @param enterpriseSize             the manufacturer's size, for the Art 64(10)(a) note
 */
public record Art14Facts(
        ReportKind kind,
        Instant awareness,
        Instant correctiveMeasureAvailable,
        Instant earlyWarningSubmitted,
        Instant notificationSubmitted,
        Instant finalReportSubmitted,
        EnterpriseSize enterpriseSize) {

    public Art14Facts {
        requireNonNull(kind, "kind must not be null");
        requireNonNull(awareness, "awareness must not be null");
        if (enterpriseSize == null) enterpriseSize = EnterpriseSize.UNKNOWN;
    }

    public static Art14Facts of(ReportKind kind, Instant awareness) {
        return new Art14Facts(kind, awareness, null, null, null, null, EnterpriseSize.UNKNOWN);
    }

    public Art14Facts withCorrectiveMeasureAvailable(Instant t) {
        return new Art14Facts(kind, awareness, t, earlyWarningSubmitted, notificationSubmitted, finalReportSubmitted, enterpriseSize);
    }

    public Art14Facts withEarlyWarningSubmitted(Instant t) {
        return new Art14Facts(kind, awareness, correctiveMeasureAvailable, t, notificationSubmitted, finalReportSubmitted, enterpriseSize);
    }

    public Art14Facts withNotificationSubmitted(Instant t) {
        return new Art14Facts(kind, awareness, correctiveMeasureAvailable, earlyWarningSubmitted, t, finalReportSubmitted, enterpriseSize);
    }

    public Art14Facts withFinalReportSubmitted(Instant t) {
        return new Art14Facts(kind, awareness, correctiveMeasureAvailable, earlyWarningSubmitted, notificationSubmitted, t, enterpriseSize);
    }

    public Art14Facts withEnterpriseSize(EnterpriseSize size) {
        return new Art14Facts(kind, awareness, correctiveMeasureAvailable, earlyWarningSubmitted, notificationSubmitted, finalReportSubmitted, size);
    }

    /** The recorded submission of a stage, or null. */
    public Instant submitted(ReportStage stage) {
        return switch (stage) {
            case EARLY_WARNING -> earlyWarningSubmitted;
            case NOTIFICATION -> notificationSubmitted;
            case FINAL_REPORT -> finalReportSubmitted;
        };
    }
}
