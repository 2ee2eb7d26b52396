package org.xiaoneng.organization;

/** How a staff member is employed; a secondment (借调) has a start and an end date. */
public enum Employment {

	/** 在编 */
	ESTABLISHED,

	/** 借调 */
	SECONDED,

	/** 临聘 */
	CONTRACT
}
