package dev.craft.server.triage;

import dev.craft.server.api.ApiException;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.db.Sql;
import dev.craft.server.finding.FindingQueries;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Triage decisions, in the CycloneDX VEX vocabulary (analysis state, justification, response). A new
 * decision replaces the one in force (also a carried-over one) and the history keeps them all.
 */
@RestController
@RequestMapping("/api/v1/orgs/{org}/findings/{findingId}/triage")
class TriageController {

    static final Set<String> STATES = Set.of("resolved", "resolved_with_pedigree", "exploitable", "in_triage", "false_positive", "not_affected");
    static final Set<String> JUSTIFICATIONS = Set.of("code_not_present", "code_not_reachable", "requires_configuration",
            "requires_dependency", "requires_environment", "protected_by_compiler", "protected_at_runtime", "protected_at_perimeter",
            "protected_by_mitigating_control");
    static final Set<String> RESPONSES = Set.of("can_not_fix", "will_not_fix", "update", "rollback", "workaround_available");

    private final JdbcClient jdbc;
    private final FindingQueries findings;
    private final AuditLog audit;
    private final Clock clock;

    TriageController(JdbcClient jdbc, FindingQueries findings, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.findings = findings;
        this.audit = audit;
        this.clock = clock;
    }

    record Decision(String state, String justification, List<String> responses, String comment) {}

    @GetMapping
    @RequiresPermission(Permission.FINDING_READ)
    List<FindingQueries.Triage> history(Tenant tenant, @PathVariable long findingId) {
        findings.require(tenant.orgId(), findingId);
        return findings.history(tenant.orgId(), findingId);
    }

    @PutMapping
    @RequiresPermission(Permission.TRIAGE_WRITE)
    @Transactional
    FindingQueries.Finding decide(Tenant tenant, @PathVariable long findingId, @RequestBody Decision body) {
        var before = findings.require(tenant.orgId(), findingId);
        validate(body);
        List<String> responses = body.responses() == null ? List.of() : List.copyOf(body.responses());
        long decisionId = jdbc.sql("""
                        insert into triage_decision (org_id, finding_id, product_id, vulnerability_id, component_identity, state,
                                                     justification, responses, comment, decided_by, decided_at)
                        select f.org_id, f.id, f.product_id, f.vulnerability_id, f.component_identity, :state, :justification,
                               :responses, :comment, :by, :at
                        from finding f where f.org_id = :org and f.id = :id
                        returning id""")
                .param("org", tenant.orgId()).param("id", findingId).param("state", body.state())
                .param("justification", body.justification()).param("responses", responses.toArray(String[]::new))
                .param("comment", body.comment()).param("by", tenant.actor()).param("at", Sql.utc(clock.instant()))
                .query(Long.class).single();
        jdbc.sql("update finding set current_triage_id = :d where org_id = :org and id = :id")
                .param("d", decisionId).param("org", tenant.orgId()).param("id", findingId).update();
        var after = findings.require(tenant.orgId(), findingId);
        audit.record(tenant.orgId(), tenant.actor(), "triage.decided", "finding", findingId, before.triage(), after.triage());
        return after;
    }

    private static void validate(Decision d) {
        if (d == null || d.state() == null || !STATES.contains(d.state())) {
            throw ApiException.invalid("state must be one of " + new java.util.TreeSet<>(STATES) + " (CycloneDX VEX analysis states)");
        }
        if (d.justification() != null && !JUSTIFICATIONS.contains(d.justification())) {
            throw ApiException.invalid("justification must be one of " + new java.util.TreeSet<>(JUSTIFICATIONS));
        }
        if (d.state().equals("not_affected") && d.justification() == null && (d.comment() == null || d.comment().isBlank())) {
            // CISA minimum VEX: not_affected needs a justification or an impact statement.
            throw ApiException.invalid("not_affected needs a justification or a comment explaining why (an impact statement)");
        }
        if (d.responses() != null) {
            for (String r : d.responses()) {
                if (!RESPONSES.contains(r)) throw ApiException.invalid("responses must be among " + new java.util.TreeSet<>(RESPONSES));
            }
        }
        if (d.comment() != null && d.comment().length() > 10_000) throw ApiException.invalid("comment is limited to 10,000 characters");
    }
}
