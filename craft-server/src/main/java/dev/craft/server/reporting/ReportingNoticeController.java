package dev.craft.server.reporting;

import static dev.craft.server.reporting.ReportingRequests.read;
import static dev.craft.server.reporting.ReportingRequests.require;

import dev.craft.report.cases.CaseActions;
import dev.craft.report.cases.NoticeRecord;
import dev.craft.report.notice.NoticeBuilder;
import dev.craft.report.notice.NoticeText;
import dev.craft.report.notice.UserNotice;
import dev.craft.report.json.ReportJson;
import dev.craft.server.api.ApiException;
import dev.craft.server.reporting.ReportingRequests.NoticeIssue;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Informing users (Art 14(8)): the draft notice (text and CSAF 2.0), and the record of notices issued. */
@RestController
@RequestMapping("/api/v1/orgs/{org}/reporting/cases/{caseId}")
class ReportingNoticeController {

    private final CaseStore store;
    private final CaseService service;
    private final NoticeBuilder notices;
    private final ReportingCaseController cases;
    private final Clock clock;

    ReportingNoticeController(CaseStore store, CaseService service, NoticeBuilder notices, ReportingCaseController cases, Clock clock) {
        this.store = store;
        this.service = service;
        this.notices = notices;
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping("/notice")
    @RequiresPermission(Permission.REPORT_READ)
    ResponseEntity<byte[]> getNoticeDraft(Tenant tenant, @PathVariable String caseId, @RequestParam(required = false) String audience,
                                          @RequestParam(required = false) String format) {
        var c = store.get(tenant.orgId(), caseId, false).document();
        NoticeRecord.Audience a = audience == null ? NoticeRecord.Audience.IMPACTED_USERS : audience(audience);
        return render(notices.draft(c, a, clock.instant()), format);
    }

    @PostMapping("/notices")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> issueNotice(Tenant tenant, @PathVariable String caseId, @RequestBody(required = false) byte[] body) {
        NoticeIssue in = read(body, NoticeIssue.class);
        require(in.audience(), "audience", "IMPACTED_USERS or ALL_USERS");
        require(in.channel(), "channel", "how it went out, e.g. e-mail, customer portal, web page");
        var now = clock.instant();
        return cases.changedView(service.change(tenant.orgId(), caseId, tenant.actor(), c -> CaseActions.recordNotice(c, in.audience(),
                in.channel(), in.reference(), in.summary() == null ? "Notice issued" : in.summary(), tenant.actor(),
                in.issuedAt() == null ? now : in.issuedAt(), now)));
    }

    @GetMapping("/notices/{revision}")
    @RequiresPermission(Permission.REPORT_READ)
    ResponseEntity<byte[]> getNotice(Tenant tenant, @PathVariable String caseId, @PathVariable int revision,
                                     @RequestParam(required = false) String format) {
        var c = store.get(tenant.orgId(), caseId, false).document();
        if (c.notices().stream().noneMatch(n -> n.revision() == revision)) throw ApiException.notFound("notice revision " + revision);
        return render(notices.issued(c, revision), format);
    }

    /** {@code json} (the whole notice), {@code text}, {@code csaf} (the CSAF 2.0 document) or {@code distribution}. */
    static ResponseEntity<byte[]> render(UserNotice n, String format) {
        String f = format == null ? "json" : format.toLowerCase(Locale.ROOT);
        return switch (f) {
            case "json" -> ReportingRequests.json(n);
            case "text" -> text(n.text());
            case "distribution" -> text(NoticeText.distribution(n));
            case "csaf" -> {
                if (n.csaf() == null) throw ApiException.conflict("no CSAF document yet: " + String.join(" ", n.missing()));
                yield ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(ReportJson.write(n.csaf()));
            }
            default -> throw ApiException.invalid("format must be json, text, csaf or distribution, was '" + format + "'");
        };
    }

    private static ResponseEntity<byte[]> text(String s) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body(s.getBytes(StandardCharsets.UTF_8));
    }

    private static NoticeRecord.Audience audience(String s) {
        try {
            return NoticeRecord.Audience.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("audience must be IMPACTED_USERS or ALL_USERS, was '" + s + "'");
        }
    }
}
