/**
 * Accounts, roles, login, second factor, lockout, sessions and API tokens, with the separation of administrator duties (三员分立) that MLPS 2.0 level 3 asks for; the break-glass command for administrators, and the record of the SM4 key every node must hold.
 */
@ApplicationModule(id = "security", displayName = "Security 安全", allowedDependencies = { "common", "database", "audit", "documents" })
package org.xiaoneng.platform.security;

import org.springframework.modulith.ApplicationModule;
