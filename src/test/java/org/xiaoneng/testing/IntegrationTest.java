package org.xiaoneng.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application context that integration, web and browser tests share: the whole application on a random
 * port (so browser tests reach it), MockMvc for request-level tests, and a {@link MutableClock}. Every test class
 * that uses exactly this annotation reuses the same context and database, so the suite starts Spring once. It runs
 * no scheduled work: the sweeps' cron triggers follow the wall clock, not the test's clock, and one firing in the
 * middle of a test would change its rows and publish events it does not wait for; tests call the sweeps themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "xiaoneng.scheduling.enabled=false")
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
public @interface IntegrationTest {
}
