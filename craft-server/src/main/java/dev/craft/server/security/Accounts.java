package dev.craft.server.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lookups authentication and authorization need: users, API keys, organisations, memberships. */
@Component
public class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record UserRow(long id, String username, String passwordHash, boolean mustChangePassword, boolean instanceAdmin, boolean disabled) {}

    record ApiKeyRow(long id, String keyId, byte[] secretSha256, String name, long orgId, String role, boolean revoked) {}

    public record OrgRef(long id, String slug) {}

    Optional<UserRow> user(String username) {
        return jdbc.sql("""
                        select id, username, password_hash, must_change_password, instance_admin, disabled
                        from app_user where username = :username""")
                .param("username", username)
                .query(UserRow.class).optional();
    }

    Optional<ApiKeyRow> apiKey(String keyId) {
        return jdbc.sql("""
                        select id, key_id, secret_sha256, name, org_id, role, revoked_at is not null as revoked
                        from api_key where key_id = :keyId""")
                .param("keyId", keyId)
                .query(ApiKeyRow.class).optional();
    }

    /** Records use, at most once a minute per key: a write per request would contend under CI load. */
    void touchApiKey(long id) {
        jdbc.sql("""
                        update api_key set last_used_at = now()
                        where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .param("id", id).update();
    }

    public Optional<OrgRef> org(String slug) {
        return jdbc.sql("select id, slug from org where slug = :slug").param("slug", slug).query(OrgRef.class).optional();
    }

    Optional<Role> membership(long orgId, long userId) {
        return jdbc.sql("select role from membership where org_id = :org and user_id = :user")
                .param("org", orgId).param("user", userId)
                .query(String.class).optional().map(Role::valueOf);
    }
}
