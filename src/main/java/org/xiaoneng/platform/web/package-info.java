/**
 * The web shell: one layout with navigation by role, Chinese and English messages, error pages and ProblemDetail for every API error.
 */
@ApplicationModule(id = "web", displayName = "Web shell 页面框架", allowedDependencies = { "common", "security" })
package org.xiaoneng.platform.web;

import org.springframework.modulith.ApplicationModule;
