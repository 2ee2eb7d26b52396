package org.xiaoneng.platform.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.xiaoneng.testing.MutableClockConfiguration;

/**
 * The one application context of the notification tests: the whole platform on a real database, a clock the tests
 * move, the scripted SMS gateway, and no scheduled dispatching, so that each test runs its own dispatch rounds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "xiaoneng.notification.dispatch-enabled=false")
@Import({ MutableClockConfiguration.class, ScriptedSmsGateway.class })
@interface NotificationIntegrationTest {
}
