package org.xiaoneng.supervision;

import java.time.LocalDate;

import org.xiaoneng.platform.database.SweepCount;

/**
 * What one run of the deadline sweep did: the cards it raised and issued in its set-based statements, and the time
 * each part took on the server (decision 0023).
 *
 * @param day the business day it ran for
 * @param issued cards raised and issued (a second run on the same day issues none)
 * @param complete whether the day is done; {@code false} when a first run (or one after the clock was set back) used
 * up its time looking at every watched object and left the rest to the next run
 * @param raiseMillis the set-based statements' time: finding the objects, writing their cards
 * @param issueMillis the rest: holders nobody knew, the batched events, the holders' notices, the audit entry
 */
public record DeadlineSweepResult(LocalDate day, int issued, boolean complete, long raiseMillis, long issueMillis) {

	/** The counts as every sweep reports them: a run either commits a chunk of cards or nothing of it. */
	SweepCount count() {
		return new SweepCount(issued, 0);
	}
}
