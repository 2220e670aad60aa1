package dev.craft.server.user;

import dev.craft.server.api.ApiException;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.db.Sql;
import dev.craft.server.security.ApiKeyTokens;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Role;
import dev.craft.server.security.Tenant;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API keys of an organisation: for CI pipelines and other machines. The secret is shown once, at creation. */
@RestController
@RequestMapping("/api/v1/orgs/{org}/api-keys")
class ApiKeyController {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ApiKeyController(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record ApiKey(String keyId, String name, String role, String createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}

    record NewApiKey(String name, String role) {}

    /** The key's secret ({@code token}) appears here and nowhere else, ever. */
    record CreatedApiKey(String keyId, String name, String role, String token) {}

    @GetMapping
    @RequiresPermission(Permission.API_KEY_MANAGE)
    List<ApiKey> list(Tenant tenant) {
        return jdbc.sql("""
                        select key_id, name, role, created_by, created_at, last_used_at, revoked_at
                        from api_key where org_id = :org order by id""")
                .param("org", tenant.orgId())
                .query((rs, n) -> new ApiKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Sql.instant(rs.getObject(5, OffsetDateTime.class)), Sql.instant(rs.getObject(6, OffsetDateTime.class)),
                        Sql.instant(rs.getObject(7, OffsetDateTime.class))))
                .list();
    }

    @PostMapping
    @RequiresPermission(Permission.API_KEY_MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    CreatedApiKey create(Tenant tenant, @RequestBody NewApiKey body) {
        if (body == null || body.name() == null || body.name().isBlank() || body.name().length() > 100) {
            throw ApiException.invalid("name must be 1-100 characters, e.g. 'ci main pipeline'");
        }
        Role role = MemberController.parseRole(body.role());
        var token = ApiKeyTokens.generate();
        jdbc.sql("""
                        insert into api_key (org_id, key_id, secret_sha256, name, role, created_by)
                        values (:org, :keyId, :hash, :name, :role, :by)""")
                .param("org", tenant.orgId()).param("keyId", token.keyId()).param("hash", ApiKeyTokens.hash(token.secret()))
                .param("name", body.name().strip()).param("role", role.name()).param("by", tenant.actor())
                .update();
        audit.record(tenant.orgId(), tenant.actor(), "api-key.created", "api-key", token.keyId(), null,
                new ApiKey(token.keyId(), body.name().strip(), role.name(), tenant.actor(), null, null, null));
        return new CreatedApiKey(token.keyId(), body.name().strip(), role.name(), token.value());
    }

    @DeleteMapping("/{keyId}")
    @RequiresPermission(Permission.API_KEY_MANAGE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void revoke(Tenant tenant, @PathVariable String keyId) {
        int n = jdbc.sql("update api_key set revoked_at = now() where org_id = :org and key_id = :k and revoked_at is null")
                .param("org", tenant.orgId()).param("k", keyId).update();
        if (n == 0) throw ApiException.notFound("active API key '" + keyId + "'");
        audit.record(tenant.orgId(), tenant.actor(), "api-key.revoked", "api-key", keyId, null, null);
    }
}
