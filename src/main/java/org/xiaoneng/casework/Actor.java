package org.xiaoneng.casework;

import org.xiaoneng.organization.Caller;

/**
 * Who does something to a case: the user name for the record and, when they are a staff member, their id for the
 * rules that ask whether they hold a step or decide an extension. A signed-in actor carries its {@link Caller}, whose
 * scope the commands check; the system and the demo loader's staff act without one, for the whole region.
 */
record Actor(String name, Long staffId, Caller caller) {

	static final Actor SYSTEM = new Actor("system", null, null);

	Actor(String name, Long staffId) {
		this(name, staffId, null);
	}

	static Actor of(Caller caller) {
		return new Actor(caller.name(), caller.staffId(), caller.isSystem() ? null : caller);
	}

	boolean is(Long staff) {
		return staffId != null && staffId.equals(staff);
	}

	/** Window work: a window clerk of the case's unit, or a handler, head or leader working the case's department. */
	boolean worksWindowOf(CaseRow c) {
		return caller == null || caller.worksWindowOf(c.unitId(), c.departmentId());
	}

	/** A head or leader whose scope covers the step's department may work it in place of its holder. */
	boolean leadsOver(CaseRow c, long departmentId) {
		return caller == null || caller.leadsOver(c.unitId(), departmentId);
	}
}
