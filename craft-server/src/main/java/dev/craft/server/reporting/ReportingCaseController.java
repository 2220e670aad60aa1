package dev.craft.server.reporting;

import static dev.craft.server.reporting.ReportingRequests.read;
import static dev.craft.server.reporting.ReportingRequests.require;

import dev.craft.report.CaseReviewer;
import dev.craft.report.cases.Awareness;
import dev.craft.report.cases.CaseActions;
import dev.craft.report.cases.CaseOpening;
import dev.craft.report.cases.CorrectiveMeasure;
import dev.craft.report.cases.CsirtChoice;
import dev.craft.report.cases.ExploitationAssessment;
import dev.craft.report.cases.FindingSnapshot;
import dev.craft.report.cases.ImpactedCustomer;
import dev.craft.report.cases.IncidentAssessment;
import dev.craft.report.cases.Operator;
import dev.craft.report.cases.ReportContent;
import dev.craft.report.cases.Signal;
import dev.craft.server.api.ApiException;
import dev.craft.server.api.Page;
import dev.craft.server.api.PageRequest;
import dev.craft.server.reporting.ReportingRequests.AwarenessChange;
import dev.craft.server.reporting.ReportingRequests.CsirtInput;
import dev.craft.server.reporting.ReportingRequests.ExploitationDecision;
import dev.craft.server.reporting.ReportingRequests.OpenCase;
import dev.craft.server.reporting.ReportingRequests.Reason;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Art 14 reporting cases: open (by hand or from an exploited alert), read with their clocks, and every recorded
 * decision. Each change goes through the core's case actions and into the audit trail (docs/reporting.md).
 */
@RestController
@RequestMapping("/api/v1/orgs/{org}/reporting/cases")
class ReportingCaseController {

    private final CaseStore store;
    private final CaseService service;
    private final CaseReviewer reviewer;
    private final WarningStore warnings;
    private final FindingSnapshots snapshots;
    private final OrgSettingsStore settings;
    private final AlertIntake intake;
    private final Clock clock;

    ReportingCaseController(CaseStore store, CaseService service, CaseReviewer reviewer, WarningStore warnings,
                            FindingSnapshots snapshots, OrgSettingsStore settings, AlertIntake intake, Clock clock) {
        this.store = store;
        this.service = service;
        this.reviewer = reviewer;
        this.warnings = warnings;
        this.snapshots = snapshots;
        this.settings = settings;
        this.intake = intake;
        this.clock = clock;
    }

    @GetMapping
    @RequiresPermission(Permission.REPORT_READ)
    ResponseEntity<byte[]> listCases(Tenant tenant, @RequestParam(required = false) Integer limit,
                                     @RequestParam(required = false) String cursor, @RequestParam(required = false) String status) {
        var page = PageRequest.of(limit, cursor);
        var rows = store.list(tenant.orgId(), status == null ? null : status.toUpperCase(java.util.Locale.ROOT), page.after(), page.fetchSize());
        return ReportingRequests.json(Page.of(rows, page, CaseStore.Summary::rowId));
    }

    @PostMapping
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> openCase(Tenant tenant, @RequestBody(required = false) byte[] body) {
        OpenCase in = read(body, OpenCase.class);
        require(in.kind(), "kind", "VULNERABILITY or INCIDENT");
        require(in.title(), "title", "one line");
        require(in.description(), "description", "what was reported or detected");
        require(in.awareness(), "awareness", "{at, basis}: when you became aware, and on what");
        require(in.awareness().at(), "awareness.at", "an instant, e.g. 2026-10-02T22:15:00Z");
        if (in.awareness().at().isAfter(clock.instant().plusSeconds(300))) {
            throw ApiException.invalid("awareness.at " + in.awareness().at() + " is in the future");
        }
        var releases = new ArrayList<dev.craft.report.cases.AffectedRelease>();
        for (var r : in.releases() == null ? List.<ReportingRequests.ReleaseInput>of() : in.releases()) {
            releases.add(snapshots.release(tenant.orgId(), require(r.product(), "releases[].product", "a product key"),
                    require(r.version(), "releases[].version", "a release version"), r.affectedComponent(),
                    Boolean.TRUE.equals(r.thirdPartyComponent())));
        }
        var findings = new ArrayList<FindingSnapshot>();
        for (long id : in.findingIds() == null ? List.<Long>of() : in.findingIds()) {
            var data = snapshots.load(tenant.orgId(), id);
            findings.add(FindingSnapshots.finding(data));
            var rel = FindingSnapshots.release(data);
            if (releases.stream().noneMatch(x -> x.productId().equals(rel.productId()) && x.version().equals(rel.version()))) releases.add(rel);
        }
        var now = clock.instant();
        if (in.fromTriage() && findings.isEmpty()) throw ApiException.invalid("fromTriage needs the triaged finding in findingIds");
        Signal signal = in.fromTriage()
                ? new Signal.TriageDecision(findings.get(0).id(), tenant.actor(), in.description(), in.receivedAt() == null ? now : in.receivedAt())
                : new Signal.ManualEntry(in.source() == null ? Signal.ManualSource.OTHER : in.source(), in.reportedBy(),
                        in.description(), in.receivedAt() == null ? now : in.receivedAt());
        var awareness = new Awareness(in.awareness().at(), tenant.actor(),
                in.awareness().basis() == null ? "entered by hand" : in.awareness().basis(), false);
        Operator operator = operator(tenant);
        var stored = service.open(tenant.orgId(), tenant.actor(), key -> CaseOpening.manual(key, in.kind(), in.title(), signal, awareness,
                operator, releases, findings, tenant.actor(), now));
        return ReportingRequests.created(view(stored));
    }

