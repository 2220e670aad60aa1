package dev.craft.server.reporting;

import dev.craft.assess.reporting.ReportKind;
import dev.craft.common.InputException;
import dev.craft.report.cases.CaseActionException;
import dev.craft.report.cases.Evidence;
import dev.craft.report.cases.ExploitationAssessment;
import dev.craft.report.cases.MemberState;
import dev.craft.report.cases.NoticeRecord;
import dev.craft.report.cases.Signal;
import dev.craft.report.cases.Submission;
import dev.craft.report.drafts.DraftStage;
import dev.craft.report.json.ReportJson;
import dev.craft.server.api.ApiException;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The request bodies of the reporting API, read strictly by the core's JSON reader, and its JSON responses. */
final class ReportingRequests {

    private ReportingRequests() {}

    /** Opens a case by hand: an incident, or an exploitation reported by a customer, researcher or CSIRT. */
    record OpenCase(ReportKind kind, String title, Signal.ManualSource source, String reportedBy, String description,
                    Instant receivedAt, AwarenessInput awareness, List<ReleaseInput> releases, List<Long> findingIds,
                    boolean fromTriage) {}

    record AwarenessInput(Instant at, String basis) {}

    record ReleaseInput(String product, String version, String affectedComponent, Boolean thirdPartyComponent) {}

    record AwarenessChange(Instant at, String basis, String reason) {}

    record ExploitationDecision(ExploitationAssessment.Verdict verdict, List<Evidence> evidence, String rationale) {}

    record CsirtInput(MemberState memberState, String csirtName, String reason) {}

    record SubmissionInput(Instant submittedAt, Submission.Channel channel, String reference, Long receiptId, String providedWith,
                           String note) {}

    record IntermediateRequest(Instant requestedAt, String requestedBy, String reference, Instant dueAt) {}

    record IntermediateUpdate(String statusUpdate) {}

    record IntermediateFiling(Instant submittedAt, Submission.Channel channel, String reference, Long receiptId) {}

    record NoticeIssue(NoticeRecord.Audience audience, String channel, String reference, String summary, Instant issuedAt) {}

    record Reason(String reason) {}

    record SettingsInput(dev.craft.report.cases.Operator operator, String leadTimes, List<String> emailTo, String webhookUrl,
                         String webhookSecret, String alertIntake) {}

    static <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) throw ApiException.invalid("a JSON request body is required");
        try {
            return ReportJson.read("request body", new ByteArrayInputStream(body), type);
        } catch (CaseActionException e) {
            throw ReportingErrors.of(e);
        } catch (InputException e) {
            throw ReportingErrors.of(e);
        }
    }

    static <T> T require(T value, String field, String expected) {
        if (value == null || (value instanceof String s && s.isBlank())) throw ApiException.invalid(field + " is required (" + expected + ")");
        return value;
    }

    static ResponseEntity<byte[]> json(Object value) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ReportJson.write(value));
    }

    static ResponseEntity<byte[]> created(Object value) {
        return ResponseEntity.status(201).contentType(MediaType.APPLICATION_JSON).body(ReportJson.write(value));
    }

    static DraftStage stage(String id) {
        return DraftStage.tryParse(id).filter(s -> s != DraftStage.INTERMEDIATE).orElseThrow(() ->
                ApiException.invalid("unknown report stage '" + id + "' (expected early-warning, notification or final-report)"));
    }
}
