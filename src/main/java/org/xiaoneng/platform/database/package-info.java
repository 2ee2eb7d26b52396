/**
 * The database the platform runs on: an embedded PostgreSQL kept in a data directory when no external one is configured, and the lock table that lets exactly one node run each sweep.
 */
@ApplicationModule(id = "database", displayName = "Database 数据库", allowedDependencies = { "common" })
package org.xiaoneng.platform.database;

import org.springframework.modulith.ApplicationModule;
