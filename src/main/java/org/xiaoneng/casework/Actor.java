package org.xiaoneng.casework;

/**
 * Who does something to a case: the user name for the record and, when they are a staff member, their id for the
 * rules that ask whether they hold a step or decide an extension.
 */
record Actor(String name, Long staffId) {

	static final Actor SYSTEM = new Actor("system", null);

	boolean is(Long staff) {
		return staffId != null && staffId.equals(staff);
	}
}
