package dev.craft.server.security;

import static java.util.Objects.requireNonNull;

/**
 * The organisation of the request's {@code {org}} path segment, resolved and checked before the
 * controller runs: the caller is a member (or an instance administrator for member management).
 *
 * @param orgId  the organisation's id: every query of the request filters on it
 * @param slug   the organisation's slug as in the path
 * @param role   the caller's role there; null for an instance administrator who is not a member
 * @param caller who is calling
 */
public record Tenant(long orgId, String slug, Role role, Caller caller) {

    public Tenant {
        requireNonNull(slug, "slug must not be null");
        requireNonNull(caller, "caller must not be null");
    }

    public String actor() {
        return caller.actor();
    }

    /** A CI uploader sees only what it pushed itself. */
    public boolean ownUploadsOnly() {
        return role == Role.CI_UPLOADER;
    }
}