    @PostMapping("/from-alert/{alertId}")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> openCaseFromAlert(Tenant tenant, @PathVariable long alertId) {
        long caseRow = intake.takeOne(tenant.orgId(), alertId, tenant.actor());
        return ReportingRequests.json(view(store.byRowId(caseRow, false)));
    }

    @GetMapping("/{caseId}")
    @RequiresPermission(Permission.REPORT_READ)
    ResponseEntity<byte[]> getCase(Tenant tenant, @PathVariable String caseId) {
        return ReportingRequests.json(view(store.get(tenant.orgId(), caseId, false)));
    }

    @PostMapping("/{caseId}/confirm")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> confirmCase(Tenant tenant, @PathVariable String caseId) {
        return changed(service.change(tenant.orgId(), caseId, tenant.actor(), c -> CaseActions.confirm(c, tenant.actor(), clock.instant())));
    }

    @PostMapping("/{caseId}/awareness")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> reviseAwareness(Tenant tenant, @PathVariable String caseId, @RequestBody(required = false) byte[] body) {
        AwarenessChange in = read(body, AwarenessChange.class);
        require(in.at(), "at", "the instant of awareness");
        require(in.basis(), "basis", "on what evidence or assessment");
        require(in.reason(), "reason", "why awareness is set or changed (kept in the audit trail)");
        return changed(service.change(tenant.orgId(), caseId, tenant.actor(), c -> CaseActions.reviseAwareness(c,
                new Awareness(in.at(), tenant.actor(), in.basis(), false), tenant.actor(), in.reason(), clock.instant())));
    }

    @PostMapping("/{caseId}/exploitation")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> decideExploitation(Tenant tenant, @PathVariable String caseId, @RequestBody(required = false) byte[] body) {
        ExploitationDecision in = read(body, ExploitationDecision.class);
        require(in.verdict(), "verdict", "ACTIVELY_EXPLOITED, NO_RELIABLE_EVIDENCE, GOOD_FAITH_RESEARCH_ONLY, NOT_EXPLOITABLE_IN_PRODUCT or NOT_EXPLOITED_IN_PRODUCT");
        return changed(service.change(tenant.orgId(), caseId, tenant.actor(), c -> {
            var evidence = new ArrayList<>(c.exploitation() == null ? List.of() : c.exploitation().evidence());
            if (in.evidence() != null) for (var e : in.evidence()) if (!evidence.contains(e)) evidence.add(e);
            return CaseActions.decideExploitation(c, new ExploitationAssessment(in.verdict(), evidence, tenant.actor(), clock.instant(),
                    in.rationale()), tenant.actor());
        }));
    }

    @PostMapping("/{caseId}/incident")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> assessIncident(Tenant tenant, @PathVariable String caseId, @RequestBody(required = false) byte[] body) {
        IncidentAssessment in = read(body, IncidentAssessment.class);
        return changed(service.change(tenant.orgId(), caseId, tenant.actor(), c -> CaseActions.assessIncident(c,
                new IncidentAssessment(in.impactsProductSecurity(), in.sensitiveDataOrFunctions(), in.maliciousCode(),
                        in.suspectedUnlawfulOrMalicious(), in.evidence(), tenant.actor(), clock.instant(), in.rationale()), tenant.actor())));
    }

    @PutMapping("/{caseId}/content")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> updateContent(Tenant tenant, @PathVariable String caseId, @RequestBody(required = false) byte[] body) {
        ReportContent in = read(body, ReportContent.class);
        return changed(service.change(tenant.orgId(), caseId, tenant.actor(),
                c -> CaseActions.updateContent(c, merge(c.content(), in), tenant.actor())));
    }

