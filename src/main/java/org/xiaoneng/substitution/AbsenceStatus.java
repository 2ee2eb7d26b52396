package org.xiaoneng.substitution;

/** Where an absence stands. */
public enum AbsenceStatus {

	/** Asked for, waiting for the handover and the approval. */
	REQUESTED,

	/** Approved; the acting periods of the absentee's posts are on record. */
	APPROVED,

	/** Its time has come: the absentee is away. */
	STARTED,

	/** Its time is over: the absentee is back. */
	ENDED
}
