package dev.craft.server.user;

import dev.craft.server.audit.AuditLog;
import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start on an empty database: creates the organisation {@code craft.admin.org} and the instance
 * administrator {@code craft.admin.username}, with the password from {@code craft.admin.password}
 * (env CRAFT_ADMIN_PASSWORD), or a one-time password printed once to the console that must be replaced
 * at first sign-in.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ACTOR = "system:bootstrap";

    private final JdbcClient jdbc;
    private final Users users;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final String username;
    private final String password;
    private final String orgSlug;
    private final PrintStream console;
    private final org.springframework.core.env.Environment environment;

    AdminBootstrap(JdbcClient jdbc, Users users, AuditLog audit, TransactionTemplate tx,
            @Value("${craft.admin.username}") String username, @Value("${craft.admin.password:}") String password,
            @Value("${craft.admin.org}") String orgSlug, org.springframework.core.env.Environment environment) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.tx = tx;
        this.username = username;
        this.password = password;
        this.orgSlug = orgSlug;
        this.console = System.out;
        this.environment = environment;
    }

    /** Where this server answers, as far as it knows: runners run after the web server has its port. */
    private String baseUrl() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String address = environment.getProperty("server.address", "localhost");
        if (address.equals("0.0.0.0") || address.equals("::")) address = "localhost";
        if (address.contains(":")) address = "[" + address + "]"; // an IPv6 literal
        return "http://" + address + ":" + port;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            // One bootstrap even when several nodes start at once on the same database.
            jdbc.sql("select pg_advisory_xact_lock(4242001)").query((rs, n) -> 1).list();
            long usersExisting = jdbc.sql("select count(*) from app_user").query(Long.class).single();
            if (usersExisting > 0) return;
            boolean generated = password == null || password.isBlank();
            if (!generated && password.length() < Users.MIN_PASSWORD_LENGTH) {
                throw new IllegalStateException("craft.admin.password (CRAFT_ADMIN_PASSWORD) must have at least "
                        + Users.MIN_PASSWORD_LENGTH + " characters");
            }
            String pw = generated ? Users.oneTimePassword() : password;
            long userId = users.create(ACTOR, username, pw, true, generated);
            long orgId = jdbc.sql("insert into org (slug, name) values (:slug, :name) returning id")
                    .param("slug", orgSlug).param("name", orgSlug).query(Long.class).single();
            jdbc.sql("insert into membership (org_id, user_id, role) values (:org, :user, 'ADMIN')")
                    .param("org", orgId).param("user", userId).update();
            audit.record(AuditLog.INSTANCE_CHAIN, ACTOR, "org.created", "org", orgId, null, java.util.Map.of("slug", orgSlug));
            audit.record(orgId, ACTOR, "member.added", "member", username, null, java.util.Map.of("username", username, "role", "ADMIN"));
            LOG.info("created organisation '{}' and instance administrator '{}'", orgSlug, username);
            if (generated) printOnce(pw);
        });
    }

    /** To the console only, never to a log file: the password exists nowhere else. */
    private void printOnce(String pw) {
        console.println();
        console.println("  craft: first start. Sign in as '" + username + "' with this one-time password:");
        console.println();
        console.println("      " + pw);
        console.println();
        console.println("  It is shown only now. Replace it before anything else:");
        console.println("      curl -u " + username + ":" + pw + " -H 'Content-Type: application/json' \\");
        console.println("        -d '{\"currentPassword\":\"" + pw + "\",\"newPassword\":\"<at least 12 characters>\"}' \\");
        console.println("        " + baseUrl() + "/api/v1/me/password");
        console.println("  (or set CRAFT_ADMIN_PASSWORD before the first start to choose it yourself)");
        console.println();
        console.flush();
    }
}
