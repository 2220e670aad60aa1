package dev.craft.server.security;

import dev.craft.server.api.ProblemResponses;
import dev.craft.server.api.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer craft_...} (or {@code X-Api-Key: craft_...}). A token that
 * is present but wrong, or revoked, ends the request with 401; no token leaves the request to Basic
 * authentication or to anonymity.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final ProblemResponses problems;

    ApiKeyAuthenticationFilter(Accounts accounts, ProblemResponses problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presentedToken(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        var token = ApiKeyTokens.parse(presented);
        if (token.isEmpty()) {
            problems.write(response, ProblemType.UNAUTHENTICATED, "the API key is malformed (expected craft_<id>_<secret>)", request.getRequestURI());
            return;
        }
        Accounts.ApiKeyRow row;
        try {
            row = accounts.apiKey(token.get().keyId()).orElse(null);
        } catch (DataAccessException e) {
            problems.write(response, ProblemType.DATABASE_UNAVAILABLE,
                    "the database is unavailable, so the API key cannot be checked; retry shortly", request.getRequestURI());
            return;
        }
        if (row == null || !ApiKeyTokens.matches(token.get().secret(), row.secretSha256())) {
            problems.write(response, ProblemType.UNAUTHENTICATED, "the API key is not valid", request.getRequestURI());
            return;
        }
        if (row.revoked()) {
            problems.write(response, ProblemType.UNAUTHENTICATED, "the API key " + row.keyId() + " was revoked", request.getRequestURI());
            return;
        }
        accounts.touchApiKey(row.id());
        var caller = new Caller.ApiKey(row.id(), row.keyId(), row.name(), row.orgId(), Role.valueOf(row.role()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String presentedToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) return header.substring(7).strip();
        String apiKey = request.getHeader("X-Api-Key");
        return apiKey == null ? null : apiKey.strip();
    }
}
