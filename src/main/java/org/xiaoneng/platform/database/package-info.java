/**
 * The database the platform runs on and the nodes that share it: an embedded PostgreSQL kept in a data directory when no external one is configured, the lock table that lets exactly one node run each sweep, the record of every sweep's runs, and the operators' report of a node.
 */
@ApplicationModule(id = "database", displayName = "Database 数据库", allowedDependencies = { "common" })
package org.xiaoneng.platform.database;

import org.springframework.modulith.ApplicationModule;
