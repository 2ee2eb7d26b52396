package org.xiaoneng.supervision.cockpit;

/** The cockpit's tables, each exported to Excel as shown. */
enum CockpitTable {

	/** The month's figures per department. */
	DEPARTMENTS,

	/** The month's cards per rule. */
	RULES,

	/** The twelve months' figures. */
	TREND,

	/** The month's ranking of the departments. */
	RANKING,

	/** The month's ranking of the windows. */
	WINDOWS
}
