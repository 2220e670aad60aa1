package dev.craft.server.reporting;

import static dev.craft.server.reporting.ReportingRequests.read;
import static dev.craft.server.reporting.ReportingRequests.require;

import dev.craft.assess.reporting.ReportStage;
import dev.craft.report.cases.CaseActions;
import dev.craft.report.cases.IntermediateReport;
import dev.craft.report.cases.Submission;
import dev.craft.report.drafts.DraftBuilder;
import dev.craft.report.drafts.DraftStage;
import dev.craft.report.drafts.ReportDraft;
import dev.craft.report.render.DraftJson;
import dev.craft.report.render.DraftMarkdown;
import dev.craft.report.render.DraftPdf;
import dev.craft.server.api.ApiException;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.reporting.ReportingRequests.IntermediateFiling;
import dev.craft.server.reporting.ReportingRequests.IntermediateRequest;
import dev.craft.server.reporting.ReportingRequests.IntermediateUpdate;
import dev.craft.server.reporting.ReportingRequests.SubmissionInput;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports of a case: drafts per stage (JSON, Markdown, PDF), receipts, the record that a stage was filed, and
 * intermediate reports at the coordinator CSIRT's request (Art 14(6)).
 */
@RestController
@RequestMapping("/api/v1/orgs/{org}/reporting/cases/{caseId}")
class ReportingFilingController {

    private final CaseStore store;
    private final CaseService service;
    private final DraftBuilder drafts;
    private final ReceiptStore receipts;
    private final ReportingCaseController cases;
    private final AuditLog audit;
    private final ReportingSettings settings;
    private final Clock clock;

