package dev.craft.server.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code craft.db.*} and {@code craft.home}: where the data lives.
 *
 * @param url              an external PostgreSQL's JDBC URL; blank = the embedded PostgreSQL under {@code home}
 * @param user             user for {@code url}
 * @param password         password for {@code url}
 * @param poolSize         connections in the pool
 * @param connectTimeoutMs how long a request waits for a connection before failing (503)
 */
@ConfigurationProperties("craft.db")
public record DatabaseSettings(String url, String user, String password, int poolSize, long connectTimeoutMs) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    /** The embedded database's directories under the craft home. */
    static Path dataDir(Path home) {
        return home.resolve("pgdata");
    }

    static Path binariesDir(Path home) {
        return home.resolve("postgres");
    }
}
