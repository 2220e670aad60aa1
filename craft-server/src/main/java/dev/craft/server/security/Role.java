package dev.craft.server.security;

import static dev.craft.server.security.Permission.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * A member's role in one organisation, and what it permits there. This table is the access policy;
 * docs/server.md shows it and the access-control matrix test checks every endpoint against it.
 */
public enum Role {
    ADMIN(EnumSet.complementOf(EnumSet.of(AUTHENTICATED, CHANGE_OWN_PASSWORD, INSTANCE_ADMIN))),
    SECURITY_ENGINEER(EnumSet.of(ORG_READ, PRODUCT_READ, PRODUCT_WRITE, ASSESSMENT_RUN, RELEASE_READ, RELEASE_WRITE,
            SBOM_READ, SBOM_UPLOAD, UPLOAD_READ, FINDING_READ, TRIAGE_WRITE, SUPPLIER_READ, SUPPLIER_WRITE,
            MONITORING_READ, ALERT_MANAGE, EVIDENCE_EXPORT,
            REPORT_READ, REPORT_WRITE)),
    COMPLIANCE_OFFICER(EnumSet.of(ORG_READ, PRODUCT_READ, PRODUCT_WRITE, ASSESSMENT_RUN, RELEASE_READ, RELEASE_WRITE,
            SBOM_READ, UPLOAD_READ, FINDING_READ, SUPPLIER_READ, SUPPLIER_WRITE, MONITORING_READ, AUDIT_READ,
            EVIDENCE_EXPORT,
            REPORT_READ, REPORT_WRITE)),
    /** Reads everything, including the audit trail; changes nothing. */
    AUDITOR(EnumSet.of(ORG_READ, MEMBER_READ, PRODUCT_READ, RELEASE_READ, SBOM_READ, UPLOAD_READ, FINDING_READ,
            SUPPLIER_READ, MONITORING_READ, AUDIT_READ, EVIDENCE_EXPORT,
            REPORT_READ)),
    /** Pushes SBOMs and reads the verdicts of its own pushes; nothing else. */
    CI_UPLOADER(EnumSet.of(SBOM_UPLOAD, UPLOAD_READ));

    /** What an instance administrator may do in an organisation it is not a member of. */
    public static final Set<Permission> INSTANCE_ADMIN_IN_ANY_ORG = EnumSet.of(ORG_READ, MEMBER_READ, MEMBER_MANAGE);

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = EnumSet.copyOf(permissions);
    }

    public boolean permits(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }
}
