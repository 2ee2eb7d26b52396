package org.xiaoneng.accountability;

/** How an inspection (明察暗访) was made. */
public enum InspectionKind {

	/** Announced to the unit beforehand (明察). */
	PLANNED,

	/** Unannounced, the inspectors coming as citizens would (暗访). */
	UNANNOUNCED
}
