package dev.craft.assess.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class Art14DeadlinesPropertiesTest {

    private static final Instant APPLIES = Instant.parse("2026-09-11T00:00:00Z");
    private final Art14Deadlines deadlines = Art14Deadlines.standard();

    @Provide
    Arbitrary<Instant> reportableInstants() {
        return Arbitraries.longs().between(0, Duration.ofDays(3650).toSeconds()).map(APPLIES::plusSeconds);
    }

    @Provide
    Arbitrary<Long> delays() {
        return Arbitraries.longs().between(0, Duration.ofDays(400).toSeconds());
    }

    @Property
    void earlyWarningAndNotificationRunExactlyFromAwareness(@ForAll("reportableInstants") Instant awareness,
                                                            @ForAll ReportKind kind) {
        var s = deadlines.compute(Art14Facts.of(kind, awareness), awareness);
        assertThat(Duration.between(awareness, s.stage(ReportStage.EARLY_WARNING).due())).isEqualTo(Duration.ofHours(24));
        assertThat(Duration.between(awareness, s.stage(ReportStage.NOTIFICATION).due())).isEqualTo(Duration.ofHours(72));
    }

    @Property
    void incidentFinalReportFallsBetween28And31DaysAfterTheNotification(
            @ForAll("reportableInstants") Instant awareness, @ForAll("delays") long delaySeconds) {
        Instant submitted = awareness.plusSeconds(delaySeconds);
        var s = deadlines.compute(Art14Facts.of(ReportKind.INCIDENT, awareness).withNotificationSubmitted(submitted), submitted);
        Duration span = Duration.between(submitted, s.stage(ReportStage.FINAL_REPORT).due());
        assertThat(span).isBetween(Duration.ofDays(28), Duration.ofDays(31));
    }

    @Property
    void vulnerabilityFinalReportIsNeverBeforeAwarenessPlus14Days(
            @ForAll("reportableInstants") Instant awareness, @ForAll long fixOffsetSeconds) {
        Instant fix = awareness.plusSeconds(fixOffsetSeconds % Duration.ofDays(800).toSeconds());
        var s = deadlines.compute(Art14Facts.of(ReportKind.VULNERABILITY, awareness).withCorrectiveMeasureAvailable(fix), awareness);
        Instant due = s.stage(ReportStage.FINAL_REPORT).due();
        assertThat(due).isAfterOrEqualTo(awareness.plus(Duration.ofDays(14)));
        assertThat(due).isEqualTo((fix.isBefore(awareness) ? awareness : fix).plus(Duration.ofDays(14)));
    }
}
