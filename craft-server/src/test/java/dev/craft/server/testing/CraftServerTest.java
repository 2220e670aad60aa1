package dev.craft.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the real server over HTTP, on a database of the test JVM's embedded PostgreSQL. All
 * classes with this annotation share one Spring context (and one database); tests isolate themselves by
 * working in organisations of their own ({@link Api#newOrg}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = dev.craft.server.CraftServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface CraftServerTest {
}
