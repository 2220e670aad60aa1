package dev.craft.report.csaf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.testsupport.ConformanceReport;
import dev.craft.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs craft's implementation of the CSAF 2.0 mandatory tests on the OASIS CSAF TC's test files: every "failures"
 * file of an implemented test must fail that test, every "valid" file must pass it.
 */
class CsafMandatoryTestsConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAgreeWithTheTcTestFiles() throws IOException {
        Path dir = SharedData.require("csaf/tests/2.0/validator");
        JsonNode index = JSON.readTree(dir.resolve("testcases.json").toFile());
        var report = new ConformanceReport("csaf-2.0-mandatory-tests");
        int covered = 0;
        for (JsonNode test : index.get("tests")) {
            String id = test.get("id").asText();
            if (!CsafChecks.IMPLEMENTED.contains(id)) continue;
            covered++;
            for (String kind : new String[] {"failures", "valid"}) {
                for (JsonNode f : test.path(kind)) {
                    JsonNode doc = JSON.readTree(dir.resolve(f.get("name").asText()).toFile());
                    var violations = CsafChecks.check(doc, id);
                    boolean ok = kind.equals("failures") ? !violations.isEmpty() : violations.isEmpty();
                    if (ok) report.pass();
                    else report.fail(id + " " + f.get("name").asText() + ": expected " + (kind.equals("failures") ? "a violation" : "none")
                            + ", got " + violations);
                }
            }
        }
        report.note(covered + " of the mandatory tests implemented (those that apply to what craft writes)");
        report.write();
        assertThat(covered).isEqualTo(CsafChecks.IMPLEMENTED.size());
        assertThat(report.failures()).isEmpty();
    }
}
