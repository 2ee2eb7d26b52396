package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.Sweeps;

/**
 * The deadline sweep run on request (administrators and supervisors): after an outage, to see a rule change take
 * effect, or to time it. It takes the same cluster lock as the scheduled run, so it never runs beside one, and is
 * recorded and audited like it; a second request on the same day raises nothing new.
 */
@Service
public class DeadlineSweeps {

	/** The longest a run may hold the lock if its node dies mid-run, as for the scheduled run. */
	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

	private final Callers callers;

	private final DeadlineRaising raising;

	private final LockProvider locks;

	private final Sweeps sweeps;

	private final WorkingDayCalendar calendar;

	private final AuditLog auditLog;

	private final Clock clock;

	DeadlineSweeps(Callers callers, DeadlineRaising raising, LockProvider locks, Sweeps sweeps,
			WorkingDayCalendar calendar, AuditLog auditLog, Clock clock) {
		this.callers = callers;
		this.raising = raising;
		this.locks = locks;
		this.sweeps = sweeps;
		this.calendar = calendar;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Runs the deadline sweep of today now and says what it did.
	 *
	 * @throws SweepUnderWayException when another run holds the lock (running, or the scheduled run's minimum hold)
	 */
	public DeadlineSweepResult runNow() {
		Caller caller = callers.current();
		if (!caller.hasRole("ADMIN") && !caller.hasRole("SUPERVISOR")) {
			throw new AccessDeniedException("ADMIN SUPERVISOR");
		}
		long started = System.nanoTime();
		Optional<SimpleLock> lock = locks
			.lock(new LockConfiguration(clock.instant(), DeadlineWatch.SWEEP, LOCK_AT_MOST, Duration.ZERO));
		if (lock.isEmpty()) {
			throw new SweepUnderWayException();
		}
		DeadlineSweepResult[] result = new DeadlineSweepResult[1];
		try {
			sweeps.run(DeadlineWatch.SWEEP, () -> {
				result[0] = raising.run(calendar.today(), clock.instant());
				return result[0].count();
			});
			if (result[0] == null) {
				// the run failed and is recorded as FAILED on the sweeps' health page
				throw new IllegalStateException("The deadline sweep failed; see the sweeps' health");
			}
			auditLog.record(new AuditEntry(Issuing.MODULE, "sweep.deadlines.requested", DeadlineWatch.SWEEP, null,
					result[0].day() + " issued " + result[0].issued() + (result[0].complete() ? "" : ", to be continued")));
		}
		finally {
			lock.get().unlock();
		}
		return result[0].ranFor((System.nanoTime() - started) / 1_000_000);
	}
}
