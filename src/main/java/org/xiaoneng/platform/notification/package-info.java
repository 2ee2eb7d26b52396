/**
 * Messages to staff and the public through an outbox: in-app inbox, email and SMS, retried with backoff, never lost and never blocking the business transaction.
 */
@ApplicationModule(id = "notification", displayName = "Notifications 通知", allowedDependencies = { "common", "database", "audit" })
package org.xiaoneng.platform.notification;

import org.springframework.modulith.ApplicationModule;
