package org.xiaoneng.supervision;

/** Who a rule holds responsible, from the lowest level up; escalation of a red card moves one level up. */
public enum Responsible {

	/** 经办人: whoever handles the object (or acts for its post). */
	HANDLER,

	/** 股室负责人 of the object's department. */
	DEPARTMENT_HEAD,

	/** 分管领导 who oversees the department. */
	OVERSEEING_LEADER;

	/** The next level up, or this one at the top. */
	Responsible next() {
		return this == OVERSEEING_LEADER ? OVERSEEING_LEADER : values()[ordinal() + 1];
	}
}
