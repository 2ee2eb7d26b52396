package org.xiaoneng.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the platform. ADMIN, SECURITY_ADMIN and AUDITOR are the three separated administrator duties
 * (三员分立, GB/T 22239-2019 level 3): system administration, security administration and audit.
 */
public enum Role {

	ADMIN, SECURITY_ADMIN, AUDITOR, SUPERVISOR, LEADER, DEPT_HEAD, HANDLER, WINDOW_CLERK, DISCLOSURE_EDITOR;

	/** The three administrator duties of which one account may hold at most one. */
	public static final Set<Role> ADMINISTRATOR_DUTIES = Set.copyOf(EnumSet.of(ADMIN, SECURITY_ADMIN, AUDITOR));

	/** The Spring authority of this role, e.g. {@code ROLE_HANDLER}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether this is one of the three separated administrator duties. */
	public boolean isAdministratorDuty() {
		return ADMINISTRATOR_DUTIES.contains(this);
	}
}