    ReportingFilingController(CaseStore store, CaseService service, DraftBuilder drafts, ReceiptStore receipts,
                              ReportingCaseController cases, AuditLog audit, ReportingSettings settings, Clock clock) {
        this.store = store;
        this.service = service;
        this.drafts = drafts;
        this.receipts = receipts;
        this.cases = cases;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/drafts/{stage}")
    @RequiresPermission(Permission.REPORT_READ)
    ResponseEntity<byte[]> getDraft(Tenant tenant, @PathVariable String caseId, @PathVariable String stage,
                                    @RequestParam(required = false) String format) {
        var c = store.get(tenant.orgId(), caseId, false).document();
        DraftStage s = ReportingRequests.stage(stage);
        return render(drafts.draft(c, s.reportStage().orElseThrow(), clock.instant()), format);
    }

    @PostMapping("/receipts")
    @RequiresPermission(Permission.REPORT_WRITE)
    @Transactional
    ResponseEntity<byte[]> uploadReceipt(Tenant tenant, @PathVariable String caseId, @RequestParam(required = false) String filename,
                                         HttpServletRequest request) throws IOException {
        if (filename == null || filename.isBlank()) throw ApiException.invalid("the query parameter filename is required, e.g. ?filename=srp-receipt.pdf");
        var stored = store.get(tenant.orgId(), caseId, false);
        long declared = request.getContentLengthLong();
        if (declared > settings.maxReceiptBytes()) throw tooLarge();
        byte[] bytes = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxReceiptBytes() + 1));
        if (bytes.length > settings.maxReceiptBytes()) throw tooLarge();
        if (bytes.length == 0) throw ApiException.invalid("the receipt is empty: send the file's bytes as the request body");
        String type = request.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : request.getContentType();
        var receipt = receipts.store(tenant.orgId(), stored.id(), filename, type, bytes, tenant.actor());
        audit.record(tenant.orgId(), tenant.actor(), "reporting.receipt.upload", CaseService.ENTITY, caseId, null, receipt);
        return ReportingRequests.created(receipt);
    }

    @GetMapping("/receipts/{receiptId}")
    @RequiresPermission(Permission.REPORT_READ)
    ResponseEntity<byte[]> getReceipt(Tenant tenant, @PathVariable String caseId, @PathVariable long receiptId) {
        var stored = store.get(tenant.orgId(), caseId, false);
        var r = receipts.get(tenant.orgId(), stored.id(), receiptId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(r.info().mediaType()))
                .header("X-Content-SHA256", r.info().sha256())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(r.info().fileName()).build().toString())
                .body(r.content());
    }

    @PostMapping("/submissions/{stage}")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> recordSubmission(Tenant tenant, @PathVariable String caseId, @PathVariable String stage,
                                            @RequestBody(required = false) byte[] body) {
        ReportStage reportStage = ReportingRequests.stage(stage).reportStage().orElseThrow();
        SubmissionInput in = read(body, SubmissionInput.class);
        ReportStage providedWith = in.providedWith() == null ? null : ReportingRequests.stage(in.providedWith()).reportStage().orElseThrow();
        if (providedWith == null) {
            require(in.submittedAt(), "submittedAt", "when it was submitted, e.g. 2026-10-03T06:10:00Z");
            require(in.channel(), "channel", "SINGLE_REPORTING_PLATFORM, CSIRT_ENDPOINT, EMAIL or OTHER");
        }
        var now = clock.instant();
        return cases.changedView(service.change(tenant.orgId(), caseId, tenant.actor(), c -> {
            Submission.Receipt receipt = in.receiptId() == null ? null : receipts.info(tenant.orgId(), caseId, in.receiptId());
            var s = new Submission(reportStage, in.submittedAt() == null ? now : in.submittedAt(),
                    in.channel() == null ? Submission.Channel.OTHER : in.channel(), in.reference(), receipt, tenant.actor(), now,
                    providedWith, in.note());
            return CaseActions.recordSubmission(c, s, now);
        }));
    }

    @PostMapping("/intermediate")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> requestIntermediate(Tenant tenant, @PathVariable String caseId, @RequestBody(required = false) byte[] body) {
        IntermediateRequest in = read(body, IntermediateRequest.class);
        require(in.requestedBy(), "requestedBy", "the CSIRT that asked, and who");
        var now = clock.instant();
        return cases.changedView(service.change(tenant.orgId(), caseId, tenant.actor(), c -> CaseActions.requestIntermediate(c,
                in.requestedAt() == null ? now : in.requestedAt(), in.requestedBy(), in.reference(), in.dueAt(), tenant.actor())));
    }

    @PutMapping("/intermediate/{n}")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> writeIntermediate(Tenant tenant, @PathVariable String caseId, @PathVariable String n,
                                             @RequestBody(required = false) byte[] body) {
        IntermediateUpdate in = read(body, IntermediateUpdate.class);
        require(in.statusUpdate(), "statusUpdate", "the status update the CSIRT asked for");
        return cases.changedView(service.change(tenant.orgId(), caseId, tenant.actor(),
                c -> CaseActions.writeIntermediate(c, n, in.statusUpdate(), tenant.actor())));
    }

    @PostMapping("/intermediate/{n}/submission")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> fileIntermediate(Tenant tenant, @PathVariable String caseId, @PathVariable String n,
                                            @RequestBody(required = false) byte[] body) {
        IntermediateFiling in = read(body, IntermediateFiling.class);
        require(in.submittedAt(), "submittedAt", "when it was submitted");
        require(in.channel(), "channel", "SINGLE_REPORTING_PLATFORM, CSIRT_ENDPOINT, EMAIL or OTHER");
        var now = clock.instant();
        return cases.changedView(service.change(tenant.orgId(), caseId, tenant.actor(), c -> CaseActions.fileIntermediate(c, n,
                new IntermediateReport.Filing(in.submittedAt(), in.channel(), in.reference(),
                        in.receiptId() == null ? null : receipts.info(tenant.orgId(), caseId, in.receiptId()), tenant.actor(), now), now)));
    }

    @GetMapping("/intermediate/{n}/draft")
    @RequiresPermission(Permission.REPORT_READ)
    ResponseEntity<byte[]> getIntermediateDraft(Tenant tenant, @PathVariable String caseId, @PathVariable String n,
                                                @RequestParam(required = false) String format) {
        var c = store.get(tenant.orgId(), caseId, false).document();
        try {
            return render(drafts.intermediate(c, n, clock.instant()), format);
        } catch (dev.craft.report.cases.CaseActionException e) {
            throw ApiException.notFound("intermediate report " + n + " of case " + caseId);
        }
    }

    /** A draft in the asked format: {@code json} (default), {@code markdown} or {@code pdf}. */
    static ResponseEntity<byte[]> render(ReportDraft d, String format) {
        String f = format == null ? "json" : format.toLowerCase(Locale.ROOT);
        String name = d.caseId() + "-" + d.stage().id();
        return switch (f) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(DraftJson.render(d));
            case "markdown", "md" -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                    .body(DraftMarkdown.render(d).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case "pdf" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".pdf").build().toString())
                    .body(DraftPdf.render(d));
            default -> throw ApiException.invalid("format must be json, markdown or pdf, was '" + format + "'");
        };
    }

    private ApiException tooLarge() {
        return new ApiException(dev.craft.server.api.ProblemType.PAYLOAD_TOO_LARGE,
                "a receipt may be at most " + settings.maxReceiptBytes() + " bytes (craft.reporting.max-receipt-bytes)",
                Map.of("maxBytes", settings.maxReceiptBytes()));
    }
}
