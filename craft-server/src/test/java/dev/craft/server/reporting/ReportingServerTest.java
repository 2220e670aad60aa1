package dev.craft.server.reporting;

import dev.craft.server.testing.TestDatabaseInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A reporting test against the real server over HTTP, on an embedded PostgreSQL database, with the
 * {@link TestClock}, a local SMTP server and a loopback webhook receiver ({@link ReportingTestServices}). All classes
 * with this annotation share one context. The reporting job does not run by itself here (hourly interval): tests run
 * it with {@code ReportingJob.Runner#runOnce()} at the instants they choose.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {dev.craft.server.CraftServer.class, TestClock.Config.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"craft.reporting.check-interval-ms=3600000", "craft.reporting.mail-from=craft@aurora-cameras.example"})
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, ReportingTestServices.Initializer.class})
public @interface ReportingServerTest {
}
