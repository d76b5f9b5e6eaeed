package dev.keel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the test database (H2, PostgreSQL with {@code KEEL_TEST_DB=postgres} or
 * MariaDB with {@code KEEL_TEST_DB=mariadb}),
 * with demo data and MockMvc. All such tests share one cached context, so they create their own,
 * uniquely named data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
public @interface KeelIntegrationTest {}
