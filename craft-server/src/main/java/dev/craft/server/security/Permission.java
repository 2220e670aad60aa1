package dev.craft.server.security;

/**
 * What an endpoint requires. Instance permissions need no organisation; organisation permissions are
 * checked against the caller's role in the {@code {org}} of the path (see {@link Role}).
 */
public enum Permission {
    /** Any signed-in caller whose password is current. */
    AUTHENTICATED(Scope.INSTANCE),
    /** Any signed-in user, even one who must still replace a one-time password. */
    CHANGE_OWN_PASSWORD(Scope.INSTANCE),
    /** Users flagged instance administrator: organisations, users, advisory imports, the instance audit chain. */
    INSTANCE_ADMIN(Scope.INSTANCE),

    ORG_READ(Scope.ORG),
    MEMBER_READ(Scope.ORG),
    MEMBER_MANAGE(Scope.ORG),
    API_KEY_MANAGE(Scope.ORG),
    PRODUCT_READ(Scope.ORG),
    PRODUCT_WRITE(Scope.ORG),
    ASSESSMENT_RUN(Scope.ORG),
    RELEASE_READ(Scope.ORG),
    RELEASE_WRITE(Scope.ORG),
    SBOM_READ(Scope.ORG),
    SBOM_UPLOAD(Scope.ORG),
    /** Read a push's result; a CI uploader only its own (enforced by the endpoint). */
    UPLOAD_READ(Scope.ORG),
    FINDING_READ(Scope.ORG),
    TRIAGE_WRITE(Scope.ORG),
    SUPPLIER_READ(Scope.ORG),
    SUPPLIER_WRITE(Scope.ORG),
    MONITORING_READ(Scope.ORG),
    ALERT_MANAGE(Scope.ORG),
    AUDIT_READ(Scope.ORG),
    /** Art 14 reporting cases, their clocks, drafts and notices (docs/reporting.md). */
    REPORT_READ(Scope.ORG),
    /** Open cases, record decisions and submissions, issue notices. */
    REPORT_WRITE(Scope.ORG),
    /** The organisation's reporting settings: operator facts, warning channels (with the webhook secret), alert intake. */
    REPORT_SETTINGS(Scope.ORG),
    EVIDENCE_EXPORT(Scope.ORG);

    public enum Scope { INSTANCE, ORG }

    private final Scope scope;

    Permission(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
