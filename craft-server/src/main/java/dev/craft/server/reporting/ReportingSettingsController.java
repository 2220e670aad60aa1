package dev.craft.server.reporting;

import static dev.craft.server.reporting.ReportingRequests.read;

import dev.craft.report.clocks.WarningPolicy;
import dev.craft.server.api.ApiException;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.reporting.ReportingRequests.SettingsInput;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An organisation's reporting settings: the operator facts for new cases, warning channels and lead times, alert intake. */
@RestController
@RequestMapping("/api/v1/orgs/{org}/reporting/settings")
class ReportingSettingsController {

    private static final Set<String> INTAKE = Set.of("open", "propose", "off");

    private final OrgSettingsStore store;
    private final AuditLog audit;

    ReportingSettingsController(OrgSettingsStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    @GetMapping
    @RequiresPermission(Permission.REPORT_READ)
    ResponseEntity<byte[]> getReportingSettings(Tenant tenant) {
        return ReportingRequests.json(store.get(tenant.orgId()).view());
    }

    /** Replaces the settings; a field left out keeps its value ({@code webhookSecret: ""} removes the secret). */
    @PutMapping
    @RequiresPermission(Permission.REPORT_SETTINGS)
    @Transactional
    ResponseEntity<byte[]> putReportingSettings(Tenant tenant, @RequestBody(required = false) byte[] body) {
        SettingsInput in = read(body, SettingsInput.class);
        OrgSettings before = store.get(tenant.orgId());
        String lead = in.leadTimes() == null ? before.leadTimes() : in.leadTimes();
        try {
            WarningPolicy.parse(lead);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("leadTimes: " + e.getMessage());
        }
        String intake = in.alertIntake() == null ? before.alertIntake() : in.alertIntake();
        if (!INTAKE.contains(intake)) throw ApiException.invalid("alertIntake must be open, propose or off, was '" + intake + "'");
        String url = in.webhookUrl() == null ? before.webhookUrl() : in.webhookUrl().isBlank() ? null : in.webhookUrl();
        if (url != null) {
            URI u;
            try {
                u = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("webhookUrl is not a URL: " + url);
            }
            if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
                throw ApiException.invalid("webhookUrl must be an http or https URL, was " + url);
            }
        }
        List<String> email = in.emailTo() == null ? before.emailTo() : in.emailTo();
        for (String e : email) {
            if (e == null || !e.matches("[^@\\s]+@[^@\\s]+")) throw ApiException.invalid("emailTo: '" + e + "' is not an e-mail address");
        }
        String secret = in.webhookSecret() == null ? before.webhookSecret() : in.webhookSecret().isEmpty() ? null : in.webhookSecret();
        var after = new OrgSettings(in.operator() == null ? before.operator() : in.operator(), lead, email, url, secret, intake);
        store.put(tenant.orgId(), after, tenant.actor());
        audit.record(tenant.orgId(), tenant.actor(), "reporting.settings.update", "reporting-settings", tenant.slug(),
                CaseService.plainSettings(before.view()), CaseService.plainSettings(after.view()));
        return ReportingRequests.json(after.view());
    }
}
