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
        assertThat(rules.appliesFromEarliestOffset()).isEqualTo(java.time.ZoneOffset.ofHours(4));
    }

    @Test
    void shouldGiveEveryContentItemAnIdAndQualifierMatchingTheLaw() {
        Art14Rules rules = Art14RulesLoader.standard();
        var vulnFinal = rules.track("vulnerability").stage("final_report").items();
        assertThat(vulnFinal).extracting(Art14Rules.ContentItem::id, Art14Rules.ContentItem::qualifier).containsExactly(
                org.assertj.core.groups.Tuple.tuple("vulnerability_description_severity_impact", "required"),
                org.assertj.core.groups.Tuple.tuple("malicious_actor", "where_available"),
                org.assertj.core.groups.Tuple.tuple("security_update_details", "required"));
        // Art 14(2)(b) and 14(4)(b): the notification provides its items "where available".
        assertThat(rules.track("incident").stage("notification").items())
                .filteredOn(i -> !i.id().equals("sensitivity"))
                .allSatisfy(i -> assertThat(i.qualifier()).isEqualTo("where_available"));
        // Art 14(4)(a): "at least" whether unlawful or malicious acts are suspected.
        assertThat(rules.track("incident").stage("early_warning").items().get(0).qualifier()).isEqualTo("required");
    }

    @Test
    void shouldRejectADuplicateItemIdWithinAStage() throws IOException {
        String broken = shipped().replaceFirst("\\{id: user_measures,", "{id: product_information,");
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("'product_information' appears twice in this stage");
    }

    @Test
    void shouldRejectAnUnknownQualifier() throws IOException {
        String broken = shipped().replaceFirst("qualifier: required", "qualifier: sometimes");
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("qualifier: 'sometimes'");
    }

    @Test
    void shouldRejectAnOffsetThatIsNotAnOffset() throws IOException {
        String broken = shipped().replaceFirst("applies_from_earliest_offset: \"\\+04:00\"", "applies_from_earliest_offset: \"Europe/Paris\"");
        assertThatThrownBy(() -> load(broken)).hasMessageContaining("applies_from_earliest_offset");
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
