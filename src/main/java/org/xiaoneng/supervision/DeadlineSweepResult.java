package org.xiaoneng.supervision;

import java.time.LocalDate;

import org.xiaoneng.platform.database.SweepCount;

/**
 * What one run of the deadline sweep did: the cards it raised and issued in its set-based statements, and the time
 * each part took on the server (decision 0023), so that the parts add up to the run: {@code runMillis} is the sum of
 * the four parts and of the cluster lock, the run's record and its audit entry.
 *
 * @param day the business day it ran for
 * @param issued cards raised and issued (a second run on the same day issues none)
 * @param complete whether the day is done; {@code false} when a first run (or one after the clock was set back) used
 * up its time looking at every watched object and left the rest to the next run
 * @param termsMillis reading the units' rule settings and working out the feedback deadline of a card issued today
 * @param raiseMillis the set-based statements' time: the run's state, finding the objects, writing their cards
 * @param issueMillis holders nobody knew, the batched events (with their rows in the event publication registry), the
 * holders' notices, the audit entry of the cards
 * @param commitMillis beginning and committing the run's transactions (writing the day's rows to disk)
 * @param runMillis the whole run on the server, from asking for the lock to releasing it; {@code 0} for a run that
 * nobody asked for over the API
 */
public record DeadlineSweepResult(LocalDate day, int issued, boolean complete, long termsMillis, long raiseMillis,
		long issueMillis, long commitMillis, long runMillis) {

	/** The counts as every sweep reports them: a run either commits a chunk of cards or nothing of it. */
	SweepCount count() {
		return new SweepCount(issued, 0);
	}

	/** The same run, with the whole run's time on the server. */
	DeadlineSweepResult ranFor(long millis) {
		return new DeadlineSweepResult(day, issued, complete, termsMillis, raiseMillis, issueMillis, commitMillis,
				millis);
	}
}
