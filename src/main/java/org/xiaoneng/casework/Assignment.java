package org.xiaoneng.casework;

/**
 * Where a case is now: its open step and post, and the department and staff member of that step (or of the last one,
 * once no step is open), which lists and data scopes go by.
 */
record Assignment(Integer step, Long postId, Long departmentId, Long staffId, String staffNumber) {

	static final Assignment NONE = new Assignment(null, null, null, null, null);

	/** No step open any more; the last step's department and staff member stay, so its handler still sees the case. */
	Assignment withoutStep() {
		return new Assignment(null, null, departmentId, staffId, staffNumber);
	}
}
