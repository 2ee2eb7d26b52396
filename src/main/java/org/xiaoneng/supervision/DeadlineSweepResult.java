package org.xiaoneng.supervision;

import java.time.LocalDate;

import org.xiaoneng.platform.database.SweepCount;

/**
 * What one run of the deadline sweep did: the cards it raised in its set-based statement and those it then issued,
 * with the time each part took on the server.
 *
 * @param day the business day it ran for
 * @param raised cards raised (a second run on the same day raises none)
 * @param issued cards issued, including those an earlier run raised and left pending
 * @param failed cards whose issuing failed and waits for the next run
 * @param raiseMillis the raising's time, the set-based statement and the record of the day
 * @param issueMillis the issuing's time: holders, feedback deadlines, events, notices
 */
public record DeadlineSweepResult(LocalDate day, int raised, int issued, int failed, long raiseMillis,
		long issueMillis) {

	/** The counts as every sweep reports them. */
	SweepCount count() {
		return new SweepCount(issued, failed);
	}
}
