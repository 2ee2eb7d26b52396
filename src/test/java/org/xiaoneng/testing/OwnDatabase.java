package org.xiaoneng.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test whose application starts its own embedded PostgreSQL, as a deployment without
 * {@code spring.datasource.url} does; the shared test server stays out of it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnDatabase {
}
