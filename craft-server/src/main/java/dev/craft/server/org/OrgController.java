package dev.craft.server.org;

import dev.craft.server.api.ApiException;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.security.Caller;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Tenant;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organisations: the tenants. Each holds its own products, members, API keys and audit chain. */
@RestController
@RequestMapping("/api/v1/orgs")
class OrgController {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    OrgController(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record Org(String slug, String name, Instant createdAt, String role) {}

    record NewOrg(String slug, String name) {}

    /** The organisations the caller belongs to, with its role in each (all of them for an instance administrator). */
    @GetMapping
    @RequiresPermission(Permission.AUTHENTICATED)
    List<Org> list(Caller caller) {
        return switch (caller) {
            case Caller.User u -> jdbc.sql("""
                            select o.slug, o.name, o.created_at, m.role
                            from org o left join membership m on m.org_id = o.id and m.user_id = :user
                            where m.user_id is not null or :admin
                            order by o.slug""")
                    .param("user", u.id()).param("admin", u.instanceAdmin())
                    .query((rs, n) -> new Org(rs.getString(1), rs.getString(2), rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), rs.getString(4)))
                    .list();
            case Caller.ApiKey k -> jdbc.sql("select slug, name, created_at from org where id = :id").param("id", k.orgId())
                    .query((rs, n) -> new Org(rs.getString(1), rs.getString(2), rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), k.role().name()))
                    .list();
        };
    }

    @PostMapping
    @RequiresPermission(Permission.INSTANCE_ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Org create(Caller caller, @RequestBody NewOrg body) {
        if (body == null || body.slug() == null || !body.slug().matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw ApiException.invalid("slug must be 1-63 characters a-z, 0-9 and '-', starting with a letter or digit");
        }
        String name = body.name() == null || body.name().isBlank() ? body.slug() : body.name().strip();
        if (jdbc.sql("select count(*) from org where slug = :s").param("s", body.slug()).query(Long.class).single() > 0) {
            throw ApiException.conflict("organisation '" + body.slug() + "' exists already");
        }
        long id = jdbc.sql("insert into org (slug, name) values (:slug, :name) returning id")
                .param("slug", body.slug()).param("name", name).query(Long.class).single();
        var created = get(id);
        audit.record(AuditLog.INSTANCE_CHAIN, caller.actor(), "org.created", "org", id, null, created);
        audit.record(id, caller.actor(), "org.created", "org", id, null, created);
        return created;
    }

    @GetMapping("/{org}")
    @RequiresPermission(Permission.ORG_READ)
    Org get(Tenant tenant) {
        Org org = get(tenant.orgId());
        return new Org(org.slug(), org.name(), org.createdAt(), tenant.role() == null ? null : tenant.role().name());
    }

    private Org get(long id) {
        return jdbc.sql("select slug, name, created_at from org where id = :id").param("id", id)
                .query((rs, n) -> new Org(rs.getString(1), rs.getString(2), rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), null))
                .single();
    }
}
