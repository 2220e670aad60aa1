package dev.craft.testsupport.postgres;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** One database on the test JVM's PostgreSQL: fresh, owned by the test that asked for it. */
public record TestDatabase(String name, String jdbcUrl, String user, String password) {

    public TestDatabase {
        requireNonNull(name, "name must not be null");
        requireNonNull(jdbcUrl, "jdbcUrl must not be null");
        requireNonNull(user, "user must not be null");
        requireNonNull(password, "password must not be null");
    }

    /** A plain (unpooled) data source: fine for tests, which open few connections. */
    public DataSource dataSource() {
        var ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
