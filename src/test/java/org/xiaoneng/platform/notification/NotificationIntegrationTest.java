package org.xiaoneng.platform.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The one application context of the notification tests: the whole platform on a real database, a clock the tests
 * move, the scripted SMS gateway, and no scheduled dispatching, so that each test runs its own dispatch rounds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = "xiaoneng.notification.dispatch-enabled=false")
@Import(ScriptedSmsGateway.class)
@interface NotificationIntegrationTest {
}
