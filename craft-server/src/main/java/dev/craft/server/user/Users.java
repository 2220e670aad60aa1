package dev.craft.server.user;

import dev.craft.server.audit.AuditLog;
import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creating users and setting passwords; shared by the bootstrap, member management and /me. */
@Component
public class Users {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    Users(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    record UserView(long id, String username, boolean instanceAdmin, boolean mustChangePassword) {}

    Optional<UserView> find(String username) {
        return jdbc.sql("select id, username, instance_admin, must_change_password from app_user where username = :u")
                .param("u", username).query(UserView.class).optional();
    }

    /** Creates a user; {@code mustChange} = the password is a one-time password to be replaced at first use. */
    long create(String actor, String username, String password, boolean instanceAdmin, boolean mustChange) {
        long id = jdbc.sql("""
                        insert into app_user (username, password_hash, instance_admin, must_change_password)
                        values (:u, :h, :admin, :must) returning id""")
                .param("u", username).param("h", encoder.encode(password)).param("admin", instanceAdmin).param("must", mustChange)
                .query(Long.class).single();
        audit.record(AuditLog.INSTANCE_CHAIN, actor, "user.created", "user", username, null,
                new UserView(id, username, instanceAdmin, mustChange));
        return id;
    }

    void setPassword(String actor, long userId, String username, String password) {
        jdbc.sql("update app_user set password_hash = :h, must_change_password = false, password_changed_at = now() where id = :id")
                .param("h", encoder.encode(password)).param("id", userId).update();
        // The hash is not audited: only that the password changed.
        audit.record(AuditLog.INSTANCE_CHAIN, actor, "user.password-changed", "user", username, null, null);
    }

    boolean passwordMatches(long userId, String password) {
        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", userId).query(String.class).single();
        return encoder.matches(password, hash);
    }

    static String oneTimePassword() {
        var sb = new StringBuilder();
        for (int i = 0; i < 20; i++) sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        return sb.toString();
    }
}
