package org.xiaoneng.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A module's reaction to an event: what Spring Modulith's {@code @ApplicationModuleListener} is (after the publishing
 * transaction commits, on the task executor, the event kept in the publication registry until the reaction is done),
 * but delivered by {@link ListenerTransactions} in one transaction that holds the reaction's work and the registry's
 * record that the delivery is completed: one commit, not three, and a crash leaves both or neither, so an event is
 * delivered again only when its work was lost (decision 0043). It carries no {@code @Transactional}: the delivery's
 * transaction is the only one.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Async
@TransactionalEventListener
public @interface ModuleListener {
}
