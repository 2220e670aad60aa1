package dev.craft.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.craft.common.InputException;
import dev.craft.report.Fixtures;
import dev.craft.report.cases.ReportingCase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseJsonTest {

    private static final String AURORA = new String(CaseJson.write(Fixtures.aurora()), StandardCharsets.UTF_8);

    private static ReportingCase read(String json) {
        return CaseJson.read("case.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldRoundTripTheWorkedExample() {
        ReportingCase c = Fixtures.aurora();
        assertThat(CaseJson.copy(c)).isEqualTo(c);
        assertThat(c.memberStates()).hasSize(5);
    }

    /** A broken input, and the location and message the error must give. */
    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.argumentSet("unknown field, with the known ones",
                        AURORA.replaceFirst("\"title\"", "\"titel\" : \"x\", \"title\""), "$.titel", "unknown field 'titel'"),
                Arguments.argumentSet("a required field renamed",
                        AURORA.replaceFirst("\"title\"", "\"titel\""), "$.title", "title must not be null"),
                Arguments.argumentSet("not a Member State",
                        AURORA.replaceFirst("\"AT\"", "\"CH\""), "$.releases[0].availableIn", "'CH' is not the ISO 3166 code of a Member State"),
                Arguments.argumentSet("not an instant",
                        AURORA.replaceFirst("\"2026-10-02T22:15:00Z\"", "\"yesterday\""), "$.awareness.at", "yesterday"),
                Arguments.argumentSet("a required field missing",
                        AURORA.replaceFirst("\"decidedBy\" : \"lena.berg\",\\s*\"basis\"", "\"basis\""), "$.awareness.decidedBy", "decidedBy must not be null"),
                Arguments.argumentSet("a bad hash in a receipt",
                        AURORA.replaceFirst("\"openedBy\"", "\"submissions\": [{\"stage\": \"EARLY_WARNING\", \"submittedAt\": \"2026-10-03T00:00:00Z\", "
                                + "\"channel\": \"EMAIL\", \"submittedBy\": \"x\", \"recordedAt\": \"2026-10-03T00:00:00Z\", "
                                + "\"receipt\": {\"fileName\": \"r.pdf\", \"size\": 1, \"sha256\": \"xyz\"}}], \"openedBy\""),
                        "$.submissions[0].receipt", "sha256 must be 64 lower-case hex digits"),
                Arguments.argumentSet("not JSON", "{\"id\": ", "line 1", "not valid JSON"));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void shouldNameThePathAndTheProblem(String json, String location, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.source()).isEqualTo("case.json");
                assertThat(p.location()).as(p.render()).startsWith(location);
                assertThat(p.message()).contains(message);
            });
        });
    }

    @Test
    void shouldRefuseDeepNestingInBoundedTime() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> ReportJson.read("deep.json", new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)),
                com.fasterxml.jackson.databind.JsonNode.class)).isInstanceOf(InputException.class).hasMessageContaining("nesting depth");
    }

    @Test
    void shouldRefuseAnOversizedDocument() {
        byte[] big = new byte[(int) ReportJson.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThatThrownBy(() -> CaseJson.read("big.json", new ByteArrayInputStream(big)))
                .isInstanceOf(InputException.class).hasMessageContaining("larger than");
    }
}
