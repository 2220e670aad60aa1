package dev.craft.kb.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class Art14RulesLoaderTest {

    @Test
    void shouldLoadTheShippedRules() {
        Art14Rules rules = Art14RulesLoader.standard();
        assertThat(rules.appliesFrom()).isEqualTo(LocalDate.of(2026, 9, 11));
        var vuln = rules.track("vulnerability");
        assertThat(vuln.stage("early_warning").period()).isEqualTo(new ClockPeriod.Exact(Duration.ofHours(24)));
        assertThat(vuln.stage("notification").period()).isEqualTo(new ClockPeriod.Exact(Duration.ofHours(72)));
        assertThat(vuln.stage("final_report").period()).isEqualTo(new ClockPeriod.Calendar(Period.ofDays(14)));
        assertThat(vuln.stage("final_report").clockStarts()).isEqualTo("corrective_measure_available");
        var incident = rules.track("incident");
        assertThat(incident.stage("final_report").clockStarts()).isEqualTo("notification_submitted");
        assertThat(incident.stage("final_report").period()).isEqualTo(new ClockPeriod.Calendar(Period.ofMonths(1)));
        assertThat(rules.finesExemption().enterpriseSizes()).containsExactly("micro", "small");
    }

    @Test
    void shouldRejectAFileWithAStageOutOfOrderNamingTheEntry() throws IOException {
        String broken = shipped().replaceFirst("stage: early_warning", "stage: notification");
        assertThatThrownBy(() -> load(broken))
                .hasMessageContaining("tracks[0].stages[0].stage: expected early_warning");
    }

    @Test
    void shouldRejectAnUnknownClockStart() throws IOException {
        String broken = shipped().replaceFirst("clock_starts: corrective_measure_available", "clock_starts: whenever");
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("clock_starts: 'whenever'");
    }

    @Test
    void shouldRejectAPeriodThatIsNotIso8601() throws IOException {
        String broken = shipped().replaceFirst("period: PT72H", "period: 72 hours");
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("period: not an ISO-8601 period: 72 hours");
    }

    @Test
    void shouldRejectUnknownFields() throws IOException {
        String broken = shipped().replaceFirst("version:", "verison: x\nversion:");
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("verison");
    }

    private static Art14Rules load(String yaml) throws IOException {
        return Art14RulesLoader.load("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String shipped() throws IOException {
        try (InputStream in = Art14RulesLoaderTest.class.getResourceAsStream(Art14RulesLoader.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
