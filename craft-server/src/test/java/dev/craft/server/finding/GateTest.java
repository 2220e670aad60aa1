package dev.craft.server.finding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.server.finding.Gate.FailOn;
import dev.craft.server.finding.Gate.Item;
import dev.craft.vuln.SeverityLevel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GateTest {

    static Item item(String severity, boolean exploited, String triage) {
        return new Item("CVE-2024-0001", "pkg:npm/a", "1.0.0", SeverityLevel.fromText(severity), exploited, exploited ? "CISA KEV" : null, triage);
    }

    @ParameterizedTest(name = "fail on {0}: {1} finding, exploited={2}, triage {3} -> {4}")
    @CsvSource(nullValues = "none", value = {
        // failOn,  severity, exploited, triage,          verdict
        "exploited, low,      true,      none,            fail",
        "exploited, critical, false,     none,            pass",
        "exploited, low,      true,      not_affected,    pass",
        "exploited, low,      true,      in_triage,       fail",
        "exploited, low,      true,      exploitable,     fail",
        "critical,  critical, false,     none,            fail",
        "critical,  high,     false,     none,            pass",
        "critical,  low,      true,      none,            pass",
        "high,      high,     false,     none,            fail",
        "high,      medium,   false,     none,            pass",
        "high,      high,     false,     false_positive,  pass",
        "any,       unknown,  false,     none,            fail",
        "any,       low,      false,     resolved,        pass",
        "any,       low,      false,     resolved_with_pedigree, pass",
    })
    void shouldDecideByThresholdAndTriage(String failOn, String severity, boolean exploited, String triage, String verdict) {
        var v = Gate.evaluate(FailOn.parse(failOn), List.of(item(severity, exploited, triage)), true, null);
        assertThat(v.verdict()).isEqualTo(verdict);
        assertThat(v.reasons()).hasSize(verdict.equals("fail") ? 1 : 0);
    }

    @Test
    void shouldNeverPassWhenNothingCouldBeChecked() {
        var v = Gate.evaluate(FailOn.ANY, List.of(), false, "the advisory store is empty");
        assertThat(v.verdict()).isEqualTo("not-checked");
        assertThat(v.reasons()).containsExactly("the advisory store is empty");
    }

    @Test
    void shouldExplainAFailureWithTheVulnerabilityComponentAndEvidence() {
        var v = Gate.evaluate(FailOn.EXPLOITED, List.of(item("critical", true, null)), true, null);
        assertThat(v.reasons()).containsExactly("CVE-2024-0001 in pkg:npm/a 1.0.0: critical, actively exploited (CISA KEV)");
    }
}
