package dev.craft.report.drafts;

import static dev.craft.report.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.craft.assess.reporting.ReportStage;
import dev.craft.report.CaseReviewer;
import dev.craft.report.Fixtures;
import dev.craft.report.Golden;
import dev.craft.report.cases.CaseActions;
import dev.craft.report.cases.ReportingCase;
import dev.craft.report.render.DraftJson;
import dev.craft.report.render.DraftMarkdown;
import dev.craft.report.render.DraftPdf;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Drafts as JSON (validated against the published schema), Markdown and PDF (golden files). */
class DraftRenderingTest {

    private static final Instant NOW = t("2026-10-02T23:30:00Z");
    private static final DraftBuilder DRAFTS = new DraftBuilder(CaseReviewer.standard());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema schema() throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.repoRoot().resolve("docs/schemas/art14-report-v1.schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    static List<ReportDraft> allKinds() {
        ReportingCase aurora = Fixtures.aurora();
        var withRequest = CaseActions.requestIntermediate(aurora, t("2026-10-02T23:10:00Z"), "CERT-Bund", "CB-1",
                t("2026-10-04T12:00:00Z"), "lena").after();
        var incident = Fixtures.incident(t("2026-10-02T20:00:00Z"), Fixtures.incidentAssessment(true, true, null),
                Fixtures.manufacturer(dev.craft.assess.reporting.EnterpriseSize.SMALL));
        var out = new ArrayList<ReportDraft>();
        for (ReportStage s : ReportStage.values()) {
            out.add(DRAFTS.draft(aurora, s, NOW));
            out.add(DRAFTS.draft(incident, s, NOW));
        }
        out.add(DRAFTS.intermediate(withRequest, "1", NOW));
        return out;
    }

    @ParameterizedTest
    @MethodSource("allKinds")
    void shouldValidateAgainstThePublishedSchema(ReportDraft d) throws IOException {
        JsonNode json = JSON.readTree(DraftJson.render(d));
        List<Error> errors = schema().validate(json);
        assertThat(errors).as(d.kind() + " " + d.stage()).isEmpty();
    }

    @Test
    void shouldRejectADraftThatBreaksTheSchemaSoTheCheckCanFail() throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(DraftJson.render(allKinds().get(0)));
        ((ObjectNode) json.get("items").get(0)).remove("value");       // a FILLED item without a value
        json.put("stage", "EARLY");
        assertThat(schema().validate(json)).hasSizeGreaterThanOrEqualTo(2);
    }

    static Stream<ReportStage> stages() {
        return Stream.of(ReportStage.values());
    }

    @ParameterizedTest
    @MethodSource("stages")
    void shouldRenderMarkdownAsTheGoldenFile(ReportStage stage) {
        var d = DRAFTS.draft(Fixtures.aurora(), stage, NOW);
        Golden.assertMatches("aurora-" + DraftStage.of(stage).id() + ".md", DraftMarkdown.render(d));
    }

    @ParameterizedTest
    @MethodSource("stages")
    void shouldRenderAPdfWhoseTextIsTheGoldenText(ReportStage stage) throws IOException {
        var d = DRAFTS.draft(Fixtures.aurora(), stage, NOW);
        byte[] pdf = DraftPdf.render(d);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("craft");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(d.title());
            Golden.assertMatches("aurora-" + DraftStage.of(stage).id() + ".pdf.txt", new PDFTextStripper().getText(doc));
        }
    }
}
