package dev.craft.report.notice;

import static dev.craft.report.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.craft.report.Fixtures;
import dev.craft.report.Golden;
import dev.craft.report.cases.CaseActions;
import dev.craft.report.cases.CorrectiveMeasure;
import dev.craft.report.cases.NoticeRecord;
import dev.craft.report.cases.Operator;
import dev.craft.report.cases.ReportContent;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.csaf.CsafChecks;
import dev.craft.report.rules.CaseRulesLoader;
import dev.craft.testsupport.SharedData;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserNoticeTest {

    private static final Instant NOW = t("2026-10-04T12:00:00Z");
    private final NoticeBuilder notices = new NoticeBuilder(CaseRulesLoader.standard(), "test");

    private static ReportingCase fixed() {
        return CaseActions.recordCorrectiveMeasure(Fixtures.aurora(), new CorrectiveMeasure(t("2026-10-04T10:00:00Z"),
                CorrectiveMeasure.Kind.SECURITY_UPDATE, "Gateway 3.2.1 with Spring Framework 5.3.18",
                "https://aurora-cameras.example/security/ASA-2026-07", "3.2.1"), "lena.berg", NOW).after();
    }

    /** The CSAF 2.0 JSON schema, read in place, with FIRST's CVSS schemas registered under their ids (no network). */
    static Schema csafSchema() {
        Path dir = SharedData.require("csaf/schema/2.0");
        var byId = new java.util.HashMap<String, String>();
        try {
            byId.put(CSAF_ID, java.nio.file.Files.readString(dir.resolve("csaf_json_schema.json")));
            for (String v : new String[] {"2.0", "3.0", "3.1"}) {
                byId.put("https://www.first.org/cvss/cvss-v" + v + ".json", java.nio.file.Files.readString(dir.resolve("first/cvss-v" + v + ".json")));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(byId));
        return registry.getSchema(SchemaLocation.of(CSAF_ID));
    }

    private static final String CSAF_ID = "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json";

    @Test
    void shouldWriteACsafSecurityAdvisoryThatValidatesAndPassesTheMandatoryTests() {
        UserNotice n = notices.draft(fixed(), NoticeRecord.Audience.IMPACTED_USERS, NOW);
        JsonNode csaf = n.csaf();
        assertThat(csafSchema().validate(csaf)).isEmpty();
        assertThat(CsafChecks.check(csaf)).isEmpty();
        assertThat(csaf.at("/document/category").asText()).isEqualTo("csaf_security_advisory");
        assertThat(csaf.at("/document/tracking/status").asText()).isEqualTo("draft");
        assertThat(csaf.at("/document/distribution/tlp/label").asText()).isEqualTo("AMBER");
        assertThat(csaf.at("/vulnerabilities/0/cve").asText()).isEqualTo("CVE-2022-22965");
        assertThat(csaf.at("/vulnerabilities/0/product_status/known_affected")).hasSize(2);
        assertThat(csaf.at("/vulnerabilities/0/product_status/fixed/0").asText()).isEqualTo("CSAFPID-0003");
        assertThat(csaf.at("/vulnerabilities/0/remediations/0/category").asText()).isEqualTo("vendor_fix");
        assertThat(csaf.at("/vulnerabilities/0/scores/0/cvss_v3/baseScore").asDouble()).isEqualTo(9.8);
        assertThat(csaf.at("/product_tree/branches/0/branches/0/branches/1/product/product_identification_helper/purl").asText())
                .isEqualTo("pkg:maven/com.aurora-cameras/cloud-gateway@3.2.1");
        assertThat(n.impactedCustomers()).hasSize(2);
        assertThat(n.missing()).isEmpty();
    }

    @Test
    void shouldIssueRevisionsWithASortedHistoryAndFinalStatus() {
        var c = CaseActions.recordNotice(fixed(), NoticeRecord.Audience.IMPACTED_USERS, "e-mail", null, "Initial notice", "lena", NOW, NOW).after();
        c = CaseActions.recordNotice(c, NoticeRecord.Audience.ALL_USERS, "web", "https://aurora-cameras.example/security/ASA-2026-07",
                "Public after the fix", "lena", NOW.plusSeconds(86400), NOW.plusSeconds(86400)).after();
        JsonNode csaf = notices.issued(c, 2).csaf();
        assertThat(csafSchema().validate(csaf)).isEmpty();
        assertThat(CsafChecks.check(csaf)).isEmpty();
        assertThat(csaf.at("/document/tracking/status").asText()).isEqualTo("final");
        assertThat(csaf.at("/document/tracking/version").asText()).isEqualTo("2");
        assertThat(csaf.at("/document/tracking/revision_history")).hasSize(2);
        assertThat(csaf.at("/document/tracking/initial_release_date").asText()).isEqualTo("2026-10-04T12:00:00Z");
        assertThat(csaf.at("/document/distribution/tlp/label").asText()).isEqualTo("AMBER");   // the case's TLP wins
        assertThat(notices.draft(c, NoticeRecord.Audience.ALL_USERS, NOW.plusSeconds(2 * 86400)).revision()).isEqualTo(3);
    }

    @Test
    void shouldWriteAnIncidentResponseDocumentForAnIncident() {
        var c = Fixtures.incident(t("2026-10-05T09:00:00Z"), Fixtures.incidentAssessment(true, false, true),
                Fixtures.manufacturer(dev.craft.assess.reporting.EnterpriseSize.LARGE));
        c = c.toBuilder().content(new ReportContent(null, null, null, "Malicious code was injected into the update channel.", null,
                null, "Reinstall firmware 1.0.1 from the vendor portal.", null, null, null, null, null, null, null)).build();
        var n = notices.draft(c, NoticeRecord.Audience.ALL_USERS, t("2026-10-06T09:00:00Z"));
        assertThat(csafSchema().validate(n.csaf())).isEmpty();
        assertThat(CsafChecks.check(n.csaf())).isEmpty();
        assertThat(n.csaf().at("/document/category").asText()).isEqualTo("csaf_security_incident_response");
        assertThat(n.csaf().at("/document/distribution/tlp/label").asText()).isEqualTo("WHITE");
        assertThat(n.text()).contains("Malicious code was injected").contains("Reinstall firmware");
    }

    @Test
    void shouldSayWhatIsMissingInsteadOfWritingAnInvalidDocument() {
        var c = Fixtures.aurora();
        var op = c.operator();
        c = c.toBuilder().operator(new Operator(op.name(), op.role(), false, op.enterpriseSize(), null, null, null, null, null,
                op.routing())).impactedCustomers(java.util.List.of()).build();
        var n = notices.draft(c, NoticeRecord.Audience.IMPACTED_USERS, NOW);
        assertThat(n.csaf()).isNull();
        assertThat(n.missing()).anySatisfy(m -> assertThat(m).contains("website"))
                .anySatisfy(m -> assertThat(m).contains("security contact"))
                .anySatisfy(m -> assertThat(m).contains("No impacted customers"));
    }

    @Test
    void shouldRenderTheNoticeTextAndDistributionListAsTheGoldenFiles() {
        UserNotice n = notices.draft(fixed(), NoticeRecord.Audience.IMPACTED_USERS, NOW);
        Golden.assertMatches("aurora-notice.txt", n.text());
        Golden.assertMatches("aurora-notice-distribution.txt", NoticeText.distribution(n));
        assertThat(n.notes()).anySatisfy(x -> assertThat(x).contains("Art 14(8)")).anySatisfy(x -> assertThat(x).contains("Guidance pts 219 to 221"));
    }
}
