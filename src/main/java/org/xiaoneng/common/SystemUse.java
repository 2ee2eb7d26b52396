package org.xiaoneng.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public facade read that checks no caller's data scope because it serves the system's own work (a
 * computation over a whole unit, a list's condition for the caller's own id): no web controller calls it, which
 * {@code ModularityTests} holds for every class of a {@code web} package and every controller.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface SystemUse {
}
