package dev.craft.testsupport.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresExtensionTest {

    static final AtomicInteger MIGRATIONS = new AtomicInteger();

    @RegisterExtension
    static final PostgresExtension POSTGRES = PostgresExtension.migrated("extension_test", db -> {
        MIGRATIONS.incrementAndGet();
        try (var c = db.connect(); var st = c.createStatement()) {
            st.execute("create table greeting (text text)");
            st.execute("insert into greeting values ('from the template')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }).perTest();

    @Test
    void shouldCloneTheMigratedTemplateWhenATestAsksForADatabase(TestDatabase db) throws SQLException {
        assertThat(single(db, "select text from greeting")).isEqualTo("from the template");
        assertThat(single(db, "select current_database()")).isEqualTo(db.name());
    }

    @Test
    void shouldMigrateTheTemplateOnceAndIsolateEveryTestWhenPerTest(TestDatabase db) throws SQLException {
        try (var c = db.connect(); var st = c.createStatement()) {
            st.execute("insert into greeting values ('mine only')");
        }
        var other = TestPostgres.cloneOf("extension_test", ignored -> { throw new AssertionError("migrated twice"); });
        assertThat(single(other, "select count(*) from greeting")).isEqualTo("1");
        assertThat(MIGRATIONS).hasValue(1);
    }

    private static String single(TestDatabase db, String sql) throws SQLException {
        try (var c = db.connect(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
