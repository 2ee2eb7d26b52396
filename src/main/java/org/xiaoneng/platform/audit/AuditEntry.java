package org.xiaoneng.platform.audit;

import java.util.Objects;

/**
 * What happened: which module did which action on which object, with a summary of the state before and after.
 *
 * @param module the module that made the change, e.g. {@code security}
 * @param action what was done, e.g. {@code login.failed}
 * @param objectId the object acted on, or {@code null}
 * @param before the relevant state before, without personal data in clear, or {@code null}
 * @param after the relevant state after, without personal data in clear, or {@code null}
 */
public record AuditEntry(String module, String action, String objectId, String before, String after) {

	public AuditEntry {
		Objects.requireNonNull(module, "module");
		Objects.requireNonNull(action, "action");
	}

	/** An entry with no before/after state. */
	public static AuditEntry of(String module, String action, String objectId) {
		return new AuditEntry(module, action, objectId, null, null);
	}
}
