package dev.craft.testsupport.postgres;

import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a fresh PostgreSQL database on the JVM's one embedded server: per test class by default,
 * or per test method with {@link #perTest()}. Inject it as a {@link TestDatabase} parameter.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final PostgresExtension POSTGRES = PostgresExtension.migrated("craft", db -&gt; migrate(db));
 *
 * &#64;Test
 * void shouldX(TestDatabase db) { ... }
 * </pre>
 */
public final class PostgresExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresExtension.class);

    private final String templateName;
    private final Consumer<TestDatabase> migrate;
    private final boolean perTest;

    private PostgresExtension(String templateName, Consumer<TestDatabase> migrate, boolean perTest) {
        this.templateName = templateName;
        this.migrate = migrate;
        this.perTest = perTest;
    }

    /** Empty databases. */
    public static PostgresExtension empty() {
        return new PostgresExtension(null, db -> {}, false);
    }

    /** Databases cloned from a template that {@code migrate} prepares once per JVM. */
    public static PostgresExtension migrated(String templateName, Consumer<TestDatabase> migrate) {
        return new PostgresExtension(templateName, migrate, false);
    }

    /** A fresh database for every test method instead of every test class. */
    public PostgresExtension perTest() {
        return new PostgresExtension(templateName, migrate, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!perTest) context.getStore(NS).put("db", create());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (perTest) context.getStore(NS).put("db", create());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NS).get("db", TestDatabase.class);
    }

    private TestDatabase create() {
        return templateName == null ? TestPostgres.freshDatabase("test") : TestPostgres.cloneOf(templateName, migrate);
    }
}