    @PutMapping("/{caseId}/operator")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> updateOperator(Tenant tenant, @PathVariable String caseId, @RequestBody(required = false) byte[] body) {
        Operator in = read(body, Operator.class);
        return changed(service.change(tenant.orgId(), caseId, tenant.actor(), c -> CaseActions.updateOperator(c, in, tenant.actor())));
    }

    @PutMapping("/{caseId}/csirt")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> chooseCsirt(Tenant tenant, @PathVariable String caseId, @RequestBody(required = false) byte[] body) {
        CsirtInput in = read(body, CsirtInput.class);
        require(in.memberState(), "memberState", "the ISO code of a Member State, e.g. DE");
        require(in.reason(), "reason", "why this CSIRT (kept in the audit trail)");
        return changed(service.change(tenant.orgId(), caseId, tenant.actor(), c -> CaseActions.chooseCsirt(c,
                new CsirtChoice(in.memberState(), in.csirtName(), in.reason(), tenant.actor()), tenant.actor())));
    }

    @PostMapping("/{caseId}/measures")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> recordMeasure(Tenant tenant, @PathVariable String caseId, @RequestBody(required = false) byte[] body) {
        CorrectiveMeasure in = read(body, CorrectiveMeasure.class);
        return changed(service.change(tenant.orgId(), caseId, tenant.actor(),
                c -> CaseActions.recordCorrectiveMeasure(c, in, tenant.actor(), clock.instant())));
    }

    @PutMapping("/{caseId}/customers")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> setCustomers(Tenant tenant, @PathVariable String caseId, @RequestBody(required = false) byte[] body) {
        ImpactedCustomer[] in = read(body, ImpactedCustomer[].class);
        return changed(service.change(tenant.orgId(), caseId, tenant.actor(),
                c -> CaseActions.setImpactedCustomers(c, List.of(in), tenant.actor())));
    }

    @PostMapping("/{caseId}/dismiss")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> dismissCase(Tenant tenant, @PathVariable String caseId, @RequestBody(required = false) byte[] body) {
        Reason in = read(body, Reason.class);
        return changed(service.change(tenant.orgId(), caseId, tenant.actor(), c -> CaseActions.dismiss(c, tenant.actor(), in.reason(), clock.instant())));
    }

    @PostMapping("/{caseId}/close")
    @RequiresPermission(Permission.REPORT_WRITE)
    ResponseEntity<byte[]> closeCase(Tenant tenant, @PathVariable String caseId, @RequestBody(required = false) byte[] body) {
        Reason in = body == null || body.length == 0 ? new Reason(null) : read(body, Reason.class);
        return changed(service.change(tenant.orgId(), caseId, tenant.actor(), c -> CaseActions.close(c, tenant.actor(), in.reason(), clock.instant())));
    }

    /** Fields left out keep their value; an empty string clears one. */
    static ReportContent merge(ReportContent old, ReportContent in) {
        return new ReportContent(pick(old.productDescription(), in.productDescription()), pick(old.vulnerabilityNature(), in.vulnerabilityNature()),
                pick(old.exploitNature(), in.exploitNature()), pick(old.incidentNature(), in.incidentNature()),
                pick(old.initialAssessment(), in.initialAssessment()), pick(old.correctiveMeasuresTaken(), in.correctiveMeasuresTaken()),
                pick(old.userMeasures(), in.userMeasures()), pick(old.sensitivity(), in.sensitivity()), pick(old.tlp(), in.tlp()),
                pick(old.severityAndImpact(), in.severityAndImpact()), pick(old.maliciousActor(), in.maliciousActor()),
                pick(old.rootCause(), in.rootCause()), pick(old.appliedMitigations(), in.appliedMitigations()),
                pick(old.ongoingMitigations(), in.ongoingMitigations()));
    }

    private static String pick(String old, String in) {
        if (in == null) return old;
        return in.isEmpty() ? null : in;
    }

    private Operator operator(Tenant tenant) {
        Operator op = settings.get(tenant.orgId()).operator();
        if (op != null) return op;
        String name = store.orgName(tenant.orgId());
        return new Operator(name, Operator.Role.MANUFACTURER, false, null, null, null, null, null, null, null);
    }

    ResponseEntity<byte[]> changedView(StoredCase stored) {
        return changed(stored);
    }

    private ResponseEntity<byte[]> changed(StoredCase stored) {
        return ReportingRequests.json(view(stored));
    }

    CaseView view(StoredCase stored) {
        return CaseView.of(reviewer.review(stored.document(), clock.instant()), warnings.forCase(stored.id()));
    }
}
