package org.xiaoneng.disclosure;

import org.springframework.security.access.AccessDeniedException;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.StaffMember;

/**
 * Who does what in the module. The disclosure editors (政务公开专员) of a unit draft, publish, withdraw, register
 * requests and answer feedback for their own unit; the review before publication (保密审查) is a second person's, an
 * editor of the unit or a head or leader over the item's department; the head's approval of a request's extension
 * (政府信息公开条例 第三十三条) is a head's or leader's. Supervisors and administrators read. Outside a caller's unit an
 * item answers as missing (docs/decisions/0004).
 */
final class DisclosureAccess {

	private DisclosureAccess() {
	}

	/** The unit the caller edits for: an editor's own. */
	static StaffMember editor(Caller caller) {
		if (!caller.hasRole("DISCLOSURE_EDITOR") || caller.staff().isEmpty()) {
			throw new AccessDeniedException("DISCLOSURE_EDITOR");
		}
		return caller.staff().get();
	}

	/** An editor of the item's unit, or the system. */
	static void requireEditorOf(Caller caller, long unitId, Object what) {
		if (caller.isSystem()) {
			return;
		}
		if (editor(caller).unitId() != unitId) {
			throw new DisclosureNotFoundException(what);
		}
	}

	/** A second person of the unit for the review: one of its editors, or a head or leader over the department. */
	static void requireReviewerOf(Caller caller, long unitId, long departmentId, Object what) {
		boolean unitEditor = caller.hasRole("DISCLOSURE_EDITOR")
				&& caller.staff().map(staff -> staff.unitId() == unitId).orElse(false);
		if (!unitEditor && !caller.leadsOver(unitId, departmentId)) {
			if (readable(caller, unitId, departmentId)) {
				throw new AccessDeniedException("review");
			}
			throw new DisclosureNotFoundException(what);
		}
	}

	/** A head or leader over the department, who approves an extension. */
	static void requireHeadOf(Caller caller, long unitId, long departmentId, Object what) {
		if (!caller.leadsOver(unitId, departmentId)) {
			if (readable(caller, unitId, departmentId)) {
				throw new AccessDeniedException("approval");
			}
			throw new DisclosureNotFoundException(what);
		}
	}

	/** Editors of the unit, heads and leaders over the department, supervisors and administrators. */
	static void requireReader(Caller caller, long unitId, long departmentId, Object what) {
		if (!readable(caller, unitId, departmentId)) {
			throw new DisclosureNotFoundException(what);
		}
	}

	private static boolean readable(Caller caller, long unitId, long departmentId) {
		if (caller.hasRole("DISCLOSURE_EDITOR")) {
			return caller.staff().map(staff -> staff.unitId() == unitId).orElse(false);
		}
		return (caller.hasRole("LEADER") || caller.hasRole("DEPT_HEAD") || caller.hasRole("SUPERVISOR")
				|| caller.hasRole("ADMIN") || caller.isSystem()) && caller.sees(unitId, departmentId);
	}
}
