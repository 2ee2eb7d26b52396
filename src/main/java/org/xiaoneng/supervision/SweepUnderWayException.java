package org.xiaoneng.supervision;

import org.xiaoneng.common.RuleViolationException;

/** A run of the deadline sweep holds its cluster lock (running now, or just finished on a schedule). */
class SweepUnderWayException extends RuleViolationException {

	SweepUnderWayException() {
		super(Kind.CONFLICT, "supervision.error.sweepUnderWay");
	}
}
