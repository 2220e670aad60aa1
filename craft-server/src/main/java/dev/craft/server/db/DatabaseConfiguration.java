package dev.craft.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.craft.postgres.EmbeddedPostgres;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@code DataSource}: an external PostgreSQL when {@code craft.db.url} is set, otherwise a
 * PostgreSQL that craft starts itself under {@code craft.home/pgdata} and stops at shutdown.
 *
 * <p>The pool is tuned to survive a database restart without restarting craft: a short connection
 * timeout turns an outage into quick 503s instead of hung requests, and Hikari validates a connection
 * before lending it, so broken ones are replaced once PostgreSQL is back.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${craft.db.url:}'.isBlank()")
    EmbeddedPostgres embeddedPostgres(@Value("${craft.home}") Path home) {
        Path dataDir = DatabaseSettings.dataDir(home);
        LOG.info("starting the embedded PostgreSQL in {} (set craft.db.url to use an external one)", dataDir);
        var pg = EmbeddedPostgres.start(EmbeddedPostgres.Settings.persistent(dataDir, DatabaseSettings.binariesDir(home)));
        pg.stopOnExit();
        ensureDatabase(pg);
        LOG.info("embedded PostgreSQL ready on 127.0.0.1:{}{}", pg.port(),
                pg.usesUserNamespace() ? " (as uid 1000 in a user namespace, because craft runs as root)" : "");
        return pg;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseSettings settings, ObjectProvider<EmbeddedPostgres> embedded) {
        var config = new HikariConfig();
        EmbeddedPostgres pg = embedded.getIfAvailable();
        if (pg != null) {
            config.setJdbcUrl(pg.jdbcUrl(EMBEDDED_DATABASE));
            config.setUsername(pg.user());
            config.setPassword(pg.password());
        } else {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        }
        config.setPoolName("craft");
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(4, settings.poolSize()));
        config.setConnectionTimeout(settings.connectTimeoutMs());
        config.setValidationTimeout(Math.min(2000, settings.connectTimeoutMs()));
        config.setKeepaliveTime(60_000);
        config.setMaxLifetime(1_800_000);
        // Start even when the database is briefly late; requests get 503 until it is there.
        config.setInitializationFailTimeout(settings.connectTimeoutMs());
        config.addDataSourceProperty("ApplicationName", "craft");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    static final String EMBEDDED_DATABASE = "craft";

    private static void ensureDatabase(EmbeddedPostgres pg) {
        try (var c = java.sql.DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
                var st = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            st.setString(1, EMBEDDED_DATABASE);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database " + EMBEDDED_DATABASE);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create the database '" + EMBEDDED_DATABASE + "' in the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
