package dev.craft.server.user;

import dev.craft.server.api.ApiException;
import dev.craft.server.audit.AuditLog;
import dev.craft.server.security.Permission;
import dev.craft.server.security.RequiresPermission;
import dev.craft.server.security.Role;
import dev.craft.server.security.Tenant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation's members and their roles. Adding an unknown user name creates the user with a
 * one-time password, returned once in the response, which the user must replace at first sign-in.
 */
@RestController
@RequestMapping("/api/v1/orgs/{org}/members")
class MemberController {

    private final JdbcClient jdbc;
    private final Users users;
    private final AuditLog audit;

    MemberController(JdbcClient jdbc, Users users, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    record Member(String username, String role) {}

    record MemberChange(String role) {}

    /** The member, and the new user's one-time password when the user was created by this call. */
    record MemberResult(String username, String role, boolean userCreated, String oneTimePassword) {}

    @GetMapping
    @RequiresPermission(Permission.MEMBER_READ)
    List<Member> list(Tenant tenant) {
        return jdbc.sql("""
                        select u.username, m.role from membership m join app_user u on u.id = m.user_id
                        where m.org_id = :org order by u.username""")
                .param("org", tenant.orgId()).query(Member.class).list();
    }

    @PutMapping("/{username}")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    @Transactional
    ResponseEntity<MemberResult> put(Tenant tenant, @PathVariable String username, @RequestBody MemberChange body) {
        Role role = parseRole(body == null ? null : body.role());
        if (!username.matches("[a-z0-9][a-z0-9._@-]{0,63}")) {
            throw ApiException.invalid("username must be 1-64 characters a-z, 0-9, '.', '_', '@', '-'");
        }
        var existing = users.find(username);
        String oneTime = null;
        long userId;
        if (existing.isPresent()) {
            userId = existing.get().id();
        } else {
            oneTime = Users.oneTimePassword();
            userId = users.create(tenant.actor(), username, oneTime, false, true);
        }
        Optional<String> before = jdbc.sql("select role from membership where org_id = :org and user_id = :user")
                .param("org", tenant.orgId()).param("user", userId).query(String.class).optional();
        jdbc.sql("""
                        insert into membership (org_id, user_id, role) values (:org, :user, :role)
                        on conflict (org_id, user_id) do update set role = excluded.role""")
                .param("org", tenant.orgId()).param("user", userId).param("role", role.name()).update();
        audit.record(tenant.orgId(), tenant.actor(), before.isPresent() ? "member.role-changed" : "member.added", "member", username,
                before.map(r -> new Member(username, r)).orElse(null), new Member(username, role.name()));
        var result = new MemberResult(username, role.name(), oneTime != null, oneTime);
        return ResponseEntity.status(before.isPresent() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }

    @DeleteMapping("/{username}")
    @RequiresPermission(Permission.MEMBER_MANAGE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void remove(Tenant tenant, @PathVariable String username) {
        var user = users.find(username).orElseThrow(() -> ApiException.notFound("member '" + username + "'"));
        String role = jdbc.sql("delete from membership where org_id = :org and user_id = :user returning role")
                .param("org", tenant.orgId()).param("user", user.id()).query(String.class).optional()
                .orElseThrow(() -> ApiException.notFound("member '" + username + "'"));
        audit.record(tenant.orgId(), tenant.actor(), "member.removed", "member", username, new Member(username, role), null);
    }

    static Role parseRole(String role) {
        try {
            if (role == null) throw new IllegalArgumentException();
            return Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("role must be one of " + List.of(Role.values()));
        }
    }
}
