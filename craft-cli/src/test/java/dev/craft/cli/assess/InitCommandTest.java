package dev.craft.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.cli.AssessTestCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @Test
    void shouldWriteAValidProfileFromFlags(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("p.yaml");
        var r = AssessTestCli.run("init", "--non-interactive", "--company-name", "ACME GmbH", "--company-country", "no",
                "--product-name", "ACME Cam", "--product-kind", "hardware_device", "--data-connection", "yes",
                "--core-functions", "home_security_camera", "--sector-legislation", "none", "--member-states", "de,fr",
                "--placed-on-market", "2028-03-01", "--support-months", "72", "--product-version", "1.10", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String yaml = Files.readString(out);
        assertThat(yaml).contains("name: ACME GmbH").contains("kind: hardware_device").contains("sector_legislation: []")
                .contains("- DE").contains("- FR");
        assertThat(yaml).as("Norway stays a country, not false").contains("country: \"NO\"");
        assertThat(yaml).as("a version stays text").contains("version: \"1.10\"");
        var assess = AssessTestCli.run("assess", out.toString(), "--as-of", "2028-06-01");
        assertThat(assess.exitCode()).as(assess.err()).isZero();
        assertThat(assess.out()).contains("Annex III Class I #17");
    }

    @Test
    void shouldAskOnStandardInputAndAcceptNumbersForChoices(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("p.yaml");
        // company name, country, size (4 = small), legal form (1 = legal_person), public administration, decisions in,
        // product name, version, kind (4 = software_application), then EOF: the rest stays unknown.
        String answers = "Tiny Apps UG\nDE\n4\n1\nno\nDE\nTinyApp\n2.0\n4\n";
        var r = AssessTestCli.runWithInput(answers, "init", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Company name").contains("1) large");
        String yaml = Files.readString(out);
        assertThat(yaml).contains("size: small").contains("legal_form: legal_person").contains("kind: software_application")
                .doesNotContain("data_connection");
        var assess = AssessTestCli.run("assess", out.toString());
        assertThat(assess.exitCode()).isZero();
        assertThat(assess.out()).contains("undecided");
    }

    @Test
    void shouldReaskAnInvalidAnswer(@TempDir Path dir) {
        Path out = dir.resolve("p.yaml");
        var r = AssessTestCli.runWithInput("ACME\nGermany\nDE\n", "init", "-o", out.toString(), "--product-name", "X");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("'Germany' is not an ISO 3166-1 alpha-2 country code");
    }

    @Test
    void shouldRefuseInvalidFlagsAndMissingRequiredAnswersWithExitTwo() {
        var r = AssessTestCli.run("init", "--non-interactive", "--product-kind", "toaster", "--member-states", "DE,CH");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("option --product-kind").contains("'toaster'").contains("hardware_device")
                .contains("option --member-states").contains("'CH'")
                .contains("option --company-name").contains("missing answer");
    }

    @Test
    void shouldRefuseToOverwriteWithoutForce(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("p.yaml");
        Files.writeString(out, "keep me");
        var r = AssessTestCli.run("init", "--non-interactive", "--company-name", "A", "--product-name", "B", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("keep me");
        var forced = AssessTestCli.run("init", "--non-interactive", "--company-name", "A", "--product-name", "B", "-o", out.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("craft_profile: 1");
    }
}
