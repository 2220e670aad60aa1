package dev.craft.server.security;

import dev.craft.server.api.ApiException;
import dev.craft.server.api.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks each API request against the permission its handler method declares, before the handler runs.
 * Fails closed: a handler without {@link RequiresPermission} or {@link PublicEndpoint} is refused.
 *
 * <p>For organisation permissions the {@code {org}} path variable names the tenant. A caller who is not a
 * member gets the same 404 as for an organisation that does not exist, so that tenants cannot be
 * discovered; a member whose role lacks the permission gets 403.
 */
final class EndpointAuthorization implements HandlerInterceptor {

    static final String TENANT_ATTRIBUTE = Tenant.class.getName();

    private final Accounts accounts;

    EndpointAuthorization(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) return true;
        if (method.hasMethodAnnotation(PublicEndpoint.class)) return true;
        RequiresPermission required = method.getMethodAnnotation(RequiresPermission.class);
        if (required == null) {
            throw new ApiException(ProblemType.FORBIDDEN, "this endpoint declares no permission, so nobody may call it");
        }
        Caller caller = Callers.current().orElseThrow(() -> new ApiException(ProblemType.UNAUTHENTICATED,
                "sign in with HTTP Basic (user) or 'Authorization: Bearer craft_...' (API key)"));
        Permission permission = required.value();
        if (caller instanceof Caller.User user && user.mustChangePassword() && permission != Permission.CHANGE_OWN_PASSWORD) {
            throw new ApiException(ProblemType.PASSWORD_CHANGE_REQUIRED,
                    "this account has a one-time password: set your own with POST /api/v1/me/password first");
        }
        switch (permission.scope()) {
            case INSTANCE -> checkInstance(caller, permission);
            case ORG -> request.setAttribute(TENANT_ATTRIBUTE, tenant(request, caller, permission));
        }
        return true;
    }

    private static void checkInstance(Caller caller, Permission permission) {
        if (permission == Permission.INSTANCE_ADMIN && !(caller instanceof Caller.User u && u.instanceAdmin())) {
            throw new ApiException(ProblemType.FORBIDDEN, "only an instance administrator may do this");
        }
    }

    private Tenant tenant(HttpServletRequest request, Caller caller, Permission permission) {
        @SuppressWarnings("unchecked")
        var vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String slug = vars == null ? null : vars.get("org");
        if (slug == null) throw new IllegalStateException("an organisation permission on a path without {org}: " + request.getRequestURI());
        ApiException notFound = new ApiException(ProblemType.ORG_NOT_FOUND, "organisation '" + slug + "' does not exist or you are not a member");
        Accounts.OrgRef org = accounts.org(slug).orElseThrow(() -> notFound);
        Role role = switch (caller) {
            case Caller.User user -> accounts.membership(org.id(), user.id()).orElse(null);
            case Caller.ApiKey key -> key.orgId() == org.id() ? key.role() : null;
        };
        if (role == null) {
            boolean instanceAdmin = caller instanceof Caller.User u && u.instanceAdmin();
            if (instanceAdmin && Role.INSTANCE_ADMIN_IN_ANY_ORG.contains(permission)) return new Tenant(org.id(), org.slug(), null, caller);
            throw notFound;
        }
        if (!role.permits(permission)) {
            throw new ApiException(ProblemType.FORBIDDEN, "the role " + role + " does not permit " + permission + " in '" + slug + "'");
        }
        return new Tenant(org.id(), org.slug(), role, caller);
    }
}
