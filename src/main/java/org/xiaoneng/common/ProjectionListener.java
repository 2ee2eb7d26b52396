package org.xiaoneng.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A module's own copy of another module's fact (a projection it reads later: a case it watches, a day's figures),
 * written in the transaction that decides the fact, just before it commits: both commit or neither does, so there is
 * nothing to deliver again after a crash, no delivery recorded in the event publication registry and no commit of its
 * own (decision 0054). Only for writes of the listening module's own tables that cannot fail for a reason of their
 * own; what a module does about a fact (raising cards, notices, anything that may fail or take long) is a
 * {@link ModuleListener}, whose failure leaves the command committed.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
public @interface ProjectionListener {
}
