package org.xiaoneng.substitution;

/** Why this person acts for the post at that moment. */
public enum ActingReason {

	/** The holder (A 角) is at work. */
	HOLDER,

	/** The holder is away on an approved absence; the substitute (B 角) acts. */
	SUBSTITUTE,

	/** A leader designated a third person for the period (holder and substitute both away). */
	DESIGNATED
}
